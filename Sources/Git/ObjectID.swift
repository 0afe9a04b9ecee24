import CLibGit2

/// A Git object id (SHA-1), as a plain value: its 20 bytes kept inline as three machine words,
/// so an id is never a heap allocation and hashing or comparing one is a few instructions (the
/// history engine handles hundreds of thousands of them).
public struct ObjectID: Hashable, Sendable, CustomStringConvertible, Comparable {
    /// Bytes 0–7, 8–15 and 16–19, loaded in memory order.
    private let a: UInt64
    private let b: UInt64
    private let c: UInt32

    init(_ oid: git_oid) {
        var copy = oid
        (a, b, c) = withUnsafeBytes(of: &copy.id) { raw in
            (raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
             raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
        }
    }

    init(_ pointer: UnsafePointer<git_oid>) { self.init(pointer.pointee) }

    public init?(hex: String) {
        guard hex.utf8.count == 40 else { return nil }
        var oid = git_oid()
        guard git_oid_fromstrn(&oid, hex, 40) == 0 else { return nil }
        self.init(oid)
    }

    /// The id whose 20 raw bytes these are; nil for any other length. Not generic, so a caller
    /// in another module (the history cache reads hundreds of thousands of ids) gets three loads,
    /// not an unspecialised walk over a collection.
    public init?(rawBytes raw: UnsafeRawBufferPointer) {
        guard raw.count == 20 else { return nil }
        (a, b, c) = (raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self), raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                     raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self))
    }

    /// The 20 raw bytes.
    public var bytes: [UInt8] { withUnsafeBytes(of: raw.id) { Array($0) } }

    var raw: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { dest in
            dest.storeBytes(of: a, toByteOffset: 0, as: UInt64.self)
            dest.storeBytes(of: b, toByteOffset: 8, as: UInt64.self)
            dest.storeBytes(of: c, toByteOffset: 16, as: UInt32.self)
        }
        return oid
    }

    public var hex: String {
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: 40) { out in
            withUnsafeBytes(of: raw.id) { bytes in
                digits.withUTF8Buffer { d in
                    for (i, byte) in bytes.enumerated() {
                        out[2 * i] = d[Int(byte >> 4)]
                        out[2 * i + 1] = d[Int(byte & 0xF)]
                    }
                }
            }
            return 40
        }
    }

    public var short: String { String(hex.prefix(8)) }
    public var description: String { hex }
    /// Byte order, as `git` sorts ids.
    public static func < (x: ObjectID, y: ObjectID) -> Bool {
        if x.a != y.a { return UInt64(bigEndian: x.a) < UInt64(bigEndian: y.a) }
        if x.b != y.b { return UInt64(bigEndian: x.b) < UInt64(bigEndian: y.b) }
        return UInt32(bigEndian: x.c) < UInt32(bigEndian: y.c)
    }
}
