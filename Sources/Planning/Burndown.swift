import BoardCore

/// Remaining effort per working day (burndown) and scope against work done (burnup), in hours.
///
/// - Up to the status date, each day's figures come from the board as committed at the end of
///   that day: scope is the effort of its tasks (estimate, else duration), remaining is what is
///   left of it, counted as the forecast counts it (`ForecastInput.remaining`, time logged by
///   then included), done tasks counting 0.
/// - After the status date, remaining follows the forecast: each open item's remaining hours
///   are burnt evenly over the working days the forecast gives it, from the status date on.
///   The status date's figure is the board as it stands, before the work the forecast puts on
///   that day; so a later day shows what is left when it starts (the work of the days before
///   it burnt), and the line goes on from the measured remaining work by one day of work at a
///   time rather than dropping two days' worth the day after the status date.
/// - The ideal line goes straight from the scope on the first day to 0 on the target end (the
///   board's end, else the baseline's end, else the forecast end).
/// - The baseline line burns each baseline item's effort evenly over its planned working days.
public struct Burndown: Sendable {
    public struct Point: Sendable, Equatable {
        public var day: Day
        /// Hours of work left: actual up to the status date, forecast after it.
        public var remaining: Double
        /// Hours of work the board holds (burnup); a rise is scope added.
        public var scope: Double
        public var forecast: Bool
        public var ideal: Double
        public var baseline: Double?
        public var done: Double { max(0, scope - remaining) }
    }

    public var points: [Point]
    public var statusDate: Day
    public var target: Day
    public var baselineName: String?

    /// Effort of a task in hours (estimate, else duration); nil for a task with neither.
    public static func effort(_ t: BoardTask) -> Double? { t.estimate?.hours ?? t.duration?.hours }

    /// Scope and remaining of one board on `day` (time logged up to that day).
    public static func measure(_ board: Board, on day: Day) -> (scope: Double, remaining: Double) {
        let spent = board.spentHours(through: day)
        let done = board.settings.doneStatus
        var scope = 0.0, remaining = 0.0
        for t in board.tasks {
            guard let e = effort(t) else { continue }
            scope += e
            if t.status != done { remaining += ForecastInput.remaining(e, of: t, spent: spent[t.id] ?? 0) }
        }
        return (scope, remaining)
    }

    /// `past` gives the board as committed at the end of each working day up to the status date
    /// (nil: the same as the day before); `schedule` is the forecast as of `statusDate`.
    public static func build(settings: BoardSettings, start: Day, statusDate: Day, past: (Day) -> Board?, current: Board,
                             schedule: Schedule, baseline: Schedule?, baselineName: String?) -> Burndown {
        let calendar = WorkCalendar(settings: settings)
        let target = settings.end ?? baseline?.end ?? schedule.end
        let last = max(target, schedule.end, statusDate)
        var days: [Day] = []
        var d = calendar.workingDay(onOrAfter: start)
        while d <= last { days.append(d); d = calendar.nextWorkingDay(after: d) }
        if days.isEmpty { days = [statusDate] }

        func burnt(_ hours: Double, from: Day, to: Day, after day: Day) -> Double {
            // What is left after `day` of `hours` spread evenly over from…to (working days).
            if day < from { return hours }
            if day >= to { return 0 }
            let total = max(1, calendar.workingDays(from: from, through: to))
            let left = calendar.workingDays(from: calendar.nextWorkingDay(after: day), through: to)
            return hours * Double(left) / Double(total)
        }

        func leftAtStart(_ hours: Double, from: Day, to: Day, of day: Day) -> Double {
            // What is left when `day` starts of `hours` spread evenly over from…to.
            if day <= from { return hours }
            if day > to { return 0 }
            let total = max(1, calendar.workingDays(from: from, through: to))
            return hours * Double(calendar.workingDays(from: day, through: to)) / Double(total)
        }

        var points: [Point] = []
        var board = current
        let now = measure(current, on: statusDate)
        for day in days {
            if day <= statusDate {
                if let b = past(day) { board = b }
                let m = day == days.last(where: { $0 <= statusDate }) ? now : measure(board, on: day)
                points.append(Point(day: day, remaining: m.remaining, scope: m.scope, forecast: false, ideal: 0, baseline: nil))
            } else {
                var remaining = 0.0
                for item in schedule.items where !item.done && !item.isMilestone {
                    guard let hours = item.remainingHours ?? current.task(item.id).flatMap(effort) else { continue }
                    remaining += leftAtStart(hours, from: item.remainingStart ?? item.start, to: item.end, of: day)
                }
                points.append(Point(day: day, remaining: remaining, scope: now.scope, forecast: true, ideal: 0, baseline: nil))
            }
        }
        // The ideal line: from the first day's scope to 0 on the target end.
        let first = points.first?.scope ?? 0
        let span = max(1, calendar.workingDays(from: days[0], through: target) - 1)
        for i in points.indices {
            let n = calendar.workingDays(from: days[0], through: points[i].day) - 1
            points[i].ideal = max(0, first * (1 - Double(n) / Double(span)))
        }
        if let baseline {
            for i in points.indices {
                var left = 0.0
                for item in baseline.items where !item.isMilestone {
                    guard let hours = item.effortHours else { continue }
                    left += burnt(hours, from: item.start, to: item.end, after: points[i].day)
                }
                points[i].baseline = left
            }
        }
        return Burndown(points: points, statusDate: statusDate, target: target, baselineName: baselineName)
    }
}
