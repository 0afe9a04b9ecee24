import Foundation

/// A calendar day without time or time zone, as boards store dates (ISO 8601 `YYYY-MM-DD`).
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Validates the date: `Day(year: 2027, month: 2, day: 31)` is nil.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
              day <= Day.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Parses `2026-12-04` (ISO) or `04/12/2026` (day first, as written in French).
    public static func parse(_ text: String) -> Day? {
        // Fast path: exactly `YYYY-MM-DD` in ASCII digits, as files hold them (Foundation's
        // trimming and the splits were a twentieth of reading a 1,000-task board); the same
        // day as the general reading below.
        if text.utf8.count == 10 {
            var digits = (0, 0, 0), shape = true
            for (i, b) in text.utf8.enumerated() {
                if i == 4 || i == 7 { if b != 0x2D { shape = false; break }; continue }
                guard b >= 0x30 && b <= 0x39 else { shape = false; break }
                let v = Int(b - 0x30)
                if i < 4 { digits.0 = digits.0 * 10 + v } else if i < 7 { digits.1 = digits.1 * 10 + v } else { digits.2 = digits.2 * 10 + v }
            }
            if shape { return Day(year: digits.0, month: digits.1, day: digits.2) }
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, iso[1].count == 2, iso[2].count == 2,
           let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]) {
            return Day(year: y, month: m, day: d)
        }
        let slash = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        if slash.count == 3, (1...2).contains(slash[0].count), (1...2).contains(slash[1].count), slash[2].count == 4,
           let d = Int(slash[0]), let m = Int(slash[1]), let y = Int(slash[2]) {
            return Day(year: y, month: m, day: d)
        }
        return nil
    }

    /// True when the text has the shape of a date, even an impossible one such as 31/02/2027.
    public static func looksLikeDate(_ text: String) -> Bool {
        text.range(of: #"^\s*(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{4})\s*$"#, options: .regularExpression) != nil
    }

    public var iso: String {
        // By hand: Foundation's String(format:) cost more than the rest of writing a task file.
        // (A day counted from an ordinal can be before year 0: printf's sign and padding then.)
        guard year >= 0 else { return String(format: "%04d-%02d-%02d", year, month, day) }
        func digits(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return s.utf8.count >= width ? s : String(repeating: "0", count: width - s.utf8.count) + s
        }
        return digits(year, 4) + "-" + digits(month, 2) + "-" + digits(day, 2)
    }

    public var description: String { iso }

    /// Days since 1970-01-01 (may be negative).
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(ordinal z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        year = y
        month = m
        day = d
    }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let w = (ordinal + 3) % 7 // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The day of `date` in the given time zone.
    public init(_ date: Date, timeZone: TimeZone = .current) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    public static func < (a: Day, b: Day) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }

    /// The date as people write it, by the language's `language.date` template: `04/12/2026` in
    /// French, `Dec 4, 2026` in English. The one date formatter.
    public func formatted(_ language: Language, short: Bool = false) -> String {
        // A task list or a plan shows the same few days thousands of times: each is written once
        // per language and form.
        let key = DayFormatCache.Key(day: self, language: language, short: short)
        if let known = DayFormatCache.shared.lookup(key) { return known }
        let text = written(language, short: short)
        DayFormatCache.shared.store(key, text)
        return text
    }

    private func written(_ language: Language, short: Bool) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
        let year = String(repeating: "0", count: max(0, 4 - String(self.year).count)) + String(self.year)
        return Text(short ? "language.dateShort" : "language.date",
                    ["d": day, "dd": two(day), "mm": two(month), "yyyy": year, "month": Day.monthName(month)])(language)
    }

    /// The short name of a month (1–12): `janv.`, `déc.` / `Jan`, `Dec`.
    public static func monthName(_ month: Int) -> Text { Text("language.month\(min(max(month, 1), 12))") }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day.parse(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "invalid date \(text)"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

/// Days of the week as boards name them in files.
public enum Weekday: String, CaseIterable, Sendable {
    case mon, tue, wed, thu, fri, sat, sun

    /// ISO number: 1 = Monday.
    public var number: Int { Weekday.allCases.firstIndex(of: self)! + 1 }
}

/// The days `Day.formatted` already wrote, by language and form.
private final class DayFormatCache: @unchecked Sendable {
    struct Key: Hashable {
        let day: Day
        let language: Language
        let short: Bool
    }
    static let shared = DayFormatCache()
    private let lock = NSLock()
    private var written: [Key: String] = [:]

    func lookup(_ key: Key) -> String? { lock.withLock { written[key] } }
    func store(_ key: Key, _ text: String) { lock.withLock { written[key] = text } }
}
