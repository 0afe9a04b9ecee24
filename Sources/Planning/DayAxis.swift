import BoardCore

/// The board's working days numbered 0, 1, 2… from a base day, with each member's hours on
/// each of them, grown on demand. The scheduler works on these indexes: "the next working day"
/// is `i + 1`, a lag of n working days is `+ n`, and slack is a plain difference.
///
/// A *boundary* `b` is the instant just before working day `b` (equivalently just after
/// working day `b - 1`): a task on days `s...e` runs from boundary `s` to boundary `e + 1`.
final class DayAxis {
    let calendar: WorkCalendar
    let base: Day
    // Unchecked exclusivity: the planner reads these in its innermost loops, on one thread.
    @exclusivity(unchecked) private(set) var days: [Day] = []
    /// Monday ordinal of each working day's ISO week.
    @exclusivity(unchecked) private(set) var weeks: [Int] = []
    /// hours[member][index]; members in board order.
    @exclusivity(unchecked) private(set) var hours: [[Double]]
    /// True when the member is away (not merely off) on that working day.
    @exclusivity(unchecked) private(set) var away: [[Bool]]
    private let memberHours: [Double]
    private let memberAway: [[Period]]
    private var cursor: Day

    init(calendar: WorkCalendar, base: Day) {
        self.calendar = calendar
        self.base = base
        firstWeek = WorkCalendar.monday(of: base).ordinal
        let members = calendar.settings.members
        memberHours = members.map { $0.hoursPerDay ?? Effort.hoursPerDay }
        memberAway = members.map(\.away)
        hours = Array(repeating: [], count: members.count)
        away = Array(repeating: [], count: members.count)
        cursor = base
    }

    var memberCount: Int { memberHours.count }

    /// Makes sure working day `i` is known.
    func ensure(_ i: Int) {
        while days.count <= i { grow() }
    }

    private func grow() {
        while !calendar.isWorkingDay(cursor) { cursor = cursor.adding(days: 1) }
        days.append(cursor)
        weeks.append(WorkCalendar.monday(of: cursor).ordinal)
        for m in 0..<memberHours.count {
            let isAway = memberAway[m].contains { $0.contains(cursor) }
            away[m].append(isAway)
            hours[m].append(isAway ? 0 : memberHours[m])
        }
        cursor = cursor.adding(days: 1)
    }

    func day(_ i: Int) -> Day {
        guard i >= 0 else { return base.adding(days: -1) }
        ensure(i)
        return days[i]
    }

    func hours(_ member: Int, _ i: Int) -> Double {
        ensure(i)
        return hours[member][i]
    }

    func isAway(_ member: Int, _ i: Int) -> Bool {
        ensure(i)
        return away[member][i]
    }

    func week(_ i: Int) -> Int {
        ensure(i)
        return weeks[i]
    }

    /// Monday ordinal of the base day's ISO week.
    let firstWeek: Int

    /// Number of the ISO week of working day `i`, 0 being the base day's week.
    func weekNumber(_ i: Int) -> Int {
        ensure(i)
        return (weeks[i] - firstWeek) / 7
    }

    /// How far the axis may reach: a mistyped year (9999) must not build millions of days.
    static let horizonDays = 36_600

    /// Index of the first working day on or after `d` (0 for days before the base; days past
    /// the horizon count as the horizon).
    func index(onOrAfter day: Day) -> Int {
        if day <= base { return 0 }
        let d = min(day, base.adding(days: DayAxis.horizonDays))
        while days.isEmpty || days[days.count - 1] < d { grow() }
        var lo = 0, hi = days.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if days[mid] < d { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Index of the last working day on or before `d` (-1 when there is none after the base).
    func index(onOrBefore d: Day) -> Int { index(onOrAfter: d.adding(days: 1)) - 1 }
}
