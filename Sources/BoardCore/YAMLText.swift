/// Writes YAML scalars deterministically: plain when that reads back as the same string,
/// double-quoted otherwise.
public enum YAMLText {
    private static let reservedWords: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]
    private static let leadingIndicators: Set<Character> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`", "="]
    private static let flowIndicators: Set<Character> = [",", "[", "]", "{", "}"]

    /// The scalar as YAML text. `inFlow` is for items of a `[a, b]` list.
    public static func scalar(_ value: String, inFlow: Bool = false) -> String {
        isSafePlain(value, inFlow: inFlow) ? value : quoted(value)
    }

    public static func list(_ values: [String]) -> String {
        "[" + values.map { scalar($0, inFlow: true) }.joined(separator: ", ") + "]"
    }

    static func isSafePlain(_ s: String, inFlow: Bool) -> Bool {
        guard let first = s.first, let last = s.last else { return false }
        if first.isWhitespace || last.isWhitespace || leadingIndicators.contains(first) || last == ":" { return false }
        if reservedWords.contains(s.lowercased()) { return false }
        if s.contains(": ") || s.contains(" #") || s.contains("\t") { return false }
        for ch in s.unicodeScalars where ch.value < 0x20 || (0x7F...0x9F).contains(ch.value) || ch.value == 0x2028 || ch.value == 0x2029 || ch.value == 0xFEFF {
            return false
        }
        if inFlow, s.contains(where: { flowIndicators.contains($0) }) || s.contains(":") { return false }
        // Anything that a YAML 1.1 or 1.2 reader could take for a number, date or time.
        if let firstScalar = s.unicodeScalars.first, "+-.0123456789".unicodeScalars.contains(firstScalar),
           s.unicodeScalars.allSatisfy({ "+-._:0123456789eExXoOabcdefABCDEFinfINFnaNtT ".unicodeScalars.contains($0) }) {
            return false
        }
        return true
    }

    public static func quoted(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if ch.value < 0x20 || ch.value == 0x7F {
                    out += String(format: "\\x%02X", ch.value)
                } else if (0x80...0x9F).contains(ch.value) || ch.value == 0x2028 || ch.value == 0x2029 || ch.value == 0xFEFF {
                    // C1 controls too: a board file holds no raw control character (FileText).
                    out += String(format: "\\u%04X", ch.value)
                } else {
                    out.unicodeScalars.append(ch)
                }
            }
        }
        return out + "\""
    }
}

import Foundation
