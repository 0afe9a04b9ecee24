import BoardCore
import Foundation
import Git

/// Turns the board files a commit changed into typed events, by parsing both sides of each
/// changed file — never by reading the commit message, so a hand edit committed with plain
/// `git commit` gives the same events as a Jalon command.
///
/// Rules (board-relative paths):
/// - `jalon.yml`: member added / edited, settings fields edited;
/// - `tasks/ID.md`: created (plus one `taskAssigned` per initial assignee), deleted, and on
///   edits: a status change gives `taskMoved(from:to:)`, and also `taskDone` when it enters the
///   board's last status or `taskReopened` when it leaves it; assignees added / removed; other
///   changed fields in one `taskEdited(fields:)`;
/// - `milestones/ID.md`: created, edited (fields), deleted;
/// - `spec.md`: created / edited;
/// - `docs/**`: created, edited, deleted, and `documentStatus` when the front matter's
///   `status:` changes (for a binary document, its sidecar `NAME.meta.yml` carries it; the
///   event's item is the document's path);
/// - `meetings/*.md`: minutes created / edited;
/// - `comments/ITEM/*.md`: a new file is `commentAdded(mentions:)` on ITEM.
struct BoardChangeReader {
    let repository: Repository
    /// The board folder in the repository, "" or "planning/".
    let prefix: String
    private var tasks: [ObjectID: BoardTask?] = [:]
    private var milestones: [ObjectID: Milestone?] = [:]
    private var settings: [ObjectID: BoardSettings?] = [:]
    private var headers: [ObjectID: [String: FrontMatterValue]] = [:]
    private var sidecars: [ObjectID: [String: FrontMatterValue]] = [:]
    /// The bytes the diff already read for the files being looked at (see `keepsContent`).
    private var read: [ObjectID: [UInt8]] = [:]

    init(repository: Repository, prefix: String) {
        self.repository = repository
        self.prefix = prefix
    }

    /// Events for the board files among `files` (whole-repository paths), going from `oldTree`
    /// to `newTree`.
    mutating func events(for files: [DiffFile], oldTree: ObjectID?, newTree: ObjectID) throws(GitError) -> [RawEvent] {
        trimMemos()
        var out: [RawEvent] = []
        let boardFiles = files.filter { $0.path.hasPrefix(prefix) }
        read.removeAll(keepingCapacity: true)
        for file in boardFiles {
            if let id = file.oldBlob, let bytes = file.oldContent { read[id] = bytes }
            if let id = file.newBlob, let bytes = file.newContent { read[id] = bytes }
        }
        defer { read.removeAll(keepingCapacity: true) }
        let changedPaths = Set(boardFiles.map { String($0.path.dropFirst(prefix.count)) })
        // The done status is the board's last one, as the settings say in this commit.
        var doneStatus = BoardSettings.defaultStatuses.last!
        if changedPaths.contains(where: { $0.hasPrefix("tasks/") }),
           let entry = try repository.entry(in: newTree, path: prefix + BoardSettings.fileName), entry.kind == .blob,
           let s = try? settingsFile(entry.id) {
            doneStatus = s.doneStatus
        }
        for file in boardFiles where !file.unreadable {
            // A board file whose content is missing (partial clone) gives no events; its lines
            // are reported as unknown by the line counts.
            do { out += try fileEvents(file, changedPaths: changedPaths, doneStatus: doneStatus) } catch where error.code == .notFound { continue }
        }
        return out
    }

    private mutating func fileEvents(_ file: DiffFile, changedPaths: Set<String>, doneStatus: String) throws(GitError) -> [RawEvent] {
        var out: [RawEvent] = []
        let path = String(file.path.dropFirst(prefix.count))
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if path == BoardSettings.fileName {
            out += try settingsEvents(file)
        } else if parts.count == 2, parts[0] == "tasks", parts[1].hasSuffix(".md"), let id = ItemID(String(parts[1].dropLast(3))) {
            out += try taskEvents(file, id: id, path: path, doneStatus: doneStatus)
        } else if parts.count == 2, parts[0] == "milestones", parts[1].hasSuffix(".md"), let id = ItemID(String(parts[1].dropLast(3))) {
            out += try milestoneEvents(file, id: id, path: path)
        } else if path == "spec.md" {
            if file.status == .added { out.append(RawEvent(kind: .specCreated, item: path)) } else { out.append(RawEvent(kind: .specEdited, item: path)) }
        } else if parts.count >= 2, parts[0] == "docs" {
            out += try documentEvents(file, path: path, changedPaths: changedPaths)
        } else if parts.count == 2, parts[0] == "meetings", parts[1].hasSuffix(".md") {
            switch file.status {
            case .added: out.append(RawEvent(kind: .minutesCreated, item: path))
            case .modified, .typeChanged: out.append(RawEvent(kind: .minutesEdited, item: path))
            case .deleted: break
            }
        } else if parts.count == 3, parts[0] == "comments", parts[2].hasSuffix(".md"), file.status == .added, let blob = file.newBlob {
            let header = try header(blob)
            out.append(RawEvent(kind: .commentAdded(mentions: header["mentions"]?.list ?? []), item: parts[1]))
        }
        return out
    }

    // MARK: Settings

    private mutating func settingsEvents(_ file: DiffFile) throws(GitError) -> [RawEvent] {
        let item = BoardSettings.fileName
        let old = try file.oldBlob.flatMap { (b) throws(GitError) in try settingsFile(b) }
        guard let newBlob = file.newBlob, let new = try settingsFile(newBlob) else {
            return file.status == .deleted ? [RawEvent(kind: .settingsEdited(fields: ["jalon.yml"]), item: item)] : []
        }
        var out: [RawEvent] = []
        var fields: [String] = []
        let o = old
        if o?.name != new.name { fields.append("name") }
        if o?.language != new.language { fields.append("lang") }
        if o?.start != new.start { fields.append("start") }
        if o?.end != new.end { fields.append("end") }
        if o?.branch != new.branch { fields.append("branch") }
        if o?.statuses != new.statuses { fields.append("statuses") }
        if o?.workdays != new.workdays { fields.append("workdays") }
        if o?.holidays != new.holidays { fields.append("holidays") }
        let oldExtra = Dictionary((o?.extra ?? []).map { ($0.key, $0.yaml) }, uniquingKeysWith: { a, _ in a })
        for field in new.extra where oldExtra[field.key] != field.yaml { fields.append(field.key) }
        for key in oldExtra.keys.sorted() where !new.extra.contains(where: { $0.key == key }) { fields.append(key) }
        let oldMembers = o?.members ?? []
        var removed = false
        for m in oldMembers where new.member(m.id) == nil { removed = true }
        if removed { fields.append("members") }
        if !fields.isEmpty { out.append(RawEvent(kind: .settingsEdited(fields: fields), item: item)) }
        for m in new.members {
            if let before = oldMembers.first(where: { $0.id.lowercased() == m.id.lowercased() }) {
                if before != m { out.append(RawEvent(kind: .memberEdited(member: m.id), item: m.id)) }
            } else {
                out.append(RawEvent(kind: .memberAdded(member: m.id), item: m.id))
            }
        }
        return out
    }

    // MARK: Tasks and milestones

    private mutating func taskEvents(_ file: DiffFile, id: ItemID, path: String, doneStatus: String) throws(GitError) -> [RawEvent] {
        let item = id.description
        switch file.status {
        case .deleted:
            return [RawEvent(kind: .taskDeleted, item: item)]
        case .added:
            var out = [RawEvent(kind: .taskCreated, item: item)]
            if let blob = file.newBlob, let task = try task(blob, id: id, path: path) {
                for member in task.assignees { out.append(RawEvent(kind: .taskAssigned(member: member), item: item)) }
                if task.status == doneStatus { out.append(RawEvent(kind: .taskDone, item: item)) }
            }
            return out
        case .modified, .typeChanged:
            let old = try file.oldBlob.flatMap { (b) throws(GitError) in try task(b, id: id, path: path) }
            let new = try file.newBlob.flatMap { (b) throws(GitError) in try task(b, id: id, path: path) }
            guard let old, let new else {
                // One side does not parse (a broken hand edit, or its repair): the file changed.
                return [RawEvent(kind: .taskEdited(fields: ["file"]), item: item)]
            }
            var out: [RawEvent] = []
            if old.status != new.status {
                out.append(RawEvent(kind: .taskMoved(from: old.status, to: new.status), item: item))
                let done = doneStatus
                if new.status == done { out.append(RawEvent(kind: .taskDone, item: item)) }
                if old.status == done { out.append(RawEvent(kind: .taskReopened(to: new.status), item: item)) }
            }
            for m in new.assignees where !old.assignees.contains(m) { out.append(RawEvent(kind: .taskAssigned(member: m), item: item)) }
            for m in old.assignees where !new.assignees.contains(m) { out.append(RawEvent(kind: .taskUnassigned(member: m), item: item)) }
            var fields: [String] = []
            if old.title != new.title { fields.append("title") }
            if old.milestone != new.milestone { fields.append("milestone") }
            if old.start != new.start { fields.append("start") }
            if old.due != new.due { fields.append("due") }
            if old.estimate != new.estimate { fields.append("estimate") }
            if old.duration != new.duration { fields.append("duration") }
            if old.depends != new.depends { fields.append("depends") }
            if old.progress != new.progress { fields.append("progress") }
            if old.labels != new.labels { fields.append("labels") }
            fields += BoardChangeReader.changedExtra(old.extra, new.extra)
            if old.body != new.body { fields.append("description") }
            if !fields.isEmpty { out.append(RawEvent(kind: .taskEdited(fields: fields), item: item)) }
            return out
        }
    }

    private mutating func milestoneEvents(_ file: DiffFile, id: ItemID, path: String) throws(GitError) -> [RawEvent] {
        let item = id.description
        switch file.status {
        case .deleted: return [RawEvent(kind: .milestoneDeleted, item: item)]
        case .added: return [RawEvent(kind: .milestoneCreated, item: item)]
        case .modified, .typeChanged:
            let old = try file.oldBlob.flatMap { (b) throws(GitError) in try milestone(b, id: id, path: path) }
            let new = try file.newBlob.flatMap { (b) throws(GitError) in try milestone(b, id: id, path: path) }
            guard let old, let new else { return [RawEvent(kind: .milestoneEdited(fields: ["file"]), item: item)] }
            var fields: [String] = []
            if old.title != new.title { fields.append("title") }
            if old.date != new.date { fields.append("date") }
            if old.depends != new.depends { fields.append("depends") }
            fields += BoardChangeReader.changedExtra(old.extra, new.extra)
            if old.body != new.body { fields.append("description") }
            return fields.isEmpty ? [] : [RawEvent(kind: .milestoneEdited(fields: fields), item: item)]
        }
    }

    static func changedExtra(_ old: [ExtraField], _ new: [ExtraField]) -> [String] {
        let before = Dictionary(old.map { ($0.key, $0.yaml) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.map { ($0.key, $0.yaml) }, uniquingKeysWith: { a, _ in a })
        return Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
    }

    // MARK: Documents

    private mutating func documentEvents(_ file: DiffFile, path: String, changedPaths: Set<String>) throws(GitError) -> [RawEvent] {
        let sidecarSuffix = ".meta.yml"
        if path.hasSuffix(sidecarSuffix) {
            // Metadata of a binary document: only its status matters here; the document's own
            // creation or deletion is reported through the document file.
            let document = String(path.dropLast(sidecarSuffix.count))
            let old = try file.oldBlob.flatMap { (b) throws(GitError) in try sidecar(b)["status"]?.scalar }
            let new = try file.newBlob.flatMap { (b) throws(GitError) in try sidecar(b)["status"]?.scalar }
            guard let new, new != old else { return [] }
            if old == nil && file.status == .added && BoardChangeReader.initialStatuses.contains(new.lowercased()) { return [] }
            return [RawEvent(kind: .documentStatus(from: old, to: new), item: document)]
        }
        let isMarkdown = path.lowercased().hasSuffix(".md")
        switch file.status {
        case .deleted:
            return [RawEvent(kind: .documentDeleted, item: path)]
        case .added:
            var out = [RawEvent(kind: .documentCreated, item: path)]
            if isMarkdown, let blob = file.newBlob, let status = try header(blob)["status"]?.scalar,
               !BoardChangeReader.initialStatuses.contains(status.lowercased()) {
                out.append(RawEvent(kind: .documentStatus(from: nil, to: status), item: path))
            }
            return out
        case .modified, .typeChanged:
            guard isMarkdown, let oldBlob = file.oldBlob, let newBlob = file.newBlob else { return [RawEvent(kind: .documentEdited, item: path)] }
            // The same status on both sides (no front matter on either, most often): an edit,
            // told from the headers alone (each version's parsed once).
            let oldStatus = try header(oldBlob)["status"]?.scalar
            let newStatus = try header(newBlob)["status"]?.scalar
            if oldStatus == newStatus { return [RawEvent(kind: .documentEdited, item: path)] }
            let old = try markdownParts(oldBlob)
            let new = try markdownParts(newBlob)
            var out: [RawEvent] = []
            var otherHeader = old.header
            var newOther = new.header
            otherHeader["status"] = nil
            newOther["status"] = nil
            if old.body != new.body || otherHeader != newOther || (oldStatus == newStatus) { out.append(RawEvent(kind: .documentEdited, item: path)) }
            if let newStatus, newStatus != oldStatus { out.append(RawEvent(kind: .documentStatus(from: oldStatus, to: newStatus), item: path)) }
            return out
        }
    }

    /// Statuses a document starts in, not worth an event when it is created with them.
    static let initialStatuses: Set<String> = ["draft", "brouillon"]

    // MARK: Parsing, memoized by blob id (a file that did not change is never parsed twice)

    private mutating func trimMemos() {
        if tasks.count > 50_000 { tasks.removeAll(keepingCapacity: true) }
        if milestones.count > 10_000 { milestones.removeAll(keepingCapacity: true) }
        if settings.count > 1_000 { settings.removeAll(keepingCapacity: true) }
        if headers.count > 20_000 { headers.removeAll(keepingCapacity: true) }
        if sidecars.count > 10_000 { sidecars.removeAll(keepingCapacity: true) }
    }

    private func bytes(_ blob: ObjectID) throws(GitError) -> [UInt8] {
        if let known = read[blob] { return known }
        return try repository.blob(blob)
    }

    private func text(_ blob: ObjectID) throws(GitError) -> String {
        // Read as every board file is (CRLF, BOM, limits); an unreadable version parses as nothing.
        FileText.text(try bytes(blob), path: "") ?? ""
    }

    /// The files whose bytes `events(for:oldTree:newTree:)` reads, which the diff can hand over
    /// so that each blob is read once: board files that are text (`.md`, `.yml`).
    static func keepsContent(_ path: String, prefix: String) -> Bool {
        path.hasPrefix(prefix) && (path.hasSuffix(".md") || path.hasSuffix(".yml"))
    }

    private mutating func task(_ blob: ObjectID, id: ItemID, path: String) throws(GitError) -> BoardTask? {
        if let known = tasks[blob] { return known }
        let parsed = TaskCodec.decode(try text(blob), path: path, expectedID: id).0
        tasks[blob] = .some(parsed)
        return parsed
    }

    private mutating func milestone(_ blob: ObjectID, id: ItemID, path: String) throws(GitError) -> Milestone? {
        if let known = milestones[blob] { return known }
        let parsed = MilestoneCodec.decode(try text(blob), path: path, expectedID: id).0
        milestones[blob] = .some(parsed)
        return parsed
    }

    private mutating func settingsFile(_ blob: ObjectID) throws(GitError) -> BoardSettings? {
        if let known = settings[blob] { return known }
        let parsed = SettingsCodec.decode(try text(blob)).0
        settings[blob] = .some(parsed)
        return parsed
    }

    private mutating func header(_ blob: ObjectID) throws(GitError) -> [String: FrontMatterValue] {
        if let known = headers[blob] { return known }
        // A front matter opens with `---` (after a BOM): without it, none, and nothing to decode.
        let bytes = try self.bytes(blob)
        let opening: [UInt8] = [0x2D, 0x2D, 0x2D]
        guard bytes.starts(with: opening) || bytes.starts(with: [0xEF, 0xBB, 0xBF] + opening) else {
            headers[blob] = [:]
            return [:]
        }
        let parsed = FrontMatter.split(FileText.text(bytes, path: "") ?? "").map { FrontMatterValue.topLevel($0.yaml) } ?? [:]
        headers[blob] = parsed
        return parsed
    }

    private mutating func sidecar(_ blob: ObjectID) throws(GitError) -> [String: FrontMatterValue] {
        if let known = sidecars[blob] { return known }
        let parsed = FrontMatterValue.topLevel(try text(blob))
        sidecars[blob] = parsed
        return parsed
    }

    private func markdownParts(_ blob: ObjectID) throws(GitError) -> (header: [String: FrontMatterValue], body: String) {
        let t = try text(blob)
        guard let parts = FrontMatter.split(t) else { return ([:], t) }
        return (FrontMatterValue.topLevel(parts.yaml), parts.body)
    }
}

/// The top-level values of a small YAML header, read leniently: only what the history needs
/// from documents, sidecars and comments (`status`, `author`, `mentions`). Nested values are
/// kept as their raw text so that any change of them is still seen as a change.
enum FrontMatterValue: Equatable, Sendable {
    case scalar(String)
    case list([String])
    case raw(String)

    var scalar: String? { if case .scalar(let s) = self { return s.isEmpty ? nil : s }; return nil }
    var list: [String] {
        switch self {
        case .list(let l): return l
        case .scalar(let s): return s.isEmpty ? [] : [s]
        case .raw: return []
        }
    }

    static func topLevel(_ yaml: String) -> [String: FrontMatterValue] {
        var out: [String: FrontMatterValue] = [:]
        var currentKey: String?
        var block: [String] = []
        var rawLines: [String] = []
        func flush() {
            guard let key = currentKey else { return }
            if !block.isEmpty && rawLines.count == block.count { out[key] = .list(block) } else if !rawLines.isEmpty { out[key] = .raw(rawLines.joined(separator: "\n")) }
            currentKey = nil
            block = []
            rawLines = []
        }
        for rawLine in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            if line.first == " " || line.first == "\t" || line.hasPrefix("- ") || line == "-" {
                guard currentKey != nil else { continue }
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                rawLines.append(trimmed)
                if trimmed.hasPrefix("- ") { block.append(unquote(String(trimmed.dropFirst(2)))) }
                continue
            }
            flush()
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            let value = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            if value.isEmpty {
                currentKey = key
            } else if value.hasPrefix("[") && value.hasSuffix("]") {
                out[key] = .list(value.dropFirst().dropLast().split(separator: ",").map { unquote($0.trimmingCharacters(in: .whitespaces)) }.filter { !$0.isEmpty })
            } else {
                out[key] = .scalar(unquote(value))
            }
        }
        flush()
        return out
    }

    private static func unquote(_ s: String) -> String {
        var t = s
        if let hash = t.range(of: " #"), !t.hasPrefix("\""), !t.hasPrefix("'") { t = String(t[..<hash.lowerBound]) }
        t = t.trimmingCharacters(in: .whitespaces)
        if t.count >= 2, (t.hasPrefix("\"") && t.hasSuffix("\"")) || (t.hasPrefix("'") && t.hasSuffix("'")) { t = String(t.dropFirst().dropLast()) }
        return t
    }
}
