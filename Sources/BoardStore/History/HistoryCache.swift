import BoardCore
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
/// A run that computes new commits appends one segment (the whole file is rewritten to a
/// temporary file and renamed over the old one, so readers never see half a file). Two runs
/// racing at worst lose one segment, which the next run recomputes.
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

    /// What was read: the records, and the valid bytes of the file (kept when appending).
    struct Contents {
        /// In file order; a commit may appear twice when two runs raced (the first one counts).
        var records: [CommitRecord] = []
        var validBytes: [UInt8] = []
        /// True when part of the file had to be dropped (it is rewritten on the next save).
        var damaged = false
    }

    func load() -> Contents {
        guard let data = FileManager.default.contents(atPath: url.path) else { return Contents() }
        let bytes = [UInt8](data)
        var contents = Contents()
        var reader = ByteReader(bytes)
        guard let header = readHeader(&reader) else { return Contents(damaged: !bytes.isEmpty) }
        contents.validBytes = Array(bytes[0..<header])
        while !reader.atEnd {
            let start = reader.offset
            guard let length = reader.u32(), let sum = reader.u64(), let payload = reader.bytes(Int(length)) else {
                contents.damaged = true
                break
            }
            var hash = FNV1a()
            hash.add(payload)
            guard hash.value == sum, let records = HistoryCache.decode(payload) else {
                contents.damaged = true
                break
            }
            contents.records += records
            contents.validBytes += bytes[start..<reader.offset]
        }
        return contents
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

    /// Writes the valid part read before plus one segment with `newRecords`. Failing to write a
    /// cache is never an error for the caller: the next run recomputes.
    func save(previous: Contents, newRecords: [CommitRecord]) {
        guard !newRecords.isEmpty || previous.damaged else { return }
        var out = previous.validBytes.isEmpty ? header() : previous.validBytes
        if !newRecords.isEmpty {
            let payload = HistoryCache.encode(newRecords)
            var hash = FNV1a()
            hash.add(payload)
            var w = ByteWriter()
            w.u32(UInt32(payload.count))
            w.u64(hash.value)
            out += w.bytes
            out += payload
        }
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
            try Data(out).write(to: temporary)
            if rename(temporary.path, url.path) != 0 { try? fm.removeItem(at: temporary) }
        } catch {
            return
        }
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
        w.varint(UInt64(table.count))
        for s in table {
            let utf8 = Array(s.utf8)
            w.varint(UInt64(utf8.count))
            w.raw(utf8)
        }
        w.raw(body.bytes)
        return w.bytes
    }

    static func decode(_ payload: [UInt8]) -> [CommitRecord]? {
        var r = ByteReader(payload)
        guard let count = r.varint(), count <= UInt64(payload.count) else { return nil }
        var table: [String] = []
        table.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let n = r.varint(), let s = r.string(Int(n)) else { return nil }
            table.append(s)
        }
        func string() -> String? {
            guard let i = r.varint(), i < UInt64(table.count) else { return nil }
            return table[Int(i)]
        }
        func id() -> ObjectID? { r.bytes(20).flatMap { ObjectID(bytes: $0) } }
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

/// 64-bit FNV-1a: fast, and enough to notice a torn or damaged file (not a security measure —
/// the cache holds nothing that is not recomputed from the repository).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: [UInt8]) {
        var h = value
        bytes.withUnsafeBufferPointer { buffer in
            for b in buffer {
                h ^= UInt64(b)
                h = h &* 0x0000_0100_0000_01b3
            }
        }
        value = h
    }
}

struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func raw(_ b: [UInt8]) { bytes.append(contentsOf: b) }
    mutating func byte(_ b: UInt8) { bytes.append(b) }
    mutating func u32(_ v: UInt32) { for i in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt32(i)))) } }
    mutating func u64(_ v: UInt64) { for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) } }
    mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }
    mutating func zigzag(_ v: Int64) { varint(UInt64(bitPattern: (v << 1) ^ (v >> 63))) }
}

struct ByteReader {
    let data: [UInt8]
    private(set) var offset = 0

    init(_ data: [UInt8]) { self.data = data }

    var atEnd: Bool { offset >= data.count }

    mutating func byte() -> UInt8? {
        guard offset < data.count else { return nil }
        defer { offset += 1 }
        return data[offset]
    }

    mutating func bytes(_ n: Int) -> [UInt8]? {
        guard n >= 0, offset + n <= data.count else { return nil }
        defer { offset += n }
        return Array(data[offset..<offset + n])
    }

    mutating func string(_ n: Int) -> String? {
        guard n >= 0, offset + n <= data.count else { return nil }
        defer { offset += n }
        return data.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[offset..<offset + n]), as: UTF8.self) }
    }

    mutating func u32() -> UInt32? {
        guard offset + 4 <= data.count else { return nil }
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(data[offset + i]) << (8 * UInt32(i)) }
        offset += 4
        return v
    }

    mutating func u64() -> UInt64? {
        guard offset + 8 <= data.count else { return nil }
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(data[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return v
    }

    mutating func varint() -> UInt64? {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while offset < data.count, shift < 64 {
            let b = data[offset]
            offset += 1
            result |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
        }
        return nil
    }

    mutating func zigzag() -> Int64? {
        guard let v = varint() else { return nil }
        return Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1)))
    }
}
