import Foundation

/// What the trainer's own fetches of a team's remote saw, kept in the trainer's cache (never in
/// the students' repository): when each fetch ran, when each commit was first seen, and the
/// facts a history cannot hide from a machine that watched it — commits that arrived after a
/// fetch their date claims to precede, branches rewritten (force-pushed) between two fetches, and
/// seals or baselines deleted or moved upstream. Students cannot rewrite it: it lives on the
/// trainer's machine. Facts only, never a judgement (a commit made offline and pushed late is
/// legitimate; the jury reads the fact with the team).
///
/// One line per fact, tab-separated, appended (a line is written in one `write`):
/// `fetch T`, `seen HEX T`, `late HEX DATED T PREVIOUS`, `rewritten BRANCH OLD NEW T`,
/// `tag-gone TAG OLD T`, `tag-moved TAG OLD NEW T` (T: Unix seconds). Unknown lines are skipped.
public struct FetchLog: Sendable, Equatable {
    public struct LateCommit: Sendable, Equatable {
        public var commit: String
        /// The committer date the commit claims.
        public var dated: Date
        public var firstSeen: Date
        /// The trainer's previous fetch, which did not have it although it is dated before.
        public var previousFetch: Date
    }
    public struct Rewrite: Sendable, Equatable {
        public var branch: String
        public var old: String
        public var new: String
        public var seen: Date
    }
    public struct TagChange: Sendable, Equatable {
        public var tag: String
        public var old: String
        /// nil: deleted upstream.
        public var new: String?
        public var seen: Date
    }

    public var fetches: [Date] = []
    /// Commits first seen after the first fetch, with when (the first fetch's commits are not
    /// listed: they were there at or before it).
    public var firstSeen: [String: Date] = [:]
    public var late: [LateCommit] = []
    public var rewrites: [Rewrite] = []
    public var tagChanges: [TagChange] = []

    public init() {}

    /// Anything a reader should know beyond the fetches themselves.
    public var hasFacts: Bool { !late.isEmpty || !rewrites.isEmpty || !tagChanges.isEmpty }

    /// Reads the log's text (see above); unknown or damaged lines are skipped.
    public static func parse(_ text: String) -> FetchLog {
        var log = FetchLog()
        func date(_ s: Substring) -> Date? { Double(s).map { Date(timeIntervalSince1970: $0) } }
        for line in text.split(separator: "\n") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            switch (f.first, f.count) {
            case ("fetch", 2): if let t = date(f[1]) { log.fetches.append(t) }
            case ("seen", 3): if let t = date(f[2]) { log.firstSeen[String(f[1])] = t }
            case ("late", 5):
                if let d = date(f[2]), let t = date(f[3]), let p = date(f[4]) { log.late.append(LateCommit(commit: String(f[1]), dated: d, firstSeen: t, previousFetch: p)) }
            case ("rewritten", 5): if let t = date(f[4]) { log.rewrites.append(Rewrite(branch: String(f[1]), old: String(f[2]), new: String(f[3]), seen: t)) }
            case ("tag-gone", 4): if let t = date(f[3]) { log.tagChanges.append(TagChange(tag: String(f[1]), old: String(f[2]), new: nil, seen: t)) }
            case ("tag-moved", 5): if let t = date(f[4]) { log.tagChanges.append(TagChange(tag: String(f[1]), old: String(f[2]), new: String(f[3]), seen: t)) }
            default: continue
            }
        }
        return log
    }
}
