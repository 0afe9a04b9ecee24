import BoardCore
import Foundation

/// What `jalon verify` found: the seals, each still in the history or not, and unusual facts of
/// the history — shown as facts, never as accusations.
public struct IntegrityReport: Sendable {
    /// A seal as checked by the store (BoardStore's `Seal`, in plain values).
    public struct SealCheck: Sendable, Equatable {
        public let tag: String
        public let commit: String
        public let sealedBy: String?
        public let sealedAt: Date?
        public let intact: Bool

        public init(tag: String, commit: String, sealedBy: String?, sealedAt: Date?, intact: Bool) {
            self.tag = tag
            self.commit = commit
            self.sealedBy = sealedBy
            self.sealedAt = sealedAt
            self.intact = intact
        }
    }

    public enum Anomaly: Sendable, Equatable {
        /// Author date and committer date far apart (rebased, amended or back-dated work).
        case dateGap(commit: String, who: Contributor, author: Date, committer: Date)
        /// A commit dated (committer date) before one of its parents.
        case outOfOrder(commit: String, parent: String)
        /// Commits by an identity that matches no member.
        case unknownIdentity(name: String, email: String, commits: Int, sample: String)
        /// A commit changing very many lines or files at once.
        case bulkCommit(commit: String, who: Contributor, files: Int, lines: Int)
        /// Authored as a member, committed by someone else (`--as`, or by hand).
        case onBehalf(commit: String, author: String, committer: Contributor)
        /// Commits carrying a signature (GPG, SSH…), not verified.
        case signed(count: Int, gpg: Int, ssh: Int)
    }

    /// `verify --remote`: the local seals compared with the remote's.
    public struct RemoteSummary: Sendable, Equatable {
        public let remote: String
        /// Seal tags deleted upstream (or never pushed).
        public let missing: [String]
        /// Seal tags that point to another object upstream.
        public let moved: [String]
        public let same: Int
        public let onlyUpstream: [String]
        /// Seals no longer in the remote branch's history; nil when unknown (remote head not fetched).
        public let rewritten: [String]?

        public init(remote: String, missing: [String], moved: [String], same: Int, onlyUpstream: [String], rewritten: [String]?) {
            self.remote = remote
            self.missing = missing
            self.moved = moved
            self.same = same
            self.onlyUpstream = onlyUpstream
            self.rewritten = rewritten
        }

        public var problems: Int { missing.count + moved.count + (rewritten?.count ?? 0) }
    }

    public let head: String?
    public let seals: [SealCheck]
    public let anomalies: [Anomaly]
    public var remote: RemoteSummary? = nil

    public var broken: [SealCheck] { seals.filter { !$0.intact } }

    /// Author and committer dates further apart than this are reported.
    public static let dateGapLimit: TimeInterval = 48 * 3600
    /// A non-merge commit with at least this many counted lines, or files, is a bulk commit.
    public static let bulkLines = 2_000
    public static let bulkFiles = 100

    public static func build(history: History, seals: [SealCheck]) -> IntegrityReport {
        var anomalies: [Anomaly] = []
        var dates: [String: Date] = [:]
        for c in history.commits { dates[c.id] = c.committerDate }
        var unknown: [String: (name: String, email: String, commits: Int, sample: String)] = [:]
        var unknownOrder: [String] = []
        // Oldest first reads more naturally.
        for c in history.commits.reversed() {
            if abs(c.committerDate.timeIntervalSince(c.authorDate)) > dateGapLimit {
                anomalies.append(.dateGap(commit: c.id, who: c.actor, author: c.authorDate, committer: c.committerDate))
            }
            for p in c.parents {
                if let pd = dates[p], c.committerDate < pd.addingTimeInterval(-60) { anomalies.append(.outOfOrder(commit: c.id, parent: p)) }
            }
            for who in [c.actor] + c.coActors {
                guard case .outsider(let name, let email) = who else { continue }
                let key = email.isEmpty ? "name:" + name : email
                if unknown[key] == nil { unknown[key] = (name, email, 0, c.id); unknownOrder.append(key) }
                unknown[key]!.commits += 1
            }
            if !c.isMerge {
                let counted = c.files.filter { !$0.excluded }
                let lines = counted.reduce(0) { $0 + $1.added + $1.removed }
                if lines >= bulkLines || counted.count >= bulkFiles {
                    anomalies.append(.bulkCommit(commit: c.id, who: c.actor, files: counted.count, lines: lines))
                }
            }
            if c.isOnBehalf, let author = c.actor.memberID, let committer = c.committer {
                anomalies.append(.onBehalf(commit: c.id, author: author, committer: committer))
            }
        }
        let signed = history.commits.filter { $0.signature != nil }
        if !signed.isEmpty {
            anomalies.append(.signed(count: signed.count, gpg: signed.filter { $0.signature == "gpg" }.count, ssh: signed.filter { $0.signature == "ssh" }.count))
        }
        for key in unknownOrder {
            let u = unknown[key]!
            anomalies.append(.unknownIdentity(name: u.name, email: u.email, commits: u.commits, sample: u.sample))
        }
        return IntegrityReport(head: history.head, seals: seals, anomalies: anomalies)
    }
}

/// Renderers of `IntegrityReport`.
public enum IntegrityText {
    public static func render(_ report: IntegrityReport, board: Board, language L: Language, style: TerminalStyle) -> String {
        var lines: [String] = [style.paint(style.clean(Catalog.ctVerifyTitle(L)), .strong)]
        if let head = report.head { lines.append(style.clean(Catalog.ctComputedAt(String(head.prefix(8)))(L))) }
        lines.append("")
        if report.seals.isEmpty { lines.append(Catalog.ctNoSeals(L)) }
        for s in report.seals {
            let date = s.sealedAt.map { Day($0, timeZone: .current).formatted(L) } ?? "?"
            let text = s.intact ? Catalog.ctSealIntact(s.tag, String(s.commit.prefix(8)), date)(L) : Catalog.ctSealBroken(s.tag, String(s.commit.prefix(8)), date)(L)
            lines.append(style.paint(style.clean(text), s.intact ? .good : .alert))
        }
        if !report.seals.isEmpty {
            lines.append(report.broken.isEmpty ? Catalog.ctVerifyOK(report.seals.count)(L) : style.paint(Catalog.ctVerifyBroken(report.broken.count)(L), .alert))
        }
        if let remote = report.remote {
            lines.append("")
            lines.append(style.paint(style.clean(Catalog.ctRemoteTitle(remote.remote)(L)), .strong))
            for tag in remote.missing { lines.append(style.paint(style.clean(Catalog.ctRemoteMissing(tag)(L)), .alert)) }
            for tag in remote.moved { lines.append(style.paint(style.clean(Catalog.ctRemoteMoved(tag)(L)), .alert)) }
            for tag in remote.rewritten ?? [] { lines.append(style.paint(style.clean(Catalog.ctRemoteRewritten(tag)(L)), .alert)) }
            if remote.rewritten == nil { lines.append(Catalog.ctRemoteUnknownHead(L)) }
            for tag in remote.onlyUpstream { lines.append(style.clean(Catalog.ctRemoteOnlyUpstream(tag)(L))) }
            lines.append(remote.problems == 0 ? Catalog.ctRemoteOK(remote.same)(L) : style.paint(Catalog.ctRemoteProblems(remote.problems)(L), .alert))
        }
        lines.append("")
        lines.append(style.paint(style.clean(Catalog.ctAnomaliesTitle(L)), .strong))
        if report.anomalies.isEmpty { lines.append(Catalog.ctNoAnomalies(L)) }
        let names = ContributionNames(board: board)
        for a in report.anomalies {
            lines.append("- " + style.clean(Catalog.ctAnomaly(a, L, names: names.name)))
        }
        return lines.flatMap { style.fold($0) }.joined(separator: "\n")
    }

    public static func json(_ report: IntegrityReport) -> String {
        struct SealJSON: Encodable { let tag: String; let commit: String; let sealedBy: String?; let sealedAt: String?; let intact: Bool
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(tag, forKey: .tag); try c.encode(commit, forKey: .commit); try c.encode(sealedBy, forKey: .sealedBy)
                try c.encode(sealedAt, forKey: .sealedAt); try c.encode(intact, forKey: .intact)
            }
            enum CodingKeys: String, CodingKey { case tag, commit, sealedBy, sealedAt, intact }
        }
        struct AnomalyJSON: Encodable { let kind: String; let commit: String?; let who: String?; let detail: [String: String]
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(kind, forKey: .kind); try c.encode(commit, forKey: .commit); try c.encode(who, forKey: .who); try c.encode(detail, forKey: .detail)
            }
            enum CodingKeys: String, CodingKey { case kind, commit, who, detail }
        }
        struct RemoteJSON: Encodable { let remote: String; let missing: [String]; let moved: [String]; let same: Int; let onlyUpstream: [String]; let rewritten: [String]?
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(remote, forKey: .remote); try c.encode(missing, forKey: .missing); try c.encode(moved, forKey: .moved)
                try c.encode(same, forKey: .same); try c.encode(onlyUpstream, forKey: .onlyUpstream); try c.encode(rewritten, forKey: .rewritten)
            }
            enum CodingKeys: String, CodingKey { case remote, missing, moved, same, onlyUpstream, rewritten }
        }
        struct Doc: Encodable { let head: String?; let seals: [SealJSON]; let broken: Int; let anomalies: [AnomalyJSON]; let remote: RemoteJSON?
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(head, forKey: .head); try c.encode(seals, forKey: .seals); try c.encode(broken, forKey: .broken); try c.encode(anomalies, forKey: .anomalies)
                if let remote { try c.encode(remote, forKey: .remote) }
            }
            enum CodingKeys: String, CodingKey { case head, seals, broken, anomalies, remote }
        }
        let iso = ISO8601DateFormatter()
        func who(_ c: Contributor) -> String { c.memberID ?? { if case .outsider(let n, let e) = c { return "\(n) <\(e)>" }; return "" }() }
        let anomalies = report.anomalies.map { a -> AnomalyJSON in
            switch a {
            case .dateGap(let commit, let w, let author, let committer):
                return AnomalyJSON(kind: "dateGap", commit: commit, who: who(w), detail: ["authorDate": iso.string(from: author), "committerDate": iso.string(from: committer)])
            case .outOfOrder(let commit, let parent):
                return AnomalyJSON(kind: "outOfOrder", commit: commit, who: nil, detail: ["parent": parent])
            case .unknownIdentity(let name, let email, let commits, let sample):
                return AnomalyJSON(kind: "unknownIdentity", commit: sample, who: "\(name) <\(email)>", detail: ["name": name, "email": email, "commits": String(commits)])
            case .bulkCommit(let commit, let w, let files, let lines):
                return AnomalyJSON(kind: "bulkCommit", commit: commit, who: who(w), detail: ["files": String(files), "lines": String(lines)])
            case .onBehalf(let commit, let author, let committer):
                return AnomalyJSON(kind: "onBehalf", commit: commit, who: author, detail: ["author": author, "committer": who(committer)])
            case .signed(let count, let gpg, let ssh):
                return AnomalyJSON(kind: "signed", commit: nil, who: nil, detail: ["count": String(count), "gpg": String(gpg), "ssh": String(ssh)])
            }
        }
        return BoardJSON.encode(Doc(head: report.head, seals: report.seals.map {
            SealJSON(tag: $0.tag, commit: $0.commit, sealedBy: $0.sealedBy, sealedAt: $0.sealedAt.map(iso.string(from:)), intact: $0.intact)
        }, broken: report.broken.count, anomalies: anomalies, remote: report.remote.map {
            RemoteJSON(remote: $0.remote, missing: $0.missing, moved: $0.moved, same: $0.same, onlyUpstream: $0.onlyUpstream, rewritten: $0.rewritten)
        }))
    }
}

/// Display names of contributors: a member's name from the board, an outsider's own name.
struct ContributionNames {
    let board: Board

    func name(_ c: Contributor) -> String {
        switch c {
        case .member(let id): return board.settings.member(id)?.name ?? id
        case .outsider(let name, _): return name
        }
    }
}
