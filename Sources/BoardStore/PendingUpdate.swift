import BoardCore
import Foundation
import Git
#if canImport(Glibc)
import Glibc
#endif

/// The journal of a home-branch update in progress (`.git/jalon/pending`): the branch, its old
/// and new commit, and for every path the blob before and after. It is written before anything
/// in the work tree, index or branch changes and removed once all three agree, so a Jalon killed
/// in between (SIGKILL, power cut of the terminal) leaves the next Jalon command enough to put
/// things back: branch not moved → the files and index go back to `old`; branch moved → they are
/// brought to `new`. Files the user changed since are left alone and named.
struct PendingUpdate: Equatable {
    struct Blob: Equatable, Hashable {
        var id: ObjectID
        var mode: UInt32
    }

    struct File: Equatable {
        var path: String
        var old: Blob?
        var new: Blob?
    }

    enum Side { case old, new }

    var reference: String
    var old: ObjectID?
    var new: ObjectID
    var files: [File]

    static let fileName = "pending"
    static let header = "jalon-pending 1"

    var text: String {
        func blob(_ b: Blob?) -> String { b.map { "\($0.id.hex) \(String($0.mode, radix: 8))" } ?? "- -" }
        var out = Self.header + "\n"
        out += "reference \(reference)\n"
        out += "old \(old?.hex ?? "-")\n"
        out += "new \(new.hex)\n"
        for f in files { out += "file \(blob(f.old)) \(blob(f.new)) \(f.path)\n" }
        return out
    }

    init(reference: String, old: ObjectID?, new: ObjectID, files: [File]) {
        self.reference = reference
        self.old = old
        self.new = new
        self.files = files
    }

    init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == Self.header, lines.last == "" else { return nil }
        lines.removeFirst()
        lines.removeLast()
        var reference: String?, old: ObjectID?, new: ObjectID?, files: [File] = []
        func blob(_ id: Substring, _ mode: Substring) -> Blob?? {
            if id == "-" { return .some(nil) }
            guard let oid = ObjectID(hex: String(id)), let m = UInt32(mode, radix: 8) else { return nil }
            return .some(Blob(id: oid, mode: m))
        }
        for line in lines {
            let parts = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: false)
            switch parts.first {
            case "reference" where parts.count == 2: reference = String(parts[1])
            case "old" where parts.count == 2: old = parts[1] == "-" ? nil : ObjectID(hex: String(parts[1]))
            case "new" where parts.count == 2: new = ObjectID(hex: String(parts[1]))
            case "file" where parts.count == 6:
                guard let o = blob(parts[1], parts[2]), let n = blob(parts[3], parts[4]) else { return nil }
                files.append(File(path: String(parts[5]), old: o, new: n))
            default: return nil
            }
        }
        guard let reference, let new else { return nil }
        self.init(reference: reference, old: old, new: new, files: files)
    }

    /// Writes the journal whole (temporary file, then rename), so it is never half there.
    func save(in folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = folder + "pending.\(getpid()).tmp"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, folder + Self.fileName) == 0 else {
            let code = errno
            unlink(temporary)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
        }
    }

    func remove(from folder: String) { unlink(folder + Self.fileName) }

    /// The journal in `folder` and when it was written; nil when there is none.
    static func load(from folder: String) -> (PendingUpdate, Date)? {
        let path = folder + fileName
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let written = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast
        guard let pending = PendingUpdate(text: String(decoding: data, as: UTF8.self)) else {
            // Written by rename, so never partial: unreadable means not ours to interpret.
            return nil
        }
        return (pending, written)
    }
}

/// Signals that would kill Jalon between two steps of an update are held until it is consistent
/// again, then delivered (the process then ends as the user asked, its change complete).
final class CriticalSection {
    private var previous: [(Int32, __sighandler_t?)] = []

    init() {
        deferredSignal = 0
        for s in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            previous.append((s, signal(s) { deferredSignal = $0 }))
        }
    }

    func end() {
        guard !previous.isEmpty else { return }
        for (s, handler) in previous { signal(s, handler) }
        previous = []
        let s = deferredSignal
        deferredSignal = 0
        if s != 0 { raise(s) }
    }

    deinit { end() }
}

nonisolated(unsafe) private var deferredSignal: Int32 = 0

extension BoardStore {
    /// Where this work tree's journal lives (per work tree, like the index).
    var journalFolder: String { repository.gitDirectory + "jalon/" }

    /// True when an update was interrupted and the next command must finish or undo it.
    public var hasPendingUpdate: Bool { FileManager.default.fileExists(atPath: journalFolder + PendingUpdate.fileName) }

    /// Finishes or undoes the update a killed Jalon left pending (see `PendingUpdate`), removing
    /// the Git locks and temporary files it left. Every command runs this first; it costs one
    /// `stat` when there is nothing pending.
    public func recoverPendingUpdate(lockHeld: Bool = false) throws {
        guard hasPendingUpdate else { return }
        let lock = lockHeld ? nil : try WorktreeLock(directory: repository.commonDirectory)
        defer { lock?.release() }
        let folder = journalFolder
        guard let (pending, written) = PendingUpdate.load(from: folder) else {
            if hasPendingUpdate { unlink(folder + PendingUpdate.fileName) }
            return
        }
        // We hold Jalon's lock: the writer of the journal is gone, so are its temporary files.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".tmp") {
            unlink(folder + name)
        }
        removeLocksLeft(by: pending, journalWritten: written)
        guard repository.workdir != nil, (try? repository.headReferenceName()) == pending.reference else {
            // Another branch is checked out now: this work tree no longer shows the board's.
            pending.remove(from: folder)
            return
        }
        let current: ObjectID?
        let currentTree: ObjectID?
        do {
            current = try repository.resolve(pending.reference)
            currentTree = try current.map { (id) throws(GitError) in try repository.commit(id).tree }
        } catch { throw StoreError.git(error) }
        let index: Index
        do { index = try repository.index() } catch { throw StoreError.git(error) }
        // Each file goes to what the branch holds now, when that is its old or new version (the
        // branch may have been moved since by a `git commit` that took the staged change, or not):
        // branch not moved → undone, moved by Jalon → finished.
        var toOld: [PendingUpdate.File] = []
        var toNew: [PendingUpdate.File] = []
        var leftAlone: [String] = []
        for file in pending.files {
            let known: Set<ObjectID?> = [file.old?.id, file.new?.id]
            let working = try? repository.hashWorktreeFile(file.path)
            let target = try? currentTree.flatMap { try blobEntry(in: $0, path: file.path) }
            guard known.contains(working), known.contains(index.stagedID(file.path)), !index.hasConflict(file.path),
                  target == file.old || target == file.new else {
                leftAlone.append(file.path)
                continue
            }
            if target == file.new { toNew.append(file) } else { toOld.append(file) }
        }
        let section = CriticalSection()
        defer { section.end() }
        do {
            try writeWorktreeFiles(toOld, side: .old)
            try writeWorktreeFiles(toNew, side: .new)
            try stage(toOld, side: .old)
            try stage(toNew, side: .new)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.worktreeNotRestored(error)
        }
        pending.remove(from: folder)
        if current == pending.new {
            notices.append(StoreNotice.pendingFinished(pending.new, pending.files.map(\.path)))
        } else if current == pending.old {
            notices.append(StoreNotice.pendingUndone(pending.files.map(\.path)))
        } else {
            notices.append(StoreNotice.pendingDropped(pending.reference))
        }
        if !leftAlone.isEmpty { notices.append(StoreNotice.pendingLeftAlone(leftAlone)) }
    }

    /// The reference and index locks a killed Jalon left: recognised by their content (the
    /// reference lock names the journal's new commit or is empty) or by being created after the
    /// journal, and by staying unchanged while we watch them (a live Git's lock lasts
    /// milliseconds). Our own lock is held, so no other Jalon of this work tree is running.
    private func removeLocksLeft(by pending: PendingUpdate, journalWritten: Date) {
        let referenceLock = repository.commonDirectory + pending.reference + ".lock"
        if let data = FileManager.default.contents(atPath: referenceLock) {
            let content = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if content.isEmpty || content == pending.new.hex, StaleLock.isUnchanged(referenceLock) {
                unlink(referenceLock)
                notices.append(StoreNotice.staleLockRemoved(referenceLock))
            }
        }
        if let indexPath = try? repository.index().path {
            let indexLock = indexPath + ".lock"
            if let modified = StaleLock.modified(indexLock), modified >= journalWritten.addingTimeInterval(-1),
               StaleLock.isUnchanged(indexLock) {
                unlink(indexLock)
                notices.append(StoreNotice.staleLockRemoved(indexLock))
            }
        }
    }

    /// A reference lock still held after the wait is removed when a killed Jalon left it: empty
    /// (a live writer fills it at once) or naming a Jalon commit made on the current tip.
    func removeStaleReferenceLock(parent: ObjectID?) -> Bool {
        let path = referenceLockPath
        guard let data = FileManager.default.contents(atPath: path) else { return true }
        let content = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        var ours = content.isEmpty
        if !ours, let id = ObjectID(hex: content), let commit = try? repository.commit(id) {
            ours = commit.message.contains("\nJalon-Action: ") && commit.parents.first == parent
        }
        guard ours, StaleLock.isUnchanged(path) else { return false }
        unlink(path)
        notices.append(StoreNotice.staleLockRemoved(path))
        return true
    }

    /// libgit2 1.5 writes each loose object to `objects/tmp_object_git2_*` (its loose back end
    /// joins `tmp_object` to the objects folder itself, not to `objects/XX/`; strace of a task add
    /// shows the same) and renames it into `objects/XX/`; a process killed in between leaves the
    /// temporary file. Those older than a minute belong to no running writer and are removed.
    /// One folder is listed, where listing the 256 `objects/XX` folders cost a few percent of
    /// every change (and found nothing libgit2 leaves).
    func removeAbandonedTemporaryObjects() {
        let objects = repository.commonDirectory + "objects/"
        let limit = Date().addingTimeInterval(-60)
        for name in BoardStore.names(in: objects) ?? [] where name.hasPrefix("tmp_object_git2_") {
            let path = objects + name
            if let modified = StaleLock.modified(path), modified < limit { unlink(path) }
        }
    }

    /// Writes the work-tree copy of each file as it is on `side`, through Git's filters (line
    /// ends as the checkout uses them), each file replaced whole by a rename.
    func writeWorktreeFiles(_ files: [PendingUpdate.File], side: PendingUpdate.Side) throws {
        guard let workdir = repository.workdir, !files.isEmpty else { return }
        let fm = FileManager.default
        for file in files {
            let full = workdir + file.path
            let parent = (full as NSString).deletingLastPathComponent
            guard let blob = side == .new ? file.new : file.old else {
                var isDirectory: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue { try fm.removeItem(atPath: full) }
                else if (try? fm.destinationOfSymbolicLink(atPath: full)) != nil { try fm.removeItem(atPath: full) }
                var dir = parent
                while dir.count > workdir.count, rmdir(dir) == 0 { dir = (dir as NSString).deletingLastPathComponent }
                continue
            }
            try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
            if blob.mode == 0o120000 {
                let target = String(decoding: try repository.blob(blob.id), as: UTF8.self)
                unlink(full)
                try fm.createSymbolicLink(atPath: full, withDestinationPath: target)
            } else {
                let bytes = try repository.worktreeContent(ofBlob: blob.id, path: file.path)
                try replaceFile(full, with: bytes, executable: blob.mode == 0o100755)
            }
        }
    }

    private func replaceFile(_ path: String, with bytes: [UInt8], executable: Bool) throws {
        try FileManager.default.createDirectory(atPath: journalFolder, withIntermediateDirectories: true)
        let temporary = journalFolder + "write.\(getpid()).tmp"
        let fd = open(temporary, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, executable ? 0o777 : 0o666)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                unlink(temporary)
                throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
            }
            written += n
        }
        close(fd)
        if rename(temporary, path) != 0 {
            // Another file system (GIT_DIR elsewhere): write in place; the journal covers it.
            unlink(temporary)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
    }

    /// Stages each file as it is on `side` (the exact committed blob, with the stat data of the
    /// work-tree file), re-reading the index first so nobody else's staged work is lost. A held
    /// `index.lock` is waited for (an editor's `git status` holds it for milliseconds).
    func stage(_ files: [PendingUpdate.File], side: PendingUpdate.Side) throws {
        guard repository.workdir != nil, !files.isEmpty else { return }
        let index = try repository.index()
        var waits = 0
        while true {
            try index.reload()
            for file in files {
                if let blob = side == .new ? file.new : file.old {
                    try index.stage(path: file.path, id: blob.id, mode: blob.mode)
                } else if index.stagedID(file.path) != nil || index.hasConflict(file.path) {
                    try index.remove(file.path)
                }
            }
            let failure: GitError
            do {
                try index.write()
                return
            } catch {
                failure = error
            }
            guard failure.code == .locked else { throw failure }
            let lockPath = (index.path ?? repository.gitDirectory + "index") + ".lock"
            guard waits < Self.lockWaits, !StaleLock.isOld(lockPath) else { throw StoreError.indexLocked(lockPath) }
            waits += 1
            usleep(Self.lockPause)
        }
    }
}

/// Looking at a lock file without taking it.
enum StaleLock {
    static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    /// True when the lock was last written more than five seconds ago: not one of the brief
    /// locks a running Git takes and drops (waiting for it would be in vain).
    static func isOld(_ path: String) -> Bool {
        guard let modified = modified(path) else { return false }
        return modified < Date().addingTimeInterval(-5)
    }

    /// True when the file is still there, unchanged, after about a second: no live Git process
    /// holds a lock that long while Jalon waits for it, except an editor-driven `git commit`.
    static func isUnchanged(_ path: String) -> Bool {
        func identity() -> [Int]? {
            var info = stat()
            guard lstat(path, &info) == 0 else { return nil }
            return [Int(info.st_ino), Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
        }
        guard let first = identity() else { return false }
        for _ in 0..<4 {
            usleep(250_000)
            if identity() != first { return false }
        }
        return true
    }
}
