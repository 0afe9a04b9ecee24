/// Ids of tasks and milestones: a kind letter, the creator's member code and the creator's own
/// counter, e.g. `T-A12` (Alice's twelfth task) or `M-B2`. Two members never draw from the same
/// counter, so ids made in two clones never collide when the clones are merged; see README.
public struct ItemID: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// `T` task, `M` milestone, `D` document (`docs/`), `R` meeting minutes (*réunion*, `meetings/`).
    public enum Kind: String, Sendable { case task = "T", milestone = "M", document = "D", meeting = "R" }

    public let kind: Kind
    public let code: String
    public let number: Int

    public init(kind: Kind, code: String, number: Int) {
        self.kind = kind
        self.code = code
        self.number = number
    }

    /// Parses `T-A12`, `t-a12`, `M-BO3`; nil for anything else.
    public init?(_ text: String) {
        // Byte-level: ids are parsed thousands of times when a board is read.
        var text = text
        guard let id = text.withUTF8({ ItemID.parse($0) }) else { return nil }
        self = id
    }

    /// Parses UTF-8 bytes that spell an id as Jalon writes it (`T-A12`, not `t-a12`): a file
    /// name's stem, without making a string first.
    init?(written bytes: UnsafeBufferPointer<UInt8>) {
        // The parse takes lower case only in the letters and refuses a leading zero, so the
        // written form is the bytes exactly when they hold no lower-case letter.
        guard !bytes.contains(where: { $0 >= 0x61 && $0 <= 0x7A }), let id = ItemID.parse(bytes) else { return nil }
        self = id
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ItemID? {
        func upper(_ b: UInt8) -> UInt8 { (b >= 0x61 && b <= 0x7A) ? b - 0x20 : b }
        guard bytes.count >= 4, bytes[1] == 0x2D else { return nil }
        let kind: Kind
        switch upper(bytes[0]) {
        case 0x54: kind = .task
        case 0x4D: kind = .milestone
        case 0x44: kind = .document
        case 0x52: kind = .meeting
        default: return nil
        }
        var i = 2
        while i < bytes.count, upper(bytes[i]) >= 0x41, upper(bytes[i]) <= 0x5A { i += 1 }
        let codeEnd = i
        guard (1...3).contains(codeEnd - 2), i < bytes.count, bytes[i] != 0x30, bytes.count - i <= 9 else { return nil }
        var number = 0
        while i < bytes.count {
            guard bytes[i] >= 0x30, bytes[i] <= 0x39 else { return nil }
            number = number * 10 + Int(bytes[i] - 0x30)
            i += 1
        }
        // Written in place: a lazily upper-cased view went through a dynamic cast and the
        // repairing decoder, most of the parse.
        let code = String(unsafeUninitializedCapacity: codeEnd - 2) { out in
            for k in 2..<codeEnd { out[k - 2] = upper(bytes[k]) }
            return codeEnd - 2
        }
        return ItemID(kind: kind, code: code, number: number)
    }

    public var description: String { "\(kind.rawValue)-\(code)\(number)" }

    public static func < (a: ItemID, b: ItemID) -> Bool {
        if a.kind != b.kind { return a.kind.order < b.kind.order }
        if a.code != b.code { return a.code < b.code }
        return a.number < b.number
    }

    /// The next id for `code`: one past the highest number that code has used in any of `known`.
    public static func next(kind: Kind, code: String, after known: some Sequence<ItemID>) -> ItemID {
        var highest = 0
        for id in known where id.kind == kind && id.code == code { highest = max(highest, id.number) }
        return ItemID(kind: kind, code: code, number: highest + 1)
    }
}

/// Member codes: the letters that start a member's ids.
public enum MemberCode {
    /// The code of someone who is not a member (a trainer, say). Never given to a member.
    public static let outsider = "X"

    /// A code for a new member `id`, unused by `taken`: its first letter, then its first two or
    /// three letters, then any free letter.
    public static func propose(for id: String, taken: Set<String>) -> String {
        let letters = id.uppercased().filter { $0.isASCII && $0.isLetter }
        var candidates: [String] = []
        for n in 1...3 where letters.count >= n { candidates.append(String(letters.prefix(n))) }
        if let first = letters.first {
            for other in letters.dropFirst() { candidates.append(String([first, other])) }
        }
        candidates += (65...90).map { String(UnicodeScalar($0)!) }
        return candidates.first { !taken.contains($0) && $0 != outsider } ?? "Q"
    }

    public static func isValid(_ code: String) -> Bool {
        (1...3).contains(code.count) && code.allSatisfy { $0.isASCII && $0.isUppercase }
    }
}

extension ItemID.Kind {
    /// Sort order of kinds: milestones, tasks (as before documents and minutes existed), then
    /// documents and meeting minutes.
    var order: Int {
        switch self {
        case .milestone: return 0
        case .task: return 1
        case .document: return 2
        case .meeting: return 3
        }
    }
}
