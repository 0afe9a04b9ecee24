/// The one sanitizer of text shown to people. Board files are written by anyone with push
/// access, so a title may carry terminal escapes (ESC, OSC, BEL, backspace, CR, C1 controls)
/// that repaint the screen, or bidirectional overrides (U+202A–202E, U+2066–2069) that show
/// text in another order than it reads. Every text output goes through `visible`, once, at the
/// output (see `RunEnvironment` in JalonCLI), and HTML, CSV and chart renderers use it for cells.
public enum SafeText {
    /// `text` with every such character replaced by its visible escape `\u001B` (also a valid
    /// JSON escape, so JSON output keeps meaning the same string). Line feed and tab stay.
    /// `keepingStyle`: Jalon's own colour codes (`ESC[` digits `m`, only written to a terminal)
    /// are kept; any other escape sequence is still shown escaped.
    public static func visible(_ text: String, keepingStyle: Bool = false) -> String {
        // Fast path, on the UTF-8 bytes: nothing to escape (a report of thousands of commits is
        // megabytes of JSON, mostly ASCII with a few accented names).
        if !mayNeedEscape(text) { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let u = scalars[i]
            if keepingStyle, u.value == 0x1B, let end = styleEnd(scalars, from: i) {
                out.append(contentsOf: scalars[i...end])
                i = end + 1
                continue
            }
            if needsEscape(u) {
                let hex = String(u.value, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
            } else {
                out.append(u)
            }
            i += 1
        }
        return String(out)
    }

    /// False when no character of `text` is one `needsEscape` accepts, judged on the UTF-8 bytes:
    /// C0 controls but line feed and tab, DEL, C1 controls (`C2 80`…`C2 9F`) and the
    /// bidirectional controls (`E2 80 AA`…`AE`, `E2 81 A6`…`A9`).
    static func mayNeedEscape(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x20 { if b != 0x0A && b != 0x09 { return true } }
                else if b == 0x7F { return true }
                else if b == 0xC2 { if i + 1 < n, bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9F { return true } }
                else if b == 0xE2, i + 2 < n {
                    // Only U+202A…202E and U+2066…2069: typographic quotes and dashes (E2 80 9x)
                    // are common in French and English text and need nothing.
                    let b1 = bytes[i + 1], b2 = bytes[i + 2]
                    if (b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9) { return true }
                }
                i += 1
            }
            return false
        }
    }

    /// True for the characters `visible` replaces.
    public static func needsEscape(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x0A, 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// The index of the `m` ending `ESC [ digits(;digits)* m` at `start`, if the sequence is one.
    private static func styleEnd(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 2 < s.count, s[start + 1] == "[" else { return nil }
        var j = start + 2
        while j < s.count, j - start < 12 {
            let c = s[j]
            if c == "m" { return j > start + 2 ? j : nil }
            guard ("0"..."9").contains(c) || c == ";" else { return nil }
            j += 1
        }
        return nil
    }
}
