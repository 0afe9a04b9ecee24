import BoardCore
import Foundation

/// Text for terminals that only show ASCII (`--ascii`), and user text cleaned of control
/// characters so a title cannot carry terminal escape sequences.
enum ASCIIText {
    /// One line of user text for a cell: tab and newline become spaces, and every other
    /// control character or bidirectional override its visible escape (`SafeText`, the one
    /// sanitizer).
    static func removingControls(_ s: String) -> String {
        // Fast path: printable ASCII (most text) has no control character to remove.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s }
        // No C0 control or DEL byte (accented text, typographic quotes): no line end to flatten.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) { return SafeText.visible(s) }
        let flat = s.contains(where: { $0 == "\n" || $0 == "\t" || $0 == "\r\n" })
            ? String(String.UnicodeScalarView(s.unicodeScalars.map { $0 == "\n" || $0 == "\t" ? " " : $0 })) : s
        return SafeText.visible(flat)
    }

    /// `s` in ASCII: accents dropped (é → e), common typography replaced (« » → ", … → ...),
    /// anything else → `?`.
    static func fold(_ s: String) -> String {
        guard !s.allSatisfy(\.isASCII) else { return s }
        var out = ""
        for c in s {
            if c.isASCII { out.append(c); continue }
            if let replacement = replacements[c] { out += replacement; continue }
            let base = String(c).decomposedStringWithCanonicalMapping.unicodeScalars.filter(\.isASCII)
            if !base.isEmpty {
                out.unicodeScalars.append(contentsOf: base)
            } else if DisplayWidth.of(c) > 0 {
                out.append("?")
            }
        }
        return out
    }

    private static let replacements: [Character: String] = [
        "«": "\"", "»": "\"", "“": "\"", "”": "\"", "„": "\"", "‘": "'", "’": "'", "‹": "<", "›": ">",
        "…": "...", "–": "-", "—": "-", "−": "-", "→": "->", "←": "<-", "•": "*", "·": ".",
        "\u{00A0}": " ", "\u{202F}": " ", "\u{2009}": " ", "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE",
        "ß": "ss", "€": "EUR", "×": "x", "✓": "v", "✔": "v", "✗": "x", "°": "o",
    ]
}
