/// Widths of text as a terminal shows it, in columns. `String.count` counts graphemes, but an
/// ideograph or an emoji takes two columns and a lone combining mark none, so every layout
/// in this module measures, pads and truncates with these functions instead.
public enum DisplayWidth {
    /// Columns `s` takes: per grapheme, 0 for combining marks and control characters, 2 for
    /// emoji and East Asian wide or fullwidth characters, 1 otherwise.
    public static func of(_ s: String) -> Int {
        // Fast path: text of one-column scalars that never join the next one (printable ASCII,
        // accented Latin letters, typographic quotes and dashes): one column per scalar, no
        // grapheme breaking needed.
        if let n = plainNarrowCount(s) { return n }
        var total = 0
        for c in s { total += of(c) }
        return total
    }

    /// The number of scalars of `s` when each is plain narrow (`isPlainNarrow`), else nil.
    /// Read on the string's UTF-8 bytes in place (a table measures thousands of cells): a
    /// Swift string is valid UTF-8, so a lead byte says how many bytes its scalar takes.
    static func plainNarrowCount(_ s: String) -> Int? {
        let counted = s.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var i = 0, n = 0
            let end = bytes.count
            while i < end {
                let b = bytes[i]
                if b < 0x80 {
                    guard b >= 0x20, b < 0x7F else { return nil }
                    i += 1
                } else if b < 0xE0 {
                    let v = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    guard (0xA0..<0xAD).contains(v) || (0xAE..<0x300).contains(v) else { return nil }
                    i += 2
                } else if b < 0xF0 {
                    let v = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    guard (0x2010...0x2027).contains(v) || (0x2030...0x205E).contains(v) else { return nil }
                    i += 3
                } else {
                    return nil
                }
                n += 1
            }
            return n
        }
        if let counted { return counted }
        return s.unicodeScalars.allSatisfy(isPlainNarrow) ? s.unicodeScalars.count : nil
    }

    /// Columns one grapheme takes.
    public static func of(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if c.isASCII { return first.value < 0x20 || first.value == 0x7F ? 0 : 1 }
        if scalars.allSatisfy(isZeroWidth) { return 0 }
        if first.properties.isEmojiPresentation || (0x1F1E6...0x1F1FF).contains(first.value) { return 2 }
        if first.properties.isEmoji, scalars.contains(where: { $0.value == 0xFE0F || $0.value == 0x200D || (0x1F3FB...0x1F3FF).contains($0.value) }) { return 2 }
        return isWide(first.value) ? 2 : 1
    }

    /// True when `s` has no line feed, tab or run of spaces (nothing `wrap` would collapse).
    private static func isOneLine(_ s: String) -> Bool {
        var previous: UInt8 = 0
        for b in s.utf8 {
            if b == 0x0A || b == 0x09 || (b == 0x20 && previous == 0x20) { return false }
            previous = b
        }
        return true
    }

    /// `s` cut to at most `width` columns, ending with `ellipsis` when something was cut.
    /// Never cuts inside a grapheme. ASCII callers pass `"..."`.
    public static func truncate(_ s: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(s) <= width { return s }
        var mark = ellipsis
        if of(mark) > width { mark = "" }
        let room = width - of(mark)
        var out = ""
        var used = 0
        for c in s {
            let w = of(c)
            if used + w > room { break }
            out.append(c)
            used += w
        }
        // "Dossier …" reads worse than "Dossier…".
        while out.last == " " { out.removeLast() }
        return out + mark
    }

    /// `s` padded with spaces to `width` columns (on the left when `alignRight`). A text
    /// already as wide or wider is returned unchanged.
    public static func pad(_ s: String, to width: Int, alignRight: Bool = false) -> String {
        let missing = width - of(s)
        guard missing > 0 else { return s }
        let fill = String(repeating: " ", count: missing)
        return alignRight ? fill + s : s + fill
    }

    /// `s` broken into lines of at most `width` columns, between words (see `words`); runs of
    /// spaces, tabs and line feeds collapse to one space. A word longer than a line is cut
    /// between graphemes, each cut piece ending with `cutMark` so the cut is never silent (the
    /// word goes on at the start of the next line); with `cutMark` nil such a word stands alone
    /// on its line, whole and wider than `width`.
    public static func wrap(_ s: String, to width: Int, cutMark: String? = "-") -> [String] {
        guard width > 0 else { return [] }
        // Fast path: one line already, no run of spaces or tab or line feed to collapse (a plan
        // prints thousands of such sentences).
        if !s.isEmpty, s.utf8.first != 0x20, s.utf8.last != 0x20, isOneLine(s), of(s) <= width {
            return [s]
        }
        let flat = s.utf8.contains(where: { $0 == 0x0A || $0 == 0x09 }) && s.contains(where: { $0 == "\n" || $0 == "\t" }) ? String(s.map { $0 == "\n" || $0 == "\t" ? " " : $0 }) : s
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in words(flat) {
            var rest = word.text
            var restWidth = of(rest)
            if lineWidth > 0 {
                if lineWidth + 1 + restWidth <= width {
                    line += " " + rest
                    lineWidth += 1 + restWidth
                    continue
                }
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            if let cutMark {
                let mark = of(cutMark) < width ? cutMark : ""
                while restWidth > width {
                    var head = ""
                    var headWidth = 0
                    var index = rest.startIndex
                    while index < rest.endIndex {
                        let w = of(rest[index])
                        if headWidth + w > width - of(mark) { break }
                        head.append(rest[index])
                        headWidth += w
                        index = rest.index(after: index)
                    }
                    if head.isEmpty { // a grapheme wider than the line: keep it alone
                        head = String(rest[index])
                        index = rest.index(after: index)
                        lines.append(head)
                    } else {
                        lines.append(head + mark)
                    }
                    rest = String(rest[index...])
                    restWidth = of(rest)
                }
            }
            line = rest
            lineWidth = restWidth
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The words of a line, each with the spaces written before it. This is the one rule of
    /// where Jalon breaks a line, which every wrapper follows (`wrap`, `TerminalStyle.fold`,
    /// Markdown shown as text, report paragraphs, help pages): between words, except that a
    /// word French typography sets after a space (`%`, `€`, `:`, `;`, `!`, `?`, `»`, `”`, `—`)
    /// stays with the word before it, and `«` or `“` with the word after it. So "24 %",
    /// "Total : 3 h" or "« jalon plan »" never break before their sign, whichever way the text
    /// was written (a plain space, as the French outputs write it, or a typed one).
    public static func words(_ line: String) -> [(gap: String, text: String)] {
        var raw: [(gap: String, text: String)] = []
        if plainNarrowCount(line) != nil {
            // Each scalar is a grapheme of its own there (see `of`), so the spaces are found
            // on the UTF-8 bytes and the words cut between them (a board wraps every title).
            let bytes = line.utf8
            var i = bytes.startIndex
            var gapStart = i
            while i < bytes.endIndex {
                while i < bytes.endIndex, bytes[i] == 0x20 { bytes.formIndex(after: &i) }
                guard i < bytes.endIndex else { break }
                let wordStart = i
                while i < bytes.endIndex, bytes[i] != 0x20 { bytes.formIndex(after: &i) }
                raw.append((String(line[gapStart..<wordStart]), String(line[wordStart..<i])))
                gapStart = i
            }
        } else {
            var gap = ""
            var word = ""
            for c in line {
                if c == " " {
                    if !word.isEmpty { raw.append((gap, word)); gap = ""; word = "" }
                    gap.append(c)
                } else { word.append(c) }
            }
            if !word.isEmpty { raw.append((gap, word)) }
        }
        var out: [(gap: String, text: String)] = []
        for w in raw {
            if let last = out.last, bindsToNext(last.text) || bindsToPrevious(w.text) {
                out[out.count - 1].text += w.gap + w.text
            } else { out.append(w) }
        }
        return out
    }

    /// `s` with each space that `words` keeps inside a word made a no-break space (U+00A0),
    /// for outputs another program lays out (HTML); every other character as it was.
    public static func keepingSignsTogether(_ s: String) -> String {
        guard s.contains(" "), s.contains(where: { "%€»”:;!?—«“".contains($0) }) else { return s }
        var out = ""
        for w in words(s) { out += w.gap + w.text.replacingOccurrences(of: " ", with: "\u{00A0}") }
        // words() leaves out the spaces after the last word.
        out += String(s.reversed().prefix { $0 == " " })
        return out
    }

    /// True for a word that must not start a line: it belongs to the word before (`%`, `%)`,
    /// `»`, `:` …). See `words`.
    public static func bindsToPrevious(_ word: String) -> Bool {
        // Each of these signs starts with `%`, `:`, `;`, `!`, `?` or a byte above ASCII.
        guard let lead = word.utf8.first, lead >= 0x80 || lead == 0x25 || lead == 0x3A || lead == 0x3B || lead == 0x21 || lead == 0x3F,
              let first = word.first else { return false }
        return "%€»”".contains(first) || [":", ";", "!", "?", "!?", "?!", "—"].contains(word)
    }

    /// True for a word that must not end a line: it opens the word after (`«`, `“`).
    public static func bindsToNext(_ word: String) -> Bool { (word.utf8.first ?? 0) >= 0x80 && (word == "«" || word == "“") }

    /// Printable ASCII, Latin-1 and Latin Extended letters (below the combining marks at
    /// U+0300, without the soft hyphen) and general punctuation (U+2010–2027, U+2030–205E):
    /// one column each, alone in their grapheme.
    private static func isPlainNarrow(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x20..<0x7F, 0xA0..<0xAD, 0xAE..<0x300, 0x2010...0x2027, 0x2030...0x205E: return true
        default: return false
        }
    }

    private static func isZeroWidth(_ u: Unicode.Scalar) -> Bool {
        switch u.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return true
        default: return (0xFE00...0xFE0F).contains(u.value) || (0xE0100...0xE01EF).contains(u.value)
        }
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15, emoji handled apart).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
        0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
        0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
        0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ v: UInt32) -> Bool {
        guard v >= 0x1100 else { return false }
        return wideRanges.contains { $0.contains(v) }
    }
}
