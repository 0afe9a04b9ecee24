import BoardCore

/// `jalon log` as text: one line per commit that changed the board, newest first, folded to
/// the width as a digest is.
public enum LogText {
    /// One commit as the log shows it, worded already: the day and time as its author's clock
    /// showed them, like `git log`.
    public struct Line: Sendable {
        public var commit: String
        public var day: Day
        public var time: String
        /// The author's member name (else their Git name), then the co-authors' names.
        public var authors: [String]
        public var subject: String
        public init(commit: String, day: Day, time: String, authors: [String], subject: String) {
            self.commit = commit
            self.day = day
            self.time = time
            self.authors = authors
            self.subject = subject
        }
    }

    /// `9f1c2a3b  01/12/2026 14:05  Alice Martin + Bob — subject`, or `empty` when no commit is listed.
    public static func document(_ lines: [Line], empty: String, language L: Language, unicode: Bool) -> ReportDocument {
        let dash = unicode ? "—" : "-"
        let texts = lines.isEmpty ? [empty] : lines.map { l in
            var who = l.authors.first ?? ""
            if l.authors.count > 1 { who += " + " + l.authors.dropFirst().joined(separator: ", ") }
            return "\(l.commit)  \(l.day.formatted(L)) \(l.time)  \(who) \(dash) \(l.subject)"
        }
        // One paragraph a commit, each folded on its own (a subject is one line: cleaning turns
        // any line break in it into a space).
        return ReportDocument(title: "", language: L, sections: [ReportSection("", blocks: texts.map { .paragraph($0, .plain) }, tight: true)], look: .digest)
    }
}
