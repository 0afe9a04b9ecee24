/// Git trailers (`Key: value` lines of a commit message), read one way for every reader of
/// history (the history engine's co-authors, `jalon log`'s action and items): the key compared
/// without case, on a line of its own anywhere in the message, the value trimmed.
import Foundation

public enum Trailers {
    /// The values of every `key:` line, in message order.
    public static func values(_ key: String, in message: String) -> [String] {
        let prefix = key.lowercased() + ":"
        guard message.range(of: prefix, options: .caseInsensitive) != nil else { return [] }
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
}
