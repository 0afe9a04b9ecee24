/// Little-endian bytes, varints and a checksum for the caches Jalon keeps beside a repository
/// (the history cache, the contribution tally): hand-written because they are a few lines, and
/// Codable coders are far too slow for hundreds of thousands of small values.

/// 64-bit FNV-1a: fast, and enough to notice a torn or damaged file (not a security measure —
/// the cache holds nothing that is not recomputed from the repository).
public struct FNV1a {
    @inlinable public init() {}

    public var value: UInt64 = 0xcbf2_9ce4_8422_2325

    @inlinable public mutating func add(_ bytes: [UInt8]) {
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

public struct ByteWriter {
    public var bytes: [UInt8] = []

    @inlinable public init() {}

    @inlinable public mutating func raw(_ b: [UInt8]) { bytes.append(contentsOf: b) }
    @inlinable public mutating func byte(_ b: UInt8) { bytes.append(b) }
    @inlinable public mutating func u32(_ v: UInt32) { for i in 0..<4 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt32(i)))) } }
    @inlinable public mutating func u64(_ v: UInt64) { for i in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: v >> (8 * UInt64(i)))) } }
    @inlinable public mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }
    @inlinable public mutating func zigzag(_ v: Int64) { varint(UInt64(bitPattern: (v << 1) ^ (v >> 63))) }

    /// A count, then each string as its UTF-8 length and bytes: the table the caches' string
    /// indexes point into.
    public mutating func stringTable(_ table: [String]) {
        varint(UInt64(table.count))
        for s in table {
            let utf8 = Array(s.utf8)
            varint(UInt64(utf8.count))
            raw(utf8)
        }
    }
}

public struct ByteReader {
    public let data: [UInt8]
    public var offset = 0

    @inlinable public init(_ data: [UInt8], offset: Int = 0) {
        self.data = data
        self.offset = offset
    }

    @inlinable public var atEnd: Bool { offset >= data.count }

    @inlinable public mutating func byte() -> UInt8? {
        guard offset < data.count else { return nil }
        defer { offset += 1 }
        return data[offset]
    }

    @inlinable public mutating func bytes(_ n: Int) -> [UInt8]? {
        guard n >= 0, offset + n <= data.count else { return nil }
        defer { offset += n }
        return Array(data[offset..<offset + n])
    }

    /// Moves past `n` bytes and returns where they start, or nil when fewer are left.
    @inlinable public mutating func take(_ n: Int) -> Int? {
        guard n >= 0, offset + n <= data.count else { return nil }
        defer { offset += n }
        return offset
    }

    @inlinable public mutating func string(_ n: Int) -> String? {
        guard n >= 0, offset + n <= data.count else { return nil }
        defer { offset += n }
        return data.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[offset..<offset + n]), as: UTF8.self) }
    }

    @inlinable public mutating func u32() -> UInt32? {
        guard offset + 4 <= data.count else { return nil }
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(data[offset + i]) << (8 * UInt32(i)) }
        offset += 4
        return v
    }

    @inlinable public mutating func u64() -> UInt64? {
        guard offset + 8 <= data.count else { return nil }
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(data[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return v
    }

    @inlinable public mutating func varint() -> UInt64? {
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

    /// What `ByteWriter.stringTable` wrote; nil when the bytes cannot be one.
    public mutating func stringTable() -> [String]? {
        guard let count = varint(), count <= UInt64(data.count) else { return nil }
        var table: [String] = []
        table.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let n = varint(), n <= UInt64(data.count), let s = string(Int(n)) else { return nil }
            table.append(s)
        }
        return table
    }

    @inlinable public mutating func zigzag() -> Int64? {
        guard let v = varint() else { return nil }
        return Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1)))
    }
}
