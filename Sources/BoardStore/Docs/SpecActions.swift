import BoardCore
import Foundation
import Git

/// Commit subjects of the documentation use cases, in the board's language.
enum DocsActionText {
    static let specCreated = Text("specAction.specCreated")
    static func specLinked(_ deliverable: String, _ items: String) -> Text {
        Text("specAction.specLinked", ["deliverable": deliverable, "items": items])
    }
    static func documentAdded(_ id: String, _ title: String) -> Text { Text("specAction.documentAdded", ["id": id, "title": title]) }
    static func documentStatus(_ id: String, _ title: String, _ from: String, _ to: String) -> Text {
        Text("specAction.documentStatus", ["id": id, "title": title, "from": from, "to": to])
    }
    static func documentRenamed(_ from: String, _ to: String) -> Text { Text("specAction.documentRenamed", ["from": from, "to": to]) }
    static func meetingAdded(_ id: String, _ title: String, _ date: Day) -> Text {
        Text("specAction.meetingAdded", ["id": id, "title": title, "date": date])
    }
    static func meetingTasks(_ id: String, _ tasks: [String]) -> Text {
        Text("specAction.meetingTasks", ["id": id, "tasks": tasks.joined(separator: ", ")])
    }
    static func commentAdded(_ item: String, _ title: String?) -> Text {
        Text("specAction.commentAdded", ["item": item, "title": title.map { Text("specAction.commentTitle", ["title": $0]) } ?? Text("language.empty")])
    }
    static func meetingActionAdded(_ id: String, _ what: String) -> Text {
        Text("specAction.meetingActionAdded", ["id": id, "what": what])
    }
    static func specStatus(_ from: String, _ to: String) -> Text {
        Text("specAction.specStatus", ["from": from, "to": to])
    }
    static func merged(_ ref: String, _ branch: String) -> Text { Text("specAction.merged", ["ref": ref, "branch": branch]) }
}

extension BoardStore {
    /// Writes `spec.md` from the template, pre-filled with the board's name, dates, members and
    /// milestones. Refused when the spec exists.
    public func initSpec(template: DocumentTemplate, actor: Identity) throws -> CommitOutcome {
        let outcome = try commitFiles(as: actor) { board, head in
            let settings = try writableSettings(board)
            if try readCommittedText(SpecDocument.path, at: head) != nil { throw DocsError.specExists }
            let L = settings.language
            let none = "…"
            let members = settings.members.map { m in "| \(m.name) (\(m.id)) | \(m.role ?? none) |" }.joined(separator: "\n")
            let milestones = board.milestones.sorted { ($0.date ?? Day(ordinal: Int.max / 2), $0.id) < ($1.date ?? Day(ordinal: Int.max / 2), $1.id) }
                .map { m in "- \(m.id) « \(m.title) »" + (m.date.map { " : \($0.formatted(L))" } ?? "") }
                .map { L == .en ? $0.replacingOccurrences(of: "« ", with: "“").replacingOccurrences(of: " »", with: "”").replacingOccurrences(of: " : ", with: ": ") : $0 }
                .joined(separator: "\n")
            var body = template.render([
                "name": settings.name,
                "start": settings.start?.formatted(L) ?? none,
                "end": settings.end?.formatted(L) ?? none,
                "members": members,
                "milestones": milestones,
            ])
            body = body.replacingOccurrences(of: "\n\n\n", with: "\n\n")
            let text = SpecDocument.encode(title: settings.name, version: "0.1", status: DocumentStatus.draft.rawValue, body: body)
            return ([SpecDocument.path: .text(text)],
                    CommitMessage(subject: DocsActionText.specCreated(L), action: "spec-init", items: [SpecDocument.path]))
        }
        return try required(outcome)
    }

    /// Adds deliverable `deliverable` to the `deliverables:` key of each milestone or task.
    public func linkDeliverable(_ deliverable: String, to items: [ItemID], actor: Identity) throws -> CommitOutcome {
        let outcome = try commitFiles(as: actor) { board, head in
            let settings = try writableSettings(board)
            guard let text = try readCommittedText(SpecDocument.path, at: head) else { throw DocsError.noSpec }
            let (spec, _) = SpecDocument.parse(text)
            guard let spec, spec.deliverables.contains(where: { $0.id == deliverable }) else {
                // Written in the work tree but not committed yet: say so rather than "no such deliverable".
                if homeIsCheckedOut, let root = repository.workdir,
                   let edited = try? String(contentsOfFile: (root as NSString).appendingPathComponent(prefix + SpecDocument.path), encoding: .utf8),
                   let draft = SpecDocument.parse(edited).0, draft.deliverables.contains(where: { $0.id == deliverable }) {
                    throw DocsError.uncommittedDeliverable(deliverable, prefix + SpecDocument.path)
                }
                throw DocsError.badDeliverable(deliverable)
            }
            var writes: [String: FileContent?] = [:]
            for id in items {
                switch id.kind {
                case .task:
                    try requireReadable(BoardTask.path(for: id), board)
                    guard var t = board.task(id) else { throw ActionError.unknownItem(id.description) }
                    guard !t.deliverables.contains(deliverable) else { continue }
                    t.extra = DeliverableLinks.setting(t.deliverables + [deliverable], in: t.extra)
                    writes[t.path] = .text(TaskCodec.encode(t))
                case .milestone:
                    try requireReadable(Milestone.path(for: id), board)
                    guard var m = board.milestone(id) else { throw ActionError.unknownItem(id.description) }
                    guard !m.deliverables.contains(deliverable) else { continue }
                    m.extra = DeliverableLinks.setting(m.deliverables + [deliverable], in: m.extra)
                    writes[m.path] = .text(MilestoneCodec.encode(m))
                default:
                    throw ActionError.badID(id.description)
                }
            }
            if writes.isEmpty { throw ActionError.nothingToDo }
            let list = items.map(\.description).joined(separator: ", ")
            return (writes, CommitMessage(subject: DocsActionText.specLinked(deliverable, list)(settings.language), action: "spec-link",
                                          items: [deliverable] + items.map(\.description)))
        }
        return try required(outcome)
    }
}

extension BoardStore {
    /// Sets the spec's `status:` (draft → review → validated, or back) and, when given, its
    /// `version:`, in one commit. Only those header lines change: the body and every other key
    /// stay byte for byte. Nil outcome when both were already so.
    public func setSpecStatus(_ status: DocumentStatus, version: String?, actor: Identity) throws -> (previous: String, outcome: CommitOutcome?) {
        var previous = ""
        let outcome = try commitFiles(as: actor) { board, head in
            let settings = try writableSettings(board)
            guard let text = try readCommittedText(SpecDocument.path, at: head) else { throw DocsError.noSpec }
            let (parsed, problems) = SpecDocument.parse(text)
            guard let spec = parsed, FrontMatter.split(text) != nil else {
                throw ActionError.brokenFile(prefix + SpecDocument.path, problems, prefix: prefix)
            }
            previous = spec.status
            var updated = SpecDocument.settingHeader("status", to: status.rawValue, in: text)
            if let version { updated = SpecDocument.settingHeader("version", to: version, in: updated) }
            return ([SpecDocument.path: .text(updated)],
                    CommitMessage(subject: DocsActionText.specStatus(spec.status.isEmpty ? "?" : StatusWords.document(spec.status, settings.language), StatusWords.document(status.rawValue, settings.language))(settings.language),
                                  action: "spec-status", items: [SpecDocument.path]))
        }
        return (previous, outcome)
    }
}
