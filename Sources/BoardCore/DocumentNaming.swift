import Foundation

/// The naming rule of the board's documents (`docs/…`), so that names sort, travel and read the
/// same on every system: no spaces, no accents, no special characters, and dates in ISO order
/// (`2026-12-02`, never `02-12-2026`). `doc new` builds compliant names; `check` flags the others
/// and proposes the compliant name (`doc rename` applies it).
public enum DocumentNaming {
    public enum Problem: Equatable, Sendable {
        case spaces
        case accents
        /// Characters other than ASCII letters, digits, `-`, `_` and `.`.
        case specialCharacters(String)
        /// A date written day first (`02-12-2026`, `02.12.26`, `02122026`).
        case dateNotISO(String)
    }

    /// The problems of one file or folder name (not a path).
    public static func problems(inName name: String) -> [Problem] {
        var out: [Problem] = []
        if name.contains(where: { $0 == " " || $0 == "\u{00A0}" || $0 == "\t" }) { out.append(.spaces) }
        if name.unicodeScalars.contains(where: { !$0.isASCII && CharacterSet.letters.contains($0) }) { out.append(.accents) }
        let special = name.unicodeScalars.filter { s in
            !(s.isASCII && (CharacterSet.alphanumerics.contains(s) || s == "-" || s == "_" || s == "."))
                && !(s == " " || s == "\u{00A0}" || s == "\t") && !CharacterSet.letters.contains(s)
        }
        if !special.isEmpty {
            var seen = ""
            for s in special where !seen.unicodeScalars.contains(s) { seen.unicodeScalars.append(s) }
            out.append(.specialCharacters(seen))
        }
        if let date = nonISODate(in: name) { out.append(.dateNotISO(date.text)) }
        return out
    }

    /// The problems of every component of a board-relative path, with the component named.
    public static func problems(inPath path: String) -> [(component: String, problem: Problem)] {
        path.split(separator: "/").flatMap { part in problems(inName: String(part)).map { (String(part), $0) } }
    }

    /// A compliant form of `name`: accents folded, lower case, spaces and special characters
    /// turned into `-`, day-first dates put in ISO order; the extension is kept (lower-cased).
    public static func compliantName(_ name: String) -> String {
        var stem = name
        var ext = ""
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            let candidate = String(name[name.index(after: dot)...])
            if !candidate.isEmpty, candidate.count <= 5, candidate.allSatisfy({ $0.isLetter || $0.isNumber }) {
                ext = "." + slug(candidate)
                stem = String(name[..<dot])
            }
        }
        while let date = nonISODate(in: stem) {
            stem.replaceSubrange(date.range, with: date.iso)
        }
        let s = slug(stem, keepUnderscore: true)
        return (s.isEmpty ? "document" : s) + ext
    }

    /// A file-name slug of a title: "Charte graphique — v2 (brouillon)" → "charte-graphique-v2-brouillon".
    public static func slug(_ text: String, keepUnderscore: Bool = false) -> String {
        var folded = text.replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "Œ", with: "OE")
            .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "Æ", with: "AE").replacingOccurrences(of: "ß", with: "ss")
        folded = folded.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "en_US_POSIX")).lowercased()
        var out = ""
        for s in folded.unicodeScalars {
            if s.isASCII && CharacterSet.alphanumerics.contains(s) {
                out.unicodeScalars.append(s)
            } else if keepUnderscore && s == "_" {
                out += "_"
            } else if !out.hasSuffix("-") && !out.isEmpty {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return String(out.prefix(80)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }

    struct FoundDate {
        let range: Range<String.Index>
        let text: String
        let iso: String
    }

    /// The first day-first date in `name`: `DD-MM-YYYY`, `DD.MM.YY`, `DD_MM_YYYY`, `DDMMYYYY`.
    static func nonISODate(in name: String) -> FoundDate? {
        // Two-digit years only with `-`, `_` or a space: `v2.1.10` is a version, not a date.
        let patterns = [#"(?<![0-9])([0-9]{1,2})[-_. ]([0-9]{1,2})[-_. ]([0-9]{4})(?![0-9])"#,
                        #"(?<![0-9.])([0-9]{1,2})[-_ ]([0-9]{1,2})[-_ ]([0-9]{2})(?![0-9.])"#,
                        #"(?<![0-9])([0-9]{2})([0-9]{2})([0-9]{4})(?![0-9])"#]
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            let ns = name as NSString
            for match in regex.matches(in: name, range: NSRange(location: 0, length: ns.length)) {
                let d = Int(ns.substring(with: match.range(at: 1))) ?? 0
                let m = Int(ns.substring(with: match.range(at: 2))) ?? 0
                let yText = ns.substring(with: match.range(at: 3))
                var y = Int(yText) ?? 0
                if yText.count == 2 { y += 2000 }
                // `20261202` is ISO basic format, not a day-first date.
                if pattern.hasPrefix("(?<![0-9])([0-9]{2})([0-9]{2})([0-9]{4})") {
                    let whole = ns.substring(with: match.range)
                    if let yy = Int(whole.prefix(4)), (1900...2100).contains(yy), Day(year: yy, month: Int(whole.dropFirst(4).prefix(2)) ?? 0, day: Int(whole.suffix(2)) ?? 0) != nil { continue }
                }
                guard let day = Day(year: y, month: m, day: d), let range = Range(match.range, in: name) else { continue }
                return FoundDate(range: range, text: String(name[range]), iso: day.iso)
            }
        }
        return nil
    }
}
