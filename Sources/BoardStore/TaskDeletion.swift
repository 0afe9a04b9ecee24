import BoardCore
import Foundation
import Git

/// Something on the board that points at a task: what would dangle if the task went away.
public struct TaskReference: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A task or milestone that depends on it (`depends: [T-A1]`).
        case dependency(ItemID)
        /// An action item of meeting minutes made into this task (`task: T-A1`).
        case meetingAction(meeting: ItemID, what: String)
        /// A deliverable of the spec the task produces (its own `deliverables: [L1]`).
        case deliverable(String)
        /// The comments on the task (`comments/T-A1/`).
        case comments(count: Int)
    }

    public var kind: Kind
    /// The board-relative file the reference is written in.
    public var path: String
}

/// A deleted task leaves `deleted/<ID>.md` behind (its id, title and who deleted it when), so
/// its number is never given again: history reports and old meeting notes that say "T-A3" keep
/// meaning the task that was deleted. One file per deletion, so deletions in two clones merge.
enum DeletedItems {
    static let folder = "deleted"

    static func path(_ id: ItemID) -> String { "\(folder)/\(id).md" }

    static func tombstone(_ task: BoardTask, by actor: String, at date: String) -> String {
        "---\nid: \(task.id)\ntitle: \(YAMLText.scalar(task.title))\ndeleted-by: \(YAMLText.scalar(actor))\ndeleted-at: \(date)\n---\n"
    }
}

extension BoardStore {
    /// Every reference to task `id` on the board and in its minutes, spec links and comments.
    public static func references(to task: BoardTask, board: Board, files: DocumentationFiles) -> [TaskReference] {
        let id = task.id
        var out: [TaskReference] = []
        for t in board.tasks where t.id != id && t.depends.contains(where: { $0.target == id }) {
            out.append(TaskReference(kind: .dependency(t.id), path: t.path))
        }
        for m in board.milestones where m.depends.contains(where: { $0.target == id }) {
            out.append(TaskReference(kind: .dependency(m.id), path: m.path))
        }
        for minutes in files.meetings.minutes {
            for action in minutes.actions where action.task == id {
                out.append(TaskReference(kind: .meetingAction(meeting: minutes.id, what: action.what), path: minutes.path))
            }
        }
        for d in task.deliverables { out.append(TaskReference(kind: .deliverable(d), path: task.path)) }
        let folder = Comment.folder(of: id.description) + "/"
        let comments = files.paths.filter { $0.hasPrefix(folder) }
        if !comments.isEmpty { out.append(TaskReference(kind: .comments(count: comments.count), path: folder)) }
        return out
    }

    /// Deletes task `id` in one commit. With references to it (see `references`), refuses and
    /// names each one, unless `force`: then the same commit also removes them — the dependency
    /// from each dependent, the task from meeting actions (the action stays), the comments.
    public func deleteTask(_ id: ItemID, force: Bool, actor: Identity) throws -> (task: BoardTask, references: [TaskReference], outcome: CommitOutcome) {
        var result: (BoardTask, [TaskReference])?
        let outcome = try commitFiles(as: actor) { board, head in
            let settings = try writableSettings(board)
            try requireReadable(BoardTask.path(for: id), board)
            guard let task = board.task(id) else { throw ActionError.unknownItem(id.description) }
            let files = try documentationFiles(at: head)
            let references = Self.references(to: task, board: board, files: files)
            if !references.isEmpty && !force {
                throw ActionError.taskReferenced(id.description, references, prefix: prefix)
            }
            var writes: [String: FileContent?] = [task.path: nil]
            writes[DeletedItems.path(id)] = .text(DeletedItems.tombstone(task, by: authorName(actor), at: nowText))
            var touched: [String] = []
            for t in board.tasks where t.id != id && t.depends.contains(where: { $0.target == id }) {
                var edited = t
                edited.depends.removeAll { $0.target == id }
                writes[t.path] = .text(TaskCodec.encode(edited))
                touched.append(t.id.description)
            }
            for m in board.milestones where m.depends.contains(where: { $0.target == id }) {
                var edited = m
                edited.depends.removeAll { $0.target == id }
                writes[m.path] = .text(MilestoneCodec.encode(edited))
                touched.append(m.id.description)
            }
            for var minutes in files.meetings.minutes where minutes.actions.contains(where: { $0.task == id }) {
                // Rewriting minutes that do not read cleanly would drop what could not be read.
                let problems = files.meetings.diagnostics.filter { $0.file == minutes.path && $0.severity == .error }
                if !problems.isEmpty { throw DocsError.brokenMeeting(prefix + minutes.path, problems, prefix: prefix) }
                for i in minutes.actions.indices where minutes.actions[i].task == id { minutes.actions[i].task = nil }
                writes[minutes.path] = .text(MeetingCodec.encode(minutes))
                touched.append(minutes.id.description)
            }
            for path in files.paths where path.hasPrefix(Comment.folder(of: id.description) + "/") { writes[path] = .some(nil) }
            result = (task, references)
            let subject = touched.isEmpty ? ActionText.taskDeleted(id.description, task.title) : ActionText.taskDeletedWithReferences(id.description, task.title, touched.joined(separator: ", "))
            return (writes, CommitMessage(subject: subject(settings.language), action: "task-delete", items: [id.description] + touched))
        }
        return (result!.0, result!.1, try required(outcome))
    }

    /// The ids of deleted tasks in `tree` (`deleted/*.md`), so their numbers stay taken.
    func deletedIDs(in tree: ObjectID) -> [ItemID] {
        guard let dir = try? repository.entry(in: tree, path: prefix + DeletedItems.folder), dir.kind == .tree,
              let entries = try? repository.entries(of: dir.id) else { return [] }
        return entries.compactMap { $0.name.hasSuffix(".md") ? ItemID(String($0.name.dropLast(3))) : nil }
    }
}
