/// Git trailers (`Key: value` lines of a commit message), read one way for every reader of
/// history (the history engine's co-authors, `jalon log`'s action and items): the key compared
/// without case, on a line of its own anywhere in the message, the value trimmed.
import Foundation

public enum Trailers {
    /// The values of every `key:` line, in message order.
    public static func values(_ key: String, in message: String) -> [String] {
        let prefix = key.lowercased() + ":"
        guard mayContain(message, prefix) else { return [] }
        var out: [String] = []
        for line in message.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.lowercased().hasPrefix(prefix) else { continue }
            out.append(trimmed.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces))
        }
        return out
    }

    /// A `Name <email>` value as its name and email (the name is the email when empty; the
    /// email is empty when the value has none).
    public static func identity(_ value: String) -> (name: String, email: String)? {
        if let open = value.lastIndex(of: "<"), let close = value.lastIndex(of: ">"), open < close {
            let name = value[..<open].trimmingCharacters(in: .whitespaces)
            let email = value[value.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            return (name.isEmpty ? email : name, email)
        }
        return value.isEmpty ? nil : (value, "")
    }

    /// False only when no line can hold `prefix` (lowercased) in any case, which most messages
    /// do not: for an ASCII prefix a byte scan that folds ASCII letters, Foundation's search
    /// otherwise, and also for a prefix with a `k` (the Kelvin sign lowercases to it; no other
    /// character lowercases to one ASCII letter). Far cheaper than
    /// `range(of:options: .caseInsensitive)` on every commit of a history.
    static func mayContain(_ message: String, _ prefix: String) -> Bool {
        let needle = Array(prefix.utf8)
        guard !needle.isEmpty, needle.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "k") }) else { return message.range(of: prefix, options: .caseInsensitive) != nil }
        func folded(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        let found = message.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let m = needle.count
            guard bytes.count >= m else { return false }
            let first = needle[0]
            var i = 0
            while i <= bytes.count - m {
                if folded(bytes[i]) == first {
                    var k = 1
                    while k < m && folded(bytes[i + k]) == needle[k] { k += 1 }
                    if k == m { return true }
                }
                i += 1
            }
            return false
        }
        return found ?? (message.range(of: prefix, options: .caseInsensitive) != nil)
    }
}
