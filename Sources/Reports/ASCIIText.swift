import Foundation

/// Text for terminals that only show ASCII (`--ascii`), and user text cleaned of control
/// characters so a title cannot carry terminal escape sequences.
enum ASCIIText {
    /// Control characters (escape, tab, newline…) become spaces.
    static func removingControls(_ s: String) -> String {
        // Fast path: printable ASCII (most text) has no control character to remove.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s }
        guard s.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            out.append(u.properties.generalCategory == .control ? " " : u)
        }
        return String(out)
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
