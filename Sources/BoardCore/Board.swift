/// A whole board read from its files: settings, tasks and milestones, with every problem found.
public struct Board: Sendable {
    public var settings: BoardSettings
    /// False when `jalon.yml` could not be read; `settings` then holds defaults.
    public var settingsReadable: Bool
    public var tasks: [BoardTask] { didSet { cyclesFound = nil } }
    public var milestones: [Milestone] { didSet { cyclesFound = nil } }
    /// The dependency cycles as `dependencyCycles()` found them while the board was read (for
    /// its diagnostics), so that the planner does not search a large board a second time; nil
    /// again as soon as a task or milestone changes.
    var cyclesFound: [[ItemID]]?
    /// Time logged on tasks (`time/*.md`), by file name.
    public var bookings: [TimeBooking] = []
    /// Problems found in the files (codec and cross-file checks), in file order.
    public var diagnostics: [Diagnostic]
    /// Files that could not be read at all and are left out of the board.
    public var skippedFiles: [String]
    /// Ids of every task and milestone file present, read or not (a partly loaded board knows
    /// which items exist without parsing them).
    public var itemIDsOnFile: Set<ItemID> = []
    /// Why `jalon.yml` exists but could not be read (nil when it was read or is absent): the
    /// board is then not memberless, it is unreadable, and nothing may be written to it.
    public var settingsProblem: Diagnostic?

    /// The files a command must name on stderr: every file left out, and every file read with
    /// an error (a field ignored), each with its first problem, in file order. `check` reports
    /// the same files (and every problem of each).
    public var flaggedFiles: [(file: String, skipped: Bool, problem: Diagnostic)] {
        var first: [String: Diagnostic] = [:]
        var order: [String] = []
        let skipped = Set(skippedFiles)
        for d in diagnostics where d.severity == .error || skipped.contains(d.file) {
            if first[d.file] == nil { order.append(d.file); first[d.file] = d }
        }
        for f in skippedFiles where first[f] == nil {
            order.append(f)
            first[f] = Diagnostic(file: f, line: nil, message: Catalog.skippedFile, hint: nil)
        }
        return order.sorted().map { ($0, skipped.contains($0), first[$0]!) }
    }

    /// One input file, with its path relative to the board folder: its text read through
    /// `FileText.decode` (LF line ends, within limits), or why it cannot be read.
    public struct File: Sendable {
        public let path: String
        public let text: String
        /// Set when the file cannot be read at all (invalid UTF-8, too large, a symbolic link…).
        public let problem: Diagnostic?

        public init<Bytes: Collection>(path: String, bytes: Bytes) where Bytes.Element == UInt8 {
            self.path = path
            switch FileText.decode(bytes, path: path) {
            case .success(let text): self.text = text; problem = nil
            case .failure(let diagnostic): text = ""; problem = diagnostic
            }
        }

        public init(path: String, text: String) { self.init(path: path, bytes: text.utf8) }

        /// A file left unread with a reason (a symbolic link: never followed).
        public init(path: String, refused problem: Diagnostic) {
            self.path = path
            text = ""
            self.problem = problem
        }

        public static func symbolicLink(_ path: String) -> File {
            File(path: path, refused: Diagnostic(file: path, line: nil, message: Catalog.symbolicLink, hint: Catalog.symbolicLinkHint))
        }
    }

    /// Reads a board from its files' texts. Never fails: problems become diagnostics.
    public static func load(settings settingsText: String?, files: [File], checkAcrossFiles: Bool = true) -> Board {
        load(settingsFile: settingsText.map { File(path: BoardSettings.fileName, text: $0) }, files: files, checkAcrossFiles: checkAcrossFiles)
    }

    /// Reads a board from its files. `settingsFile` nil: there is no `jalon.yml`. `itemIDsOnFile`:
    /// the ids of every item file present, when the caller already knows them (it listed more
    /// files than it reads); by default those of `files`.
    public static func load(settingsFile: File?, files: [File], checkAcrossFiles: Bool = true, itemIDsOnFile: Set<ItemID>? = nil) -> Board {
        var diagnostics: [Diagnostic] = []
        var skipped: [String] = []
        var settings = BoardSettings(name: "", language: .en, branch: "main")
        var settingsReadable = false
        var settingsProblem: Diagnostic?
        if let settingsFile {
            let (decoded, problems) = settingsFile.problem.map { (nil, [$0]) } ?? SettingsCodec.decode(settingsFile.text)
            diagnostics += problems
            if let decoded {
                settings = decoded
                settingsReadable = true
            } else {
                skipped.append(BoardSettings.fileName)
                settingsProblem = problems.first
            }
        } else {
            diagnostics.append(Diagnostic(file: BoardSettings.fileName, line: nil, message: Catalog.missingSettings, hint: Catalog.missingSettingsHint))
        }
        var tasks: [BoardTask] = []
        var milestones: [Milestone] = []
        var bookings: [TimeBooking] = []
        let sorted = Board.sortedByPath(files)
        // Files are parsed on every core (a board of thousands of tasks), then gathered in
        // path order, so diagnostics come out as they would one file after the other.
        for (file, read) in zip(sorted, Concurrent.map(sorted, Board.read)) {
            diagnostics += read.diagnostics
            if read.skipped { skipped.append(file.path) }
            switch read.item {
            case .task(let task): tasks.append(task)
            case .milestone(let milestone): milestones.append(milestone)
            case .booking(let booking): bookings.append(booking)
            case nil: break
            }
        }
        // Sorted through their indexes: moving thousands of whole tasks is what costs.
        tasks = tasks.indices.sorted { tasks[$0].id < tasks[$1].id }.map { tasks[$0] }
        milestones = milestones.indices.sorted { milestones[$0].id < milestones[$1].id }.map { milestones[$0] }
        var board = Board(settings: settings, settingsReadable: settingsReadable, tasks: tasks, milestones: milestones, diagnostics: diagnostics, skippedFiles: skipped)
        board.settingsProblem = settingsProblem
        board.bookings = bookings
        board.itemIDsOnFile = itemIDsOnFile ?? Set(files.compactMap { Board.itemID(ofPath: $0.path) })
        if settingsReadable && checkAcrossFiles {
            board.cyclesFound = board.dependencyCycles()
            board.diagnostics += board.crossFileProblems()
        }
        return board
    }

    /// `files` in path order. ASCII paths (every path Jalon writes) compare as bytes, which
    /// `String`'s `<` does too, only slower.
    static func sortedByPath(_ files: [File]) -> [File] {
        guard files.allSatisfy({ $0.path.utf8.allSatisfy { $0 < 0x80 } }) else { return files.sorted { $0.path < $1.path } }
        let order = files.indices.sorted { bytesPrecede(files[$0].path, files[$1].path) }
        return order.map { files[$0] }
    }

    /// `a` before `b` byte by byte, on their contiguous UTF-8 storage when they have it (a
    /// generic walk of both `utf8` views was most of sorting 10,000 paths).
    static func bytesPrecede(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool in
                for i in 0..<min(x.count, y.count) where x[i] != y[i] { return x[i] < y[i] }
                return x.count < y.count
            }
        }
        return (fast ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// What one file gave: an item, its problems, and whether it is left out.
    struct FileRead: Sendable {
        enum Item: Sendable { case task(BoardTask), milestone(Milestone), booking(TimeBooking) }
        var item: Item?
        var diagnostics: [Diagnostic] = []
        var skipped = false
    }

    /// Parses one task, milestone or time-booking file; other files give nothing.
    static func read(_ file: File) -> FileRead {
        guard file.path.hasSuffix(".md") else { return FileRead() }
        let (folder, stem) = folderAndStem(file.path)
        if let problem = file.problem, folder == "tasks" || folder == "milestones" || folder == TimeBooking.folder {
            return FileRead(diagnostics: [problem], skipped: true)
        }
        func badName() -> FileRead {
            FileRead(diagnostics: [Diagnostic(file: file.path, line: nil, severity: .warning, message: Catalog.badFileName(stem), hint: Catalog.badFileNameHint)], skipped: true)
        }
        switch folder {
        case "tasks":
            guard let id = itemID(ofPath: file.path), id.kind == .task else { return badName() }
            let (task, problems) = TaskCodec.decode(file.text, path: file.path, expectedID: id)
            return FileRead(item: task.map(FileRead.Item.task), diagnostics: problems, skipped: task == nil)
        case "milestones":
            guard let id = itemID(ofPath: file.path), id.kind == .milestone else { return badName() }
            let (milestone, problems) = MilestoneCodec.decode(file.text, path: file.path, expectedID: id)
            return FileRead(item: milestone.map(FileRead.Item.milestone), diagnostics: problems, skipped: milestone == nil)
        case TimeBooking.folder:
            let (booking, problems) = TimeBookingCodec.decode(file.text, path: file.path)
            return FileRead(item: booking.map(FileRead.Item.booking), diagnostics: problems, skipped: booking == nil)
        default:
            return FileRead()
        }
    }

    /// `tasks` and `T-A1` of `tasks/T-A1.md` (a path ending in `.md`): before its first `/`
    /// and after its last. On the bytes when the path is ASCII, as listed board files are; a
    /// `/` can then only be a character of its own.
    private static func folderAndStem(_ path: String) -> (folder: String, stem: String) {
        var path = path
        if let parts = path.withUTF8({ bytes -> (String, String)? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            let n = bytes.count
            let first = bytes.firstIndex(of: 0x2F)
            var start = n - 3
            while start > 0 && bytes[start - 1] != 0x2F { start -= 1 }
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[..<(first ?? n)]), as: UTF8.self),
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(n - 3)]), as: UTF8.self))
        }) { return parts }
        let folder = path.firstIndex(of: "/").map { String(path[..<$0]) } ?? path
        let stem = String(path[(path.lastIndex(of: "/").map(path.index(after:)) ?? path.startIndex)...].dropLast(3))
        return (folder, stem)
    }

    /// The id a board-relative path such as `tasks/T-A1.md` names, if any.
    public static func itemID(ofPath path: String) -> ItemID? {
        // On the bytes, without building the stem: asked for every file of a board (and of each
        // commit's tree) when it is listed.
        var path = path
        return path.withUTF8 { bytes -> ItemID? in
            let n = bytes.count
            guard n > 3, bytes[n - 3] == 0x2E, bytes[n - 2] == 0x6D, bytes[n - 1] == 0x64 else { return nil } // .md
            var start = n - 3
            while start > 0 && bytes[start - 1] != 0x2F { start -= 1 }
            return ItemID(written: UnsafeBufferPointer(rebasing: bytes[start..<(n - 3)]))
        }
    }

    /// True when a task or milestone with this id exists, even if its file cannot be read.
    public func exists(_ id: ItemID) -> Bool {
        itemIDsOnFile.contains(id) || (id.kind == .task ? task(id) != nil : milestone(id) != nil)
    }

    /// Tasks and milestones are kept sorted by id, so a lookup is a binary search (reports look
    /// items up thousands of times); an unsorted array still answers, linearly.
    public func task(_ id: ItemID) -> BoardTask? {
        if let i = Board.sortedIndex(of: id, in: tasks, id: \.id) { return tasks[i] }
        return tasks.first { $0.id == id }
    }

    public func milestone(_ id: ItemID) -> Milestone? {
        if let i = Board.sortedIndex(of: id, in: milestones, id: \.id) { return milestones[i] }
        return milestones.first { $0.id == id }
    }

    /// The index of `id` in `items` sorted by id (`key` reads an item's id: a function the
    /// optimizer inlines, where a key path would be looked up at run time on every step).
    @inlinable
    public static func sortedIndex<T>(of id: ItemID, in items: [T], id key: (T) -> ItemID) -> Int? {
        var low = 0, high = items.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let value = key(items[mid])
            if value == id { return mid }
            if value < id { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    /// Problems that need more than one file to see: unknown statuses, members, milestones and
    /// dependencies, cycles, members that clash.
    func crossFileProblems() -> [Diagnostic] {
        var out: [Diagnostic] = []
        let file = BoardSettings.fileName
        var ids: Set<String> = [], codes: Set<String> = [], emails: [String: String] = [:]
        for m in settings.members {
            if !ids.insert(m.id.lowercased()).inserted {
                out.append(Diagnostic(file: file, line: m.line, message: Catalog.duplicateMember(m.id), hint: Catalog.duplicateMemberHint))
            }
            if MemberCode.isValid(m.code), !codes.insert(m.code).inserted || m.code == MemberCode.outsider {
                out.append(Diagnostic(file: file, line: m.line, message: Catalog.duplicateCode(m.code), hint: Catalog.memberCodeHint))
            }
            for e in m.emails {
                if let other = emails[e.lowercased()], other != m.id {
                    out.append(Diagnostic(file: file, line: m.line, message: Catalog.sharedEmail(e, other, m.id), hint: Catalog.sharedEmailHint))
                }
                emails[e.lowercased()] = m.id
            }
        }
        let statuses = Set(settings.statuses)
        // Ids of files left out because they cannot be read still exist: their dependents are fine.
        let unreadable = skippedFiles.compactMap { ItemID(String($0.split(separator: "/").last?.dropLast(3) ?? "")) }
        let taskIDs = Set(tasks.map(\.id) + unreadable.filter { $0.kind == .task })
        let milestoneIDs = Set(milestones.map(\.id) + unreadable.filter { $0.kind == .milestone })
        func exists(_ id: ItemID) -> Bool { id.kind == .task ? taskIDs.contains(id) : milestoneIDs.contains(id) }
        for t in tasks {
            if !t.status.isEmpty, !statuses.contains(t.status) {
                out.append(Diagnostic(file: t.path, line: t.lines["status"], message: Catalog.unknownStatus(t.status, settings.statuses), hint: Catalog.unknownStatusHint))
            }
            for a in t.assignees where settings.member(a) == nil {
                out.append(Diagnostic(file: t.path, line: t.lines["assignees"], message: Catalog.unknownMember(a), hint: Catalog.unknownMemberHint(settings.members.map(\.id))))
            }
            if let m = t.milestone, !milestoneIDs.contains(m) {
                out.append(Diagnostic(file: t.path, line: t.lines["milestone"], message: Catalog.unknownMilestone(m.description), hint: Catalog.unknownItemHint))
            }
            for d in t.depends {
                if d.target == t.id {
                    out.append(Diagnostic(file: t.path, line: t.lines["depends"], message: Catalog.dependsOnItself(t.id.description), hint: Catalog.cycleHint))
                } else if !exists(d.target) {
                    out.append(Diagnostic(file: t.path, line: t.lines["depends"], message: Catalog.missingDependency(d.target.description), hint: Catalog.unknownItemHint))
                }
            }
            if let s = t.start, let d = t.due, d < s {
                out.append(Diagnostic(file: t.path, line: t.lines["due"], message: Catalog.dueBeforeStart(d.iso, s.iso), hint: Catalog.dueBeforeStartHint))
            }
        }
        for m in milestones {
            for d in m.depends where d.target != m.id && !exists(d.target) {
                out.append(Diagnostic(file: m.path, line: m.lines["depends"], message: Catalog.missingDependency(d.target.description), hint: Catalog.unknownItemHint))
            }
        }
        out += bookingProblems()
        for cycle in dependencyCycles() {
            let first = cycle[0]
            let path = first.kind == .task ? BoardTask.path(for: first) : Milestone.path(for: first)
            let line = first.kind == .task ? task(first)?.lines["depends"] : milestone(first)?.lines["depends"]
            let shown = (cycle + [first]).map(\.description).joined(separator: " → ")
            out.append(Diagnostic(file: path, line: line, message: Catalog.dependencyCycle(shown), hint: Catalog.cycleHint))
        }
        return out
    }

    /// Every elementary dependency cycle found by a depth-first search, each once, starting at
    /// its smallest id. Self-dependencies are reported separately.
    public func dependencyCycles() -> [[ItemID]] {
        if let cyclesFound { return cyclesFound }
        // On indexes, not ids: the planner and `check` both ask, and a board may hold
        // thousands of tasks.
        var ids: [ItemID] = []
        var targets: [[ItemID]] = []
        for t in tasks { ids.append(t.id); targets.append(t.depends.map(\.target).filter { $0 != t.id }) }
        for m in milestones { ids.append(m.id); targets.append(m.depends.map(\.target).filter { $0 != m.id }) }
        var index: [ItemID: Int] = [:]
        index.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() { index[id] = i }
        let edges = targets.map { $0.compactMap { index[$0] } }
        var state = Array(repeating: 0, count: ids.count) // 1 = on stack, 2 = done
        var position = Array(repeating: 0, count: ids.count)
        var stack: [Int] = []
        var cycles: [[ItemID]] = []
        var seen: Set<[ItemID]> = []
        // Depth-first, one frame per node on the stack (a long chain must not exhaust the
        // thread's stack), roots and successors in the same order as before.
        for root in index.values.sorted(by: { ids[$0] < ids[$1] }) where state[root] == 0 {
            var frames: [(node: Int, next: Int)] = [(root, 0)]
            state[root] = 1; position[root] = stack.count; stack.append(root)
            while let top = frames.last {
                let node = top.node
                guard top.next < edges[node].count else {
                    frames.removeLast()
                    stack.removeLast()
                    state[node] = 2
                    continue
                }
                frames[frames.count - 1].next += 1
                let next = edges[node][top.next]
                if state[next] == 1 {
                    var cycle = stack[position[next]...].map { ids[$0] }
                    let minIndex = cycle.indices.min { cycle[$0] < cycle[$1] }!
                    cycle = Array(cycle[minIndex...] + cycle[..<minIndex])
                    if seen.insert(cycle).inserted { cycles.append(cycle) }
                } else if state[next] == 0 {
                    state[next] = 1; position[next] = stack.count; stack.append(next)
                    frames.append((next, 0))
                }
            }
        }
        return cycles
    }
}
