import BoardCore

/// Which days are worked, by the board and by each member.
///
/// - A board working day is one of the board's `workdays` that is not in a holiday period.
///   A board with an empty working week is treated as working Monday–Friday (validation flags
///   it; planning must still terminate).
/// - A member works on the board's working days they are not away (`away` periods), for
///   `hoursPerDay` hours (8 when not set). On any other day they have 0 hours.
/// - An id that is not a board member is treated as a full-time member with no absences.
public struct WorkCalendar: Sendable {
    public let settings: BoardSettings
    /// ISO weekday numbers (1 = Monday) that are worked.
    private let workdays: Set<Int>
    private let holidays: [Period]

    public init(settings: BoardSettings) {
        self.settings = settings
        let numbers = Set(settings.workdays.map(\.number))
        workdays = numbers.isEmpty ? [1, 2, 3, 4, 5] : numbers
        holidays = settings.holidays.sorted { $0.from < $1.from }
    }

    /// True when the board works on `day`.
    public func isWorkingDay(_ day: Day) -> Bool {
        workdays.contains(day.weekday) && holiday(on: day) == nil
    }

    /// True when `member` works on `day`.
    public func isWorkingDay(_ day: Day, for member: String) -> Bool {
        isWorkingDay(day) && absence(of: member, on: day) == nil
    }

    /// The holiday or closed period `day` falls in, if any.
    public func holiday(on day: Day) -> Period? {
        holidays.first { $0.contains(day) }
    }

    /// The absence of `member` covering `day`, if any.
    public func absence(of member: String, on day: Day) -> Period? {
        settings.member(member)?.away.first { $0.contains(day) }
    }

    /// Hours `member` can work on `day`: their hours per day on their working days, else 0.
    public func hours(on day: Day, for member: String) -> Double {
        guard isWorkingDay(day) else { return 0 }
        guard let m = settings.member(member) else { return Effort.hoursPerDay }
        if m.away.contains(where: { $0.contains(day) }) { return 0 }
        return m.hoursPerDay ?? Effort.hoursPerDay
    }

    /// Hours `member` can work in the seven days starting at `monday`.
    public func weeklyCapacity(of member: String, week monday: Day) -> Double {
        (0..<7).reduce(0) { $0 + hours(on: monday.adding(days: $1), for: member) }
    }

    /// `day` itself when it is a working day, else the next working day.
    public func workingDay(onOrAfter day: Day) -> Day {
        var d = day
        while !isWorkingDay(d) { d = d.adding(days: 1) }
        return d
    }

    /// `day` itself when it is a working day, else the previous working day.
    public func workingDay(onOrBefore day: Day) -> Day {
        var d = day
        while !isWorkingDay(d) { d = d.adding(days: -1) }
        return d
    }

    /// The first working day strictly after `day`.
    public func nextWorkingDay(after day: Day) -> Day { workingDay(onOrAfter: day.adding(days: 1)) }

    /// The last working day strictly before `day`.
    public func previousWorkingDay(before day: Day) -> Day { workingDay(onOrBefore: day.adding(days: -1)) }

    /// Moves `n` working days from `day` (backwards when `n` is negative). With `n == 0`,
    /// `day` itself; otherwise the result is always a working day: adding 1 to a Friday gives
    /// the Monday, adding 1 to a Saturday gives the Monday too.
    public func adding(workingDays n: Int, to day: Day) -> Day {
        var d = day
        if n > 0 {
            for _ in 0..<n { d = nextWorkingDay(after: d) }
        } else if n < 0 {
            for _ in 0..<(-n) { d = previousWorkingDay(before: d) }
        }
        return d
    }

    /// Working days in `from...to`, both included (0 when `to < from`).
    public func workingDays(from: Day, through to: Day) -> Int {
        guard from <= to else { return 0 }
        var count = 0
        var d = from
        while d <= to {
            if isWorkingDay(d) { count += 1 }
            d = d.adding(days: 1)
        }
        return count
    }

    /// Signed distance in working days from `a` to `b`: the working days in `(a, b]` when `b`
    /// is later, minus those in `(b, a]` when it is earlier. Friday → Monday is 1.
    public func workingDays(between a: Day, and b: Day) -> Int {
        if a == b { return 0 }
        return a < b ? workingDays(from: a.adding(days: 1), through: b) : -workingDays(from: b.adding(days: 1), through: a)
    }

    /// The Monday of `day`'s ISO week.
    public static func monday(of day: Day) -> Day { day.adding(days: 1 - day.weekday) }
}
