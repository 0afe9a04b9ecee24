import BoardCore
import Dispatch
import Foundation
import Git

/// The per-commit cache of the history engine, in the Git folder shared by all work trees:
/// `<common dir>/jalon/cache/history-<board folder hash>.bin`. Commits never change, so a
/// commit's record, once computed, stays right; the file only ever holds what can be
/// recomputed from the repository, and it is never trusted blindly: a wrong magic, format or
/// engine version, board folder, or checksum makes the engine drop the bad part and recompute.
///
/// Format (little-endian):
///
///     "JALONHC\n"  u32 format version  u32 engine version  u32 n + n bytes of board folder
///     segment*:    u32 payload length  u64 FNV-1a-64 of the payload  payload
///     payload:     varint string count, strings (varint length + UTF-8)
///                  varint record count, records:
///                    20-byte id, 20-byte tree, varint parent count, 20-byte parents
///                    author: name, email (string indexes), zigzag time, zigzag offset
///                    committer: same; summary (string index)
///                    signature byte (0 none, 1 GPG, 2 SSH, 3 X.509, 4 other), flags byte (1: boundary, 2: tree unreadable)
///                    varint co-author count, (name, email) string indexes
///                    varint file count: path index, status byte, flags byte (1: binary, 2: unreadable), added, removed
///                    varint event count: code byte, item index, varint arg count, arg indexes
///
/// Append-only: a run that computes new commits appends one segment, under an exclusive
/// `flock` on `history-….lock` beside the file, so concurrent writers take turns. Under the lock
/// a writer first re-reads what others appended since its own read (only that part), drops a
/// torn tail a killed writer left, and appends only the records nobody wrote meanwhile. Readers
/// take no lock: they read the segments whose length and checksum hold and stop at the first
/// one that does not (a segment being written, or damage), recomputing what they lack. The file
/// is only rewritten from scratch when its header does not match (another version or folder).
struct HistoryCache {
    static let magic = Array("JALONHC\n".utf8)
    static let formatVersion: UInt32 = 1
    /// Bump when the rules that derive files or events change: old caches are then rebuilt.
    static let engineVersion: UInt32 = 2

    let url: URL
    let prefix: String

    init(commonDirectory: String, prefix: String) {
        let base = URL(fileURLWithPath: commonDirectory).appendingPathComponent("jalon").appendingPathComponent("cache")
        var hash = FNV1a()
        hash.add(Array(prefix.utf8))
        url = base.appendingPathComponent("history-\(String(hash.value, radix: 16)).bin")
        self.prefix = prefix
    }

    /// What was read: the records and where the valid part of the file ends.
    struct Contents {
        /// In file order. Writers append only what nobody wrote, so each commit is there once;
        /// were one there twice, the engine takes its first record.
        var records: [CommitRecord] = []
        /// The file's identity and the end of its last valid segment (0: no valid header).
        var file: FileIdentity?
        var validEnd = 0
        /// True when part of the file had to be dropped (it is repaired on the next save).
        var damaged = false
    }

    struct FileIdentity: Equatable {
        var device: UInt64
        var inode: UInt64
    }

    func load() -> Contents {
        BackgroundWrites.wait()
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return Contents() }
        defer { close(fd) }
        guard let bytes = HistoryCache.readAll(fd) else { return Contents() }
        var contents = Contents()
        contents.file = HistoryCache.identity(fd)
        var reader = ByteReader(bytes)
        guard let header = readHeader(&reader) else { return Contents(damaged: !bytes.isEmpty) }
        contents.validEnd = header
        contents.damaged = !HistoryCache.scanSegments(bytes, from: header, end: &contents.validEnd) { records in
            // The first segment's array is taken as it is (no copy of every record).
            if contents.records.isEmpty { contents.records = records } else { contents.records += records }
        }
        return contents
    }

    /// Reads the valid segments of `bytes` from `offset`, calling `body` with each one's records
    /// and moving `end` past it. False when it stopped before the end of `bytes` (a torn or
    /// damaged segment).
    private static func scanSegments(_ bytes: [UInt8], from offset: Int, end: inout Int, _ body: ([CommitRecord]) -> Void) -> Bool {
        var reader = ByteReader(bytes, offset: offset)
        while !reader.atEnd {
            guard let length = reader.u32(), let sum = reader.u64(), let payload = reader.bytes(Int(length)) else { return false }
            var hash = FNV1a()
            hash.add(payload)
            guard hash.value == sum, let records = HistoryCache.decode(payload) else { return false }
            body(records)
            end = reader.offset
        }
        return true
    }

    private func readHeader(_ reader: inout ByteReader) -> Int? {
        guard let m = reader.bytes(HistoryCache.magic.count), m == HistoryCache.magic,
              reader.u32() == HistoryCache.formatVersion, reader.u32() == HistoryCache.engineVersion,
              let n = reader.u32(), let p = reader.bytes(Int(n)), p == Array(prefix.utf8) else { return nil }
        return reader.offset
    }

    private func header() -> [UInt8] {
        var w = ByteWriter()
        w.raw(HistoryCache.magic)
        w.u32(HistoryCache.formatVersion)
        w.u32(HistoryCache.engineVersion)
        let p = Array(prefix.utf8)
        w.u32(UInt32(p.count))
        w.raw(p)
        return w.bytes
    }

    /// Appends one segment with the records of `newRecords` that no other run wrote since
    /// `previous` was read, and repairs a torn or damaged tail. Failing to write a cache is never
    /// an error for the caller: the next run recomputes.
    func save(previous: Contents, newRecords: [CommitRecord]) {
        guard !newRecords.isEmpty || previous.damaged else { return }
        let folder = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let lock = open(url.path + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lock >= 0 else { return }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 { guard errno == EINTR else { return } }
        defer { flock(lock, LOCK_UN) }
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let expected = header()
        var end: Int
        var written: Set<ObjectID> = []
        let size = HistoryCache.size(fd)
        if size < expected.count || HistoryCache.readBytes(fd, at: 0, count: expected.count) != expected {
            // No cache yet, or one of another version or folder: start over.
            guard ftruncate(fd, 0) == 0, HistoryCache.writeBytes(fd, expected, at: 0) else { return }
            end = expected.count
        } else {
            // Only what was appended since our own read needs reading (and deduplicating).
            let resume = previous.file == HistoryCache.identity(fd) && previous.validEnd >= expected.count && previous.validEnd <= size
            let start = resume ? previous.validEnd : expected.count
            guard let tail = HistoryCache.readBytes(fd, at: start, count: size - start) else { return }
            var validTail = 0
            _ = HistoryCache.scanSegments(tail, from: 0, end: &validTail) { records in
                for r in records { written.insert(r.id) }
            }
            end = start + validTail
            if end < size { guard ftruncate(fd, off_t(end)) == 0 else { return } }
        }
        let fresh = newRecords.filter { !written.contains($0.id) }
        guard !fresh.isEmpty else { return }
        let payload = HistoryCache.encode(fresh)
        var hash = FNV1a()
        hash.add(payload)
        var w = ByteWriter()
        w.u32(UInt32(payload.count))
        w.u64(hash.value)
        w.raw(payload)
        if !HistoryCache.writeBytes(fd, w.bytes, at: end) {
            // A short write (disk full): leave no torn segment behind.
            _ = ftruncate(fd, off_t(end))
        }
    }

    /// `save`, done on another thread while the caller goes on (the report is assembled and
    /// printed meanwhile). The process waits for it before it exits (`BackgroundWrites`), and
    /// `load` waits for it too, so the file is complete on disk for whoever reads it next.
    func saveInBackground(previous: Contents, newRecords: [CommitRecord]) {
        guard !newRecords.isEmpty || previous.damaged else { return }
        let cache = self
        BackgroundWrites.start { cache.save(previous: previous, newRecords: newRecords) }
    }

    // MARK: File access

    private static func identity(_ fd: Int32) -> FileIdentity? {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        return FileIdentity(device: UInt64(st.st_dev), inode: UInt64(st.st_ino))
    }

    private static func size(_ fd: Int32) -> Int {
        var st = stat()
        return fstat(fd, &st) == 0 ? Int(st.st_size) : 0
    }

    /// The whole file, read to its end whatever its size was when it was opened.
    private static func readAll(_ fd: Int32) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(max(size(fd), 0) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { return out }
            out.append(contentsOf: chunk[0..<n])
        }
    }

    private static func readBytes(_ fd: Int32, at offset: Int, count: Int) -> [UInt8]? {
        guard count > 0 else { return count == 0 ? [] : nil }
        var out = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = out.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { return Array(out[0..<done]) }
            done += n
        }
        return out
    }

    private static func writeBytes(_ fd: Int32, _ bytes: [UInt8], at offset: Int) -> Bool {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + done, bytes.count - done, off_t(offset + done)) }
            if n < 0 { if errno == EINTR { continue }; return false }
            done += n
        }
        return true
    }

    // MARK: Records

    static func encode(_ records: [CommitRecord]) -> [UInt8] {
        var strings: [String: Int] = [:]
        var table: [String] = []
        func index(_ s: String) -> Int {
            if let i = strings[s] { return i }
            strings[s] = table.count
            table.append(s)
            return table.count - 1
        }
        var body = ByteWriter()
        body.varint(UInt64(records.count))
        for r in records {
            body.raw(r.id.bytes)
            body.raw(r.tree.bytes)
            body.varint(UInt64(r.parents.count))
            for p in r.parents { body.raw(p.bytes) }
            body.varint(UInt64(index(r.authorName)))
            body.varint(UInt64(index(r.authorEmail)))
            body.zigzag(r.authorTime)
            body.zigzag(Int64(r.authorOffset))
            body.varint(UInt64(index(r.committerName)))
            body.varint(UInt64(index(r.committerEmail)))
            body.zigzag(r.committerTime)
            body.zigzag(Int64(r.committerOffset))
            body.varint(UInt64(index(r.summary)))
            body.byte(r.signature?.rawValue ?? 0)
            body.byte((r.boundary ? 1 : 0) | (r.unreadableTree ? 2 : 0))
            body.varint(UInt64(r.coAuthors.count))
            for c in r.coAuthors {
                body.varint(UInt64(index(c.name)))
                body.varint(UInt64(index(c.email)))
            }
            body.varint(UInt64(r.files.count))
            for f in r.files {
                body.varint(UInt64(index(f.path)))
                body.byte(statusCode(f.status))
                body.byte((f.isBinary ? 1 : 0) | (f.unreadable ? 2 : 0))
                body.varint(UInt64(f.added))
                body.varint(UInt64(f.removed))
            }
            body.varint(UInt64(r.events.count))
            for e in r.events {
                let (code, args) = EventCode.encode(e.kind)
                body.byte(code)
                body.varint(UInt64(index(e.item)))
                body.varint(UInt64(args.count))
                for a in args { body.varint(UInt64(index(a))) }
            }
        }
        var w = ByteWriter()
        w.stringTable(table)
        w.raw(body.bytes)
        return w.bytes
    }

    static func decode(_ payload: [UInt8]) -> [CommitRecord]? {
        var r = ByteReader(payload)
        guard let table = r.stringTable() else { return nil }
        func string() -> String? {
            guard let i = r.varint(), i < UInt64(table.count) else { return nil }
            return table[Int(i)]
        }
        func id() -> ObjectID? { r.objectID() }
        guard let recordCount = r.varint(), recordCount <= UInt64(payload.count) else { return nil }
        var out: [CommitRecord] = []
        out.reserveCapacity(Int(recordCount))
        for _ in 0..<recordCount {
            guard let commitID = id(), let tree = id(), let parentCount = r.varint(), parentCount < 1_000 else { return nil }
            var parents: [ObjectID] = []
            for _ in 0..<parentCount { guard let p = id() else { return nil }; parents.append(p) }
            guard let an = string(), let ae = string(), let at = r.zigzag(), let ao = r.zigzag(),
                  let cn = string(), let ce = string(), let ct = r.zigzag(), let co = r.zigzag(),
                  let summary = string(), let signatureCode = r.byte(), let flags = r.byte(),
                  let coCount = r.varint(), coCount < 10_000 else { return nil }
            var coAuthors: [RawIdentity] = []
            for _ in 0..<coCount {
                guard let n = string(), let e = string() else { return nil }
                coAuthors.append(RawIdentity(name: n, email: e))
            }
            guard let fileCount = r.varint(), fileCount <= UInt64(payload.count) else { return nil }
            var files: [RawFile] = []
            files.reserveCapacity(Int(fileCount))
            for _ in 0..<fileCount {
                guard let path = string(), let s = r.byte(), let status = statusFromCode(s), let b = r.byte(),
                      let added = r.varint(), let removed = r.varint() else { return nil }
                files.append(RawFile(path: path, status: status, added: Int(added), removed: Int(removed), isBinary: b & 1 != 0, unreadable: b & 2 != 0))
            }
            guard let eventCount = r.varint(), eventCount <= UInt64(payload.count) else { return nil }
            var events: [RawEvent] = []
            for _ in 0..<eventCount {
                guard let code = r.byte(), let item = string(), let argc = r.varint(), argc < 10_000 else { return nil }
                var args: [String] = []
                for _ in 0..<argc { guard let a = string() else { return nil }; args.append(a) }
                guard let kind = EventCode.decode(code, args) else { return nil }
                events.append(RawEvent(kind: kind, item: item))
            }
            out.append(CommitRecord(id: commitID, tree: tree, parents: parents, authorName: an, authorEmail: ae, authorTime: at,
                                    authorOffset: Int32(truncatingIfNeeded: ao), committerName: cn, committerEmail: ce, committerTime: ct,
                                    committerOffset: Int32(truncatingIfNeeded: co), summary: summary, coAuthors: coAuthors, files: files, events: events,
                                    signature: SignatureFormat(rawValue: signatureCode), boundary: flags & 1 != 0, unreadableTree: flags & 2 != 0))
        }
        return r.atEnd ? out : nil
    }

    static func statusCode(_ s: FileChange.Status) -> UInt8 {
        switch s {
        case .added: return 0
        case .modified: return 1
        case .deleted: return 2
        case .renamed: return 3
        }
    }

    static func statusFromCode(_ c: UInt8) -> FileChange.Status? {
        switch c {
        case 0: return .added
        case 1: return .modified
        case 2: return .deleted
        case 3: return .renamed
        default: return nil
        }
    }
}

extension ByteReader {
    /// 20 bytes as an object id, without copying them into an array first.
    mutating func objectID() -> ObjectID? {
        guard let start = take(20) else { return nil }
        return data.withUnsafeBytes { ObjectID(rawBytes: UnsafeRawBufferPointer(rebasing: $0[start..<start + 20])) }
    }
}

/// Writes of derived files (the history cache) that run on another thread while the command
/// goes on, and that the process finishes before it exits: `exit` and a return from `main`
/// run the `atexit` handler, which waits for them. A process killed meanwhile leaves at worst
/// a torn tail, which the cache's readers skip and its next writer cuts (`HistoryCache.save`).
enum BackgroundWrites {
    private static let queue = DispatchQueue(label: "jalon.background-writes")
    private static let group = DispatchGroup()
    private static let registered: Void = { atexit { BackgroundWrites.wait() } }()

    /// Runs `work` on the writes' own thread, after the writes started before it.
    static func start(_ work: @escaping @Sendable () -> Void) {
        _ = registered
        queue.async(group: group, execute: work)
    }

    /// Returns once every write started so far is done.
    static func wait() { group.wait() }
}
