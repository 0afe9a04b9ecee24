#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// How text output may look on the terminal at hand: box drawing or plain ASCII, colours or
/// not, and how many columns fit. Renderers take one of these and never probe the terminal
/// themselves; only `detect` looks at the environment.
public struct TerminalStyle: Sendable, Equatable {
    /// False with `--ascii`: ASCII box drawing and markers, and text folded to ASCII.
    public var unicode: Bool
    /// ANSI colours only when true.
    public var color: Bool
    /// Columns available.
    public var width: Int
    /// The widest `--width` taken: far beyond any screen or printer, low enough that no sum of
    /// widths overflows.
    public static let maxWidth = 1_000_000
    /// True when lines of prose (reminders, news, the log, verification) are kept whole rather
    /// than wrapped: the output is not a terminal and no width was asked for (`--width`,
    /// `COLUMNS`), so whatever reads it — a message box, a file, `grep` — lays it out itself.
    public var keepsLines: Bool

    public init(unicode: Bool, color: Bool, width: Int, keepsLines: Bool = false) {
        self.unicode = unicode
        self.color = color
        self.width = width
        self.keepsLines = keepsLines
    }

    /// Colour only if stdout is a terminal, `NO_COLOR` is unset or empty, `TERM` is not `dumb`
    /// and `--no-color` was not given. Width: `width`, else `COLUMNS`, else the terminal's
    /// size, else 100. Unicode unless `--ascii`.
    public static func detect(ascii: Bool, noColor: Bool, width: Int?,
                              environment: [String: String] = ProcessInfo.processInfo.environment) -> TerminalStyle {
        resolve(ascii: ascii, noColor: noColor, width: width, environment: environment,
                isTerminal: isatty(STDOUT_FILENO) == 1, terminalWidth: terminalColumns())
    }

    /// The decision of `detect`, without touching the terminal (so tests can pin it).
    static func resolve(ascii: Bool, noColor: Bool, width: Int?, environment: [String: String],
                        isTerminal: Bool, terminalWidth: Int?) -> TerminalStyle {
        let noColorEnv = !(environment["NO_COLOR"] ?? "").isEmpty
        let dumb = environment["TERM"] == "dumb"
        let color = isTerminal && !noColorEnv && !dumb && !noColor
        let columns = environment["COLUMNS"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }.flatMap { $0 > 0 ? $0 : nil }
        let chosen = width.flatMap { $0 > 0 ? $0 : nil } ?? columns ?? terminalWidth ?? 100
        let asked = width.flatMap { $0 > 0 ? $0 : nil } ?? columns
        return TerminalStyle(unicode: !ascii, color: color, width: chosen, keepsLines: !isTerminal && asked == nil)
    }

    private static func terminalColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// The glyphs to draw with.
    var glyphs: Glyphs { unicode ? .unicode : .ascii }

    /// User text made safe to show: control characters (escape sequences included) become
    /// spaces, and with `unicode == false` the text is folded to ASCII.
    func clean(_ text: String) -> String {
        let safe = ASCIIText.removingControls(text)
        return unicode ? safe : ASCIIText.fold(safe)
    }

    /// True when text in `tone` gets colour escapes (see `paint`).
    func paints(_ tone: Tone) -> Bool { color && tone != .plain }

    /// `text` in the given tone. The only place ANSI escapes are written; nothing when
    /// `color` is false.
    func paint(_ text: String, _ tone: Tone) -> String {
        guard paints(tone), !text.isEmpty else { return text }
        let code: String
        switch tone {
        case .plain: return text
        case .strong: code = "1"
        case .alert: code = "31"
        case .muted: code = "2"
        case .good: code = "32"
        case .accent: code = "36"
        case .emphasis: code = "3"
        }
        return "\u{1B}[\(code)m\(text)\(TerminalStyle.reset)"
    }

    private static let reset = "\u{1B}[0m"

    /// `line` cut to `width` display columns; colour escapes are kept whole (they take no
    /// columns) and a cut line ends with a reset so colour never leaks.
    /// `line` cut to `width` columns, ending with "…" (`...` in ASCII) where it was cut, so a
    /// cut is never silent. Colour escapes do not count and are closed.
    func clip(_ line: String, to width: Int) -> String {
        guard DisplayWidth.of(TerminalStyle.withoutEscapes(line)) > width else { return line }
        // The mark itself must fit (`...` in ASCII is three columns).
        let mark = DisplayWidth.of(glyphs.ellipsis) <= width ? glyphs.ellipsis : ""
        let room = max(0, width - DisplayWidth.of(mark))
        var out = ""
        var used = 0
        var inEscape = false
        for c in line {
            if c == "\u{1B}" { inEscape = true; out.append(c); continue }
            if inEscape { out.append(c); if c == "m" { inEscape = false }; continue }
            let w = DisplayWidth.of(c)
            if used + w > room { break }
            out.append(c)
            used += w
        }
        // Cut at a word's end where one is near, rather than inside the word.
        if let space = out.lastIndex(of: " "), DisplayWidth.of(String(out[space...])) <= 12, out[..<space].contains(where: { $0 != " " }) {
            out = String(out[..<space])
        }
        out += mark
        if color && out.contains("\u{1B}") { out += TerminalStyle.reset }
        return out
    }

    /// A line of prose as lines of at most `width` columns, broken between words, continued
    /// under its text (after its indent and any `- `/`• ` bullet); a word longer than a line is
    /// kept whole on its own line, never cut. With `keepsLines`, the line as it is.
    public func fold(_ line: String) -> [String] {
        guard !keepsLines, DisplayWidth.of(TerminalStyle.withoutEscapes(line)) > width else { return [line] }
        let lead = line.prefix { $0 == " " }
        var hanging = lead.count
        for bullet in ["- ", "• ", "* ", "✓ ", "! "] where line.dropFirst(lead.count).hasPrefix(bullet) { hanging += DisplayWidth.of(bullet) }
        if hanging == lead.count { hanging += 2 }
        hanging = min(hanging, width / 2)
        // Words with the spaces before them, kept as written inside a line, glued as
        // DisplayWidth.words says ("24 %", "« jalon plan »" stay whole).
        let glued = DisplayWidth.words(String(line.dropFirst(lead.count)))
        var lines: [String] = []
        var current = String(lead)
        var used = lead.count
        var empty = true
        for w in glued {
            let width = DisplayWidth.of(TerminalStyle.withoutEscapes(w.text))
            if !empty && used + w.gap.count + width > self.width {
                lines.append(current)
                current = String(repeating: " ", count: hanging)
                used = hanging
                empty = true
            }
            current += (empty ? "" : w.gap) + w.text
            used += (empty ? 0 : w.gap.count) + width
            empty = false
        }
        lines.append(current)
        return lines
    }

    /// `s` without its colour escapes, to measure it.
    static func withoutEscapes(_ s: String) -> String {
        guard s.contains("\u{1B}") else { return s }
        var out = ""
        var inEscape = false
        for c in s {
            if c == "\u{1B}" { inEscape = true; continue }
            if inEscape { if c == "m" { inEscape = false }; continue }
            out.append(c)
        }
        return out
    }
}

/// The meaning of a piece of output, which colour shows when colours are on.
public enum Tone: Sendable, Equatable {
    case plain
    /// Headers and titles (bold).
    case strong
    /// Late or failing things (red).
    case alert
    /// Secondary things: absent values, unassigned (dim).
    case muted
    /// Done or reached (green).
    case good
    /// Ids (cyan).
    case accent
    /// Emphasis people wrote (`*word*`), in italics.
    case emphasis
}

/// Box drawing and markers, as data: one set for Unicode terminals, one in pure ASCII.
struct Glyphs: Sendable {
    let horizontal, vertical: String
    let topLeft, topMid, topRight: String
    let midLeft, midMid, midRight: String
    let bottomLeft, bottomMid, bottomRight: String
    /// Ends a truncated text.
    let ellipsis: String
    /// Stands for an absent value.
    let none: String
    /// Marks a late task or milestone; plain ASCII in both sets so it shows everywhere.
    let late: String
    let arrow: String

    static let unicode = Glyphs(horizontal: "─", vertical: "│",
                                topLeft: "┌", topMid: "┬", topRight: "┐",
                                midLeft: "├", midMid: "┼", midRight: "┤",
                                bottomLeft: "└", bottomMid: "┴", bottomRight: "┘",
                                ellipsis: "…", none: "—", late: "!", arrow: "→")
    static let ascii = Glyphs(horizontal: "-", vertical: "|",
                              topLeft: "+", topMid: "+", topRight: "+",
                              midLeft: "+", midMid: "+", midRight: "+",
                              bottomLeft: "+", bottomMid: "+", bottomRight: "+",
                              ellipsis: "...", none: "-", late: "!", arrow: "->")
}
