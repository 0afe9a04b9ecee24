import BoardCore
import Foundation
import Git

/// Someone who acts on the board: a member, or an outsider such as a trainer.
public struct Identity: Sendable, Equatable {
    public var name: String
    public var email: String
    /// The member this identity is, when it is one.
    public var memberID: String?
    /// Who really typed the command, when it differs (`--as MEMBER`): the commit's committer,
    /// so that a change made for someone else says so in Git itself.
    public var actingUser: ActingUser?

    public init(name: String, email: String, memberID: String? = nil, actingUser: ActingUser? = nil) {
        self.name = name
        self.email = email
        self.memberID = memberID
        self.actingUser = actingUser
    }

    /// The real Git identity behind a change made `--as` someone else.
    public struct ActingUser: Sendable, Equatable {
        public var name: String
        public var email: String

        public init(name: String, email: String) {
            self.name = name
            self.email = email
        }
    }

    public var trailerValue: String { "\(name) <\(email)>" }
}

/// When a command happens: the clock, or `JALON_NOW` (ISO 8601) for reproducible runs.
public struct Clock: Sendable {
    public var now: Date
    public var timeZone: TimeZone

    public init(now: Date, timeZone: TimeZone = .current) {
        self.now = now
        self.timeZone = timeZone
    }

    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> Clock {
        if let text = env["JALON_NOW"], let date = parse(text) { return Clock(now: date) }
        return Clock(now: Date())
    }

    /// Parses `2026-12-01T09:30:00+01:00`, `2026-12-01T09:30` (local time) or `2026-12-01`.
    public static func parse(_ text: String) -> Date? {
        let iso = ISO8601DateFormatter()
        iso.formatOptions = [.withInternetDateTime]
        if let d = iso.date(from: text) { return d }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = .current
        for format in ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"] {
            f.dateFormat = format
            if let d = f.date(from: text) { return d }
        }
        return nil
    }

    public var today: Day { Day(now, timeZone: timeZone) }

    func signature(for identity: Identity) -> Signature {
        Signature(name: identity.name, email: identity.email, date: now, offsetMinutes: timeZone.secondsFromGMT(for: now) / 60)
    }

    /// The committer of a change: the real user when acting `--as` someone else, else the author.
    func committerSignature(for identity: Identity) -> Signature {
        guard let user = identity.actingUser else { return signature(for: identity) }
        return Signature(name: user.name, email: user.email, date: now, offsetMinutes: timeZone.secondsFromGMT(for: now) / 60)
    }
}
