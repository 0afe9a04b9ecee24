import BoardCore

/// Computes a board's schedule with TaskJuggler's semantics (checked against `tj3` 3.7.1 by
/// `TaskJugglerParityTests`), on whole working days.
///
/// **Calendar.** See `WorkCalendar`. Everything is counted in board working days; a member's
/// hours only change how fast effort is done.
///
/// **Project start.** `settings.start`, else `today`. Scheduling is ASAP: every task starts on
/// the first working day allowed by the project start, its fixed `start` (a "not before"
/// date, as tj3's `start` on an ASAP task) and its dependencies.
///
/// **Task length**, first rule that applies:
/// 1. `duration` → that many working days of the board calendar, rounded up to whole days
///    (tj3 `length`). Assignees do not change it.
/// 2. `estimate` with assignees → the effort is done by the assignees together, each giving
///    their hours on their own working days (part-time members give fewer hours, absent ones
///    none), so two full-time assignees halve the calendar time (tj3 `effort` with
///    `allocate a, b`). The task starts on the first day an assignee can work (tj3 moves an
///    effort task's start to its first booked slot).
/// 3. `estimate` without assignees → `estimate / 8 h` working days, rounded up.
/// 4. neither, with `start` and `due` → the working days from `start` to `due`.
/// 5. otherwise one working day.
/// A zero length counts as one working day.
///
/// **Dependencies.** Finish-to-start: the task starts on the first working day after the
/// predecessor's last day; start-to-start (`ss:`): not before the predecessor's first day
/// (tj3 `onstart`). A lag adds `ceil(lag.hours / 8)` working days (tj3 `gaplength`).
///
/// **Milestones** are zero-length. A milestone depends on its `depends` and on every task whose
/// `milestone:` names it; a task does not depend on its own milestone. It is reached when the
/// last of them releases it, and is shown on the day tj3 shows: a predecessor task ending on
/// day D puts it on D (D's end), and tasks that depend on it start the working day after D.
/// A milestone with no predecessor sits on its `date` (else the project start), at the start of
/// that day: tasks depending on it may start that very day. Its `date` does not hold it back:
/// a date earlier than the forecast is a `milestoneMissed` conflict.
///
/// **Status date** (`ForecastInput.statusDate`, "today"): the forecast follows the project.
/// - Done tasks (status = the board's last status) sit at their actual start and end from
///   history (`ActualDates`) when known, else where the plan puts them; progress 100; never
///   critical, never late.
/// - Open tasks already started (progress > 0, a status past the first one, or an actual start)
///   keep their actual start as shown start; their remaining work — the estimate less the time
///   spent when time is logged, else the estimate (or duration) × (1 − progress) — is scheduled
///   from the status date.
/// - Tasks not started are placed as soon as possible from the status date, their dependencies
///   and their fixed start. Open work never starts before the status date.
/// - Slack and the critical path are computed on the remaining work only.
/// - Progress by effort (`Schedule.effort`): each task's estimate once (else its duration, else
///   its days × 8 h), done tasks whole, others by their progress.
/// - Load: done tasks spread over their actual days, open work from the status date; overloads
///   are conflicts only from the status date's week on (the past cannot be levelled).

/// **Backward pass.** From the project end (the latest end of all items), each item's latest
/// start and end that keep every successor on time; total slack = latest − earliest start in
/// working days; critical = slack 0 and not done. `criticalPath` follows the driving critical
/// predecessors back from the critical item that ends the project.
///
/// **Late**: not done and its forecast end is after its due date or its baseline end
/// (`ForecastInput.baselineEnds`); never because its start is behind the status date.
/// `daysLate` counts the calendar days between them.
///
/// **Conflicts** never stop planning:
/// - `cycle`: each dependency cycle (also those closed through a task's `milestone:`); the edge
///   that closes a cycle (found by a depth-first search in id order) is ignored.
/// - `dueBeforeEarliestEnd`: not done and its due date is before its earliest possible end
///   (the end computed without levelling).
/// - `milestoneMissed`: a milestone's date is before its forecast day.
/// - `workOnHoliday`: a task's fixed `start` or `due` (not done) falls in a holiday period.
/// - `workDuringAbsence`: a task whose days are fixed by the board calendar (rules 1, 3, 4, 5
///   above) has an assignee away on one of its working days while no other assignee of the
///   task is available that day; reported once per task, member and absence, at its first day.
///   (Effort tasks, rule 2, simply wait for their assignees.)
/// - `overload`: a member's hours in an ISO week exceed their capacity that week.
///
/// **Load.** For every member and ISO week from the plan's start to its end: hours = the work
/// of the tasks they are assigned to on that week's days (effort tasks: each day's work split
/// among the assignees in proportion to their available hours that day; calendar-length tasks:
/// the member's full hours on each of the task's days they work), capacity = their available
/// hours that week.
///
/// **Levelling** (`level: true`) reschedules tasks one at a time, highest priority first
/// (earlier latest start, then id) among those whose predecessors are placed, each at the
/// earliest start from which it adds no weekly overload for its assignees: tasks move within
/// their slack when they can, beyond it (delaying the end) when they must. Done tasks never
/// move. Every task whose start changed is reported as a `LevelingMove` (`withinSlack` when
/// its new start is not after its latest start in the unlevelled plan). Capacity is weekly,
/// as the load report is: a member may hold two tasks the same day if their week fits.
/// Slack and the critical path are then recomputed on the levelled dates from the
/// dependencies alone (as a forward/backward pass does), so a task that waits for a busy
/// member shows slack. tj3 levels hour by hour instead, so levelled dates may differ from its.
public enum Planner {
    /// The forecast: the one function every command plans with (see `ForecastInput`).
    public static func forecast(_ input: ForecastInput) -> Schedule {
        var engine = PlanEngine(input)
        return engine.run(level: input.level)
    }

    /// The forecast of a board with no history, as of `today`.
    public static func schedule(_ board: Board, today: Day, level: Bool = false) -> Schedule {
        forecast(ForecastInput(board: board, statusDate: today, level: level))
    }
}

/// The mutable state of one planning run. Nodes are milestones then tasks, by id.
struct PlanEngine {
    struct Edge {
        let pred: Int
        let kind: Dependency.Kind
        let lag: Int
    }

    enum Work {
        /// Calendar length in working days.
        case span(Int)
        /// Effort in hours, done by these members (index into settings.members, -1 = full-time
        /// outsider on the board calendar).
        case effort(Double, [Int])
    }

    let board: Board
    let today: Day
    let actuals: [ItemID: ActualDates]
    let spent: [ItemID: Double]
    let baselineEnds: [ItemID: Day]
    let calendar: WorkCalendar
    let axis: DayAxis
    let projectStart: Day
    let projectStartIndex: Int
    /// First boundary open work may start at: the status date (never before the project start).
    let statusIndex: Int

    var ids: [ItemID] = []
    /// Each node's place in id order: the searches and the levelling compare these integers
    /// where comparing ids (strings inside) was a good part of their time on large boards.
    var rank: [Int] = []
    /// Each node's actual dates from history (nil for milestones and tasks without any), read
    /// once instead of hashing its id at every use.
    var actual: [ActualDates?] = []
    var isMilestone: [Bool] = []
    var taskOf: [Int] = []            // node → index in board.tasks, -1 for milestones
    var milestoneOf: [Int] = []       // node → index in board.milestones, -1 for tasks
    var preds: [[Edge]] = []
    var work: [Work] = []
    var members: [[Int]] = []         // member slots of each node (tasks), for load
    var done: [Bool] = []
    /// Open tasks already started (their shown start is the actual one).
    var started: [Bool] = []
    /// Effort each task stands for, whole (for progress by effort), and the part done.
    var effortTotal: [Double] = []
    var effortDone: [Double] = []
    var order: [Int] = []             // topological order
    var cycles: [[ItemID]] = []

    // Placement (boundaries on the axis).
    var startB: [Int] = []
    var endB: [Int] = []
    var atEnd: [Bool] = []            // milestones: reached at the end of day b - 1
    var lateStartB: [Int] = []
    var lateEndB: [Int] = []

    init(_ input: ForecastInput) {
        board = input.board
        today = input.statusDate
        actuals = input.actuals
        spent = input.spentHours
        baselineEnds = input.baselineEnds
        calendar = WorkCalendar(settings: board.settings)
        projectStart = board.settings.start ?? today
        var base = min(projectStart, today)
        for t in board.tasks {
            for d in [t.start, t.due].compactMap({ $0 }) where d < base { base = d }
        }
        for m in board.milestones { if let d = m.date, d < base { base = d } }
        for a in actuals.values { for d in [a.start, a.end].compactMap({ $0 }) where d < base { base = d } }
        // A mistyped year (0026) must not make the axis span two millennia.
        base = max(base, projectStart.adding(days: -DayAxis.horizonDays / 10))
        axis = DayAxis(calendar: calendar, base: base)
        projectStartIndex = axis.index(onOrAfter: projectStart)
        statusIndex = max(projectStartIndex, axis.index(onOrAfter: today))
        buildGraph()
    }

    // MARK: Graph

    mutating func buildGraph() {
        let settings = board.settings
        var nodeOf: [ItemID: Int] = [:]
        for (i, m) in board.milestones.enumerated() {
            nodeOf[m.id] = ids.count
            ids.append(m.id); isMilestone.append(true); taskOf.append(-1); milestoneOf.append(i)
        }
        for (i, t) in board.tasks.enumerated() where nodeOf[t.id] == nil {
            nodeOf[t.id] = ids.count
            ids.append(t.id); isMilestone.append(false); taskOf.append(i); milestoneOf.append(-1)
        }
        let n = ids.count
        rank = Array(repeating: 0, count: n)
        for (k, v) in (0..<n).sorted(by: { ids[$0] < ids[$1] }).enumerated() { rank[v] = k }
        actual = ids.map { actuals[$0] }
        preds = Array(repeating: [], count: n)
        work = Array(repeating: .span(1), count: n)
        members = Array(repeating: [], count: n)
        done = Array(repeating: false, count: n)
        started = Array(repeating: false, count: n)
        effortTotal = Array(repeating: 0, count: n)
        effortDone = Array(repeating: 0, count: n)
        let firstStatus = settings.statuses.first
        let memberIndex = Dictionary(settings.members.enumerated().map { ($1.id.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })

        func edges(_ deps: [Dependency], of node: Int) -> [Edge] {
            var out: [Edge] = []
            for d in deps {
                guard let p = nodeOf[d.target], p != node else { continue }
                let lag = d.lag.map { Int(($0.hours / Effort.hoursPerDay - 1e-9).rounded(.up)) } ?? 0
                out.append(Edge(pred: p, kind: d.kind, lag: max(0, lag)))
            }
            return out
        }
        for v in 0..<n {
            if isMilestone[v] {
                preds[v] += edges(board.milestones[milestoneOf[v]].depends, of: v)
                continue
            }
            let t = board.tasks[taskOf[v]]
            preds[v] += edges(t.depends, of: v)
            if let m = t.milestone, let mv = nodeOf[m], isMilestone[mv] {
                preds[mv].append(Edge(pred: v, kind: .finishToStart, lag: 0))
            }
            done[v] = t.status == settings.doneStatus
            var slots: [Int] = []
            var seen: Set<String> = []
            for a in t.assignees where seen.insert(a.lowercased()).inserted {
                slots.append(memberIndex[a.lowercased()] ?? -1)
            }
            members[v] = slots.filter { $0 >= 0 }
            let progress = Double(min(100, max(0, t.progress ?? 0))) / 100
            started[v] = !done[v] && (progress > 0 || (firstStatus != nil && t.status != firstStatus) || actual[v]?.start != nil)
            // What is left of an open task: its estimate less the time spent when time is
            // logged, else its estimate (or duration) times the progress left.
            let spentHours = spent[t.id] ?? 0
            func left(_ hours: Double) -> Double {
                guard !done[v] else { return hours }
                return ForecastInput.remaining(hours, of: t, spent: spentHours)
            }
            func days(_ hours: Double) -> Int { max(1, Int((hours / Effort.hoursPerDay - 1e-9).rounded(.up))) }
            if let d = t.duration {
                work[v] = .span(days(done[v] ? d.hours : d.hours * (1 - progress)))
                effortTotal[v] = t.estimate?.hours ?? d.hours
            } else if let e = t.estimate {
                work[v] = slots.isEmpty ? .span(days(left(e.hours))) : .effort(max(left(e.hours), 0), slots)
                effortTotal[v] = max(0, e.hours)
            } else if let s = t.start, let d = t.due, s <= d {
                let first = axis.index(onOrAfter: s), last = axis.index(onOrBefore: d)
                effortTotal[v] = Double(max(1, last - first + 1)) * Effort.hoursPerDay
                // Days fixed by the dates: those not behind the status date are left.
                let from = done[v] ? first : max(first, statusIndex)
                work[v] = .span(max(1, last - from + 1))
            } else {
                work[v] = .span(1)
                effortTotal[v] = Effort.hoursPerDay
            }
            if let e = t.estimate, t.duration != nil { effortTotal[v] = max(0, e.hours) }
            effortDone[v] = done[v] ? effortTotal[v] : effortTotal[v] * progress
        }
        orderAndCycles()
    }

    /// Depth-first search along dependency edges in id order: drops the edges that close a
    /// cycle, records the cycles, and gives a topological order (post-order).
    mutating func orderAndCycles() {
        let n = ids.count
        cycles = board.dependencyCycles()
        var known = Set(cycles)
        var state = Array(repeating: 0, count: n) // 1 on stack, 2 done
        var stack: [Int] = []
        var position = Array(repeating: -1, count: n)
        var roots = Array(repeating: 0, count: n)
        for v in 0..<n { roots[rank[v]] = v }
        // Sort each node's predecessors by id so the search is deterministic.
        let rank = self.rank
        for v in 0..<n { preds[v].sort { rank[$0.pred] < rank[$1.pred] } }
        for root in roots where state[root] == 0 {
            var frames: [(node: Int, next: Int)] = [(root, 0)]
            state[root] = 1; position[root] = stack.count; stack.append(root)
            while let top = frames.last {
                let v = top.node
                if top.next < preds[v].count {
                    frames[frames.count - 1].next += 1
                    let p = preds[v][top.next].pred
                    if state[p] == 1 {
                        // Back edge: ignore it, report its cycle unless BoardCore already did.
                        var cycle = stack[position[p]...].map { ids[$0] }
                        let minIndex = cycle.indices.min { cycle[$0] < cycle[$1] }!
                        cycle = Array(cycle[minIndex...] + cycle[..<minIndex])
                        if !known.contains(where: { Set($0) == Set(cycle) }) {
                            known.insert(cycle)
                            cycles.append(cycle)
                        }
                        preds[v].remove(at: top.next)
                        frames[frames.count - 1].next -= 1
                    } else if state[p] == 0 {
                        state[p] = 1; position[p] = stack.count; stack.append(p)
                        frames.append((p, 0))
                    }
                } else {
                    frames.removeLast()
                    stack.removeLast()
                    state[v] = 2
                    order.append(v)
                }
            }
        }
    }

    // MARK: Forward placement

    /// The earliest boundary allowed by the predecessors, with the milestone "end of day" flag
    /// of the latest release.
    func release(of v: Int) -> (b: Int, atEnd: Bool)? {
        var best: (b: Int, atEnd: Bool)?
        for e in preds[v] {
            let p = e.pred
            let r: (b: Int, atEnd: Bool)
            if isMilestone[p] {
                r = (startB[p] + e.lag, atEnd[p] || e.lag > 0)
            } else if e.kind == .finishToStart {
                r = (endB[p] + e.lag, true)
            } else {
                r = (startB[p] + e.lag, e.lag > 0)
            }
            // At the same boundary, the start of the next working day is later than the end of
            // the previous one.
            if let b = best, 2 * b.b - (b.atEnd ? 1 : 0) >= 2 * r.b - (r.atEnd ? 1 : 0) { continue }
            best = r
        }
        return best
    }

    /// Earliest boundary a task may start at: open work never starts before the status date.
    func earliestStart(of v: Int) -> Int {
        var b = done[v] ? projectStartIndex : statusIndex
        if let s = board.tasks[taskOf[v]].start { b = max(b, axis.index(onOrAfter: s)) }
        if let r = release(of: v) { b = max(b, r.b) }
        return b
    }

    /// The first and last working day of task `v` when it may start at boundary `from`.
    func place(_ v: Int, from: Int) -> (s: Int, e: Int) {
        switch work[v] {
        case .span(let n):
            return (from, from + n - 1)
        case .effort(let hours, let slots):
            let limit = from + 20_000
            var i = from
            while i < limit, capacity(slots, i) <= 0 { i += 1 }
            if i >= limit { return (from, from + max(1, Int((hours / Effort.hoursPerDay).rounded(.up))) - 1) }
            let s = i
            var remaining = hours
            while i < limit {
                remaining -= capacity(slots, i)
                if remaining <= 1e-9 { return (s, i) }
                i += 1
            }
            return (s, i)
        }
    }

    func capacity(_ slots: [Int], _ i: Int) -> Double {
        var c = 0.0
        for m in slots { c += m < 0 ? Effort.hoursPerDay : axis.hours(m, i) }
        return c
    }

    /// Calls `body(member, index, hours)` for each day of work of task `v` on days `s...e`.
    func eachLoad(_ v: Int, s: Int, e: Int, _ body: (Int, Int, Double) -> Void) {
        guard !members[v].isEmpty, e >= s else { return }
        switch work[v] {
        case .span:
            for i in s...e { for m in members[v] { let h = axis.hours(m, i); if h > 0 { body(m, i, h) } } }
        case .effort(let hours, let slots):
            var remaining = hours
            // A done task may have ended before or after its planned end: spread the effort
            // evenly over the days it took.
            let total = (s...e).reduce(0.0) { $0 + capacity(slots, $1) }
            let evenly = done[v] && total > 0 ? min(1, hours / total) : nil
            for i in s...e {
                let cap = capacity(slots, i)
                guard cap > 0 else { continue }
                let share: Double
                if let evenly { share = evenly } else {
                    guard remaining > 1e-9 else { break }
                    share = min(cap, remaining) / cap
                    remaining -= cap * share
                }
                for m in slots where m >= 0 {
                    let h = axis.hours(m, i) * share
                    if h > 0 { body(m, i, h) }
                }
            }
        }
    }

    /// Places node `v` at its earliest, or, for a task, from boundary `from` when given.
    mutating func placeNode(_ v: Int, from: Int? = nil) {
        if isMilestone[v] {
            if let r = release(of: v) {
                startB[v] = r.b; endB[v] = r.b; atEnd[v] = r.atEnd
            } else {
                let m = board.milestones[milestoneOf[v]]
                let b = axis.index(onOrAfter: m.date ?? projectStart)
                startB[v] = b; endB[v] = b; atEnd[v] = false
            }
            return
        }
        let (s, e) = place(v, from: from ?? earliestStart(of: v))
        startB[v] = s
        endB[v] = e + 1
        if done[v], let actual = actual[v], let end = actual.end {
            // Done: where history says it was, whatever the plan said.
            let last = max(0, axis.index(onOrBefore: end))
            let first = actual.start.map { axis.index(onOrAfter: $0) } ?? min(s, last)
            startB[v] = min(first, last)
            endB[v] = last + 1
        }
    }

    /// The boundary a task is shown to start at: an open task already started keeps its actual
    /// start (its remaining work is what `startB` places).
    func shownStartB(_ v: Int) -> Int {
        if started[v], let s = actual[v]?.start { return min(startB[v], axis.index(onOrAfter: s)) }
        return startB[v]
    }

    mutating func forward() {
        let n = ids.count
        startB = Array(repeating: 0, count: n)
        endB = Array(repeating: 0, count: n)
        atEnd = Array(repeating: false, count: n)
        for v in order { placeNode(v) }
    }

    // MARK: Backward pass

    func span(_ v: Int) -> Int { endB[v] - startB[v] }

    var projectEndB: Int {
        var e = projectStartIndex
        for v in 0..<ids.count { e = max(e, endB[v]) }
        return e
    }

    mutating func backward() {
        let n = ids.count
        let end = projectEndB
        lateEndB = Array(repeating: end, count: n)
        lateStartB = Array(repeating: end, count: n)
        for v in order.reversed() {
            lateStartB[v] = lateEndB[v] - span(v)
            for e in preds[v] {
                let p = e.pred
                let bound: Int
                if isMilestone[p] || e.kind == .finishToStart {
                    bound = lateStartB[v] - e.lag
                } else {
                    bound = lateStartB[v] - e.lag + span(p)
                }
                lateEndB[p] = min(lateEndB[p], bound)
            }
        }
    }

    func slack(_ v: Int) -> Int { max(0, lateStartB[v] - startB[v]) }
    func critical(_ v: Int) -> Bool { !done[v] && slack(v) == 0 }

    // MARK: Levelling

    mutating func level() -> [LevelingMove] {
        let n = ids.count
        let plannedStart = startB
        let priorityLS = lateStartB
        let rank = self.rank
        var remaining = preds.map(\.count)
        var succs = Array(repeating: [Int](), count: n)
        for v in 0..<n { for e in preds[v] { succs[e.pred].append(v) } }
        let memberCount = axis.memberCount
        // Hours booked and capacity per member and week number; capacity -1 = not computed yet.
        var booked: [[Double]] = Array(repeating: [], count: memberCount)
        var capacities: [[Double]] = Array(repeating: [], count: memberCount)
        let settings = board.settings
        let axis = self.axis
        let calendar = self.calendar
        func capacity(_ m: Int, _ w: Int) -> Double {
            while capacities[m].count <= w { capacities[m].append(-1) }
            if capacities[m][w] < 0 {
                capacities[m][w] = calendar.weeklyCapacity(of: settings.members[m].id, week: Day(ordinal: axis.firstWeek + 7 * w))
            }
            return capacities[m][w]
        }
        func free(_ m: Int, _ w: Int) -> Double {
            capacity(m, w) - (w < booked[m].count ? booked[m][w] : 0)
        }
        let done = self.done, isMilestone = self.isMilestone
        // Ready tasks, best first (a heap: thousands may be ready at once on a large board).
        var ready = IndexHeap { a, b in
            // Done tasks and milestones first: they do not compete for capacity.
            let fa = done[a] || isMilestone[a], fb = done[b] || isMilestone[b]
            if fa != fb { return fa }
            if priorityLS[a] != priorityLS[b] { return priorityLS[a] < priorityLS[b] }
            return rank[a] < rank[b]
        }
        for v in 0..<n where remaining[v] == 0 { ready.push(v) }
        // Weeks found full, per member: a week once full stays full (bookings only grow), so
        // `skipTo[m][w]`, when above w, is a later week such that every week from w up to it
        // is full for m. Kept with path compression, it lets a task that waits for a busy
        // member jump over years of full weeks at once instead of trying them day by day.
        var skipTo: [[Int]] = Array(repeating: [], count: memberCount)
        func firstOpenWeek(_ m: Int, from start: Int) -> Int {
            var w = start
            while true {
                while skipTo[m].count <= w { skipTo[m].append(-1) }
                if skipTo[m][w] > w { w = skipTo[m][w]; continue }
                guard free(m, w) <= 0.001 else { break }
                skipTo[m][w] = w + 1
                w += 1
            }
            var p = start
            while p < w { let next = skipTo[m][p]; skipTo[m][p] = w; p = next }
            return w
        }
        // Members who work every working day of the board (no absence, some hours): for them
        // every day of a full week is skipped with one try, so the jump can be counted exactly.
        let everyDay = settings.members.map { $0.away.isEmpty && ($0.hoursPerDay ?? Effort.hoursPerDay) > 0 }
        let horizon = axis.base.adding(days: DayAxis.horizonDays)
        // Scratch for the fit check: hours of the current week per member.
        var weekOf = Array(repeating: -1, count: memberCount)
        var sum = Array(repeating: 0.0, count: memberCount)
        while let v = ready.pop() {
            if isMilestone[v] || done[v] || members[v].isEmpty {
                placeNode(v)
            } else {
                let earliest = earliestStart(of: v)
                var from = earliest
                var placed = false
                let assignees = members[v]
                var tries = 0
                while tries < 20_000 {
                    // Cheap skip: an assignee who works on `from` and whose week is full. Every
                    // following day of that week they work on is skipped alike (one try each).
                    if let full = assignees.first(where: { axis.hours($0, from) > 0 && free($0, axis.weekNumber(from)) <= 0.001 }) {
                        let week = axis.weekNumber(from)
                        if assignees.count == 1, everyDay[full] {
                            // The same days the loop below would skip, one try each, in one step:
                            // to the first working day of the next week with room.
                            let target = Day(ordinal: axis.firstWeek + 7 * firstOpenWeek(full, from: week + 1))
                            if target <= horizon {
                                let skipped = axis.index(onOrAfter: target) - from
                                if tries + skipped >= 20_000 {
                                    from += 20_000 - tries
                                    tries = 20_000
                                } else {
                                    from += skipped
                                    tries += skipped
                                }
                                continue
                            }
                        }
                        repeat {
                            from += 1
                            tries += 1
                        } while tries < 20_000 && axis.weekNumber(from) == week && axis.hours(full, from) > 0
                        continue
                    }
                    tries += 1
                    let (s, e) = place(v, from: from)
                    var fits = true
                    for m in assignees { weekOf[m] = -1; sum[m] = 0 }
                    eachLoad(v, s: s, e: e) { m, i, h in
                        let w = axis.weekNumber(i)
                        if weekOf[m] != w {
                            if weekOf[m] >= 0, sum[m] > free(m, weekOf[m]) + 0.001 { fits = false }
                            weekOf[m] = w
                            sum[m] = 0
                        }
                        sum[m] += h
                    }
                    for m in assignees where weekOf[m] >= 0 && sum[m] > free(m, weekOf[m]) + 0.001 { fits = false }
                    if fits {
                        startB[v] = s; endB[v] = e + 1
                        placed = true
                        break
                    }
                    from = s + 1
                }
                if !placed { placeNode(v, from: earliest) }
            }
            if !isMilestone[v] {
                eachLoad(v, s: startB[v], e: endB[v] - 1) { m, i, h in
                    let w = axis.weekNumber(i)
                    while booked[m].count <= w { booked[m].append(0) }
                    booked[m][w] += h
                }
            }
            for w in succs[v] {
                remaining[w] -= 1
                if remaining[w] == 0 { ready.push(w) }
            }
        }
        var moves: [LevelingMove] = []
        for v in 0..<n where !isMilestone[v] && startB[v] != plannedStart[v] {
            moves.append(LevelingMove(task: ids[v], fromStart: axis.day(plannedStart[v]), toStart: axis.day(startB[v]),
                                      withinSlack: startB[v] <= priorityLS[v]))
        }
        return moves.sorted { ($0.toStart, $0.task) < ($1.toStart, $1.task) }
    }

    // MARK: Run

    /// The day shown as a node's start and end.
    func shownDays(_ v: Int) -> (start: Day, end: Day) {
        if isMilestone[v] {
            if preds[v].isEmpty {
                let d = board.milestones[milestoneOf[v]].date ?? projectStart
                return (d, d)
            }
            let d = atEnd[v] ? axis.day(startB[v] - 1) : axis.day(startB[v])
            return (d, d)
        }
        var end = axis.day(endB[v] - 1)
        if done[v], let actual = actual[v]?.end { end = actual }
        var start = axis.day(shownStartB(v))
        if done[v], let s = actual[v]?.start, s <= end { start = s }
        return (start, end)
    }

    mutating func run(level doLevel: Bool) -> Schedule {
        let n = ids.count
        forward()
        let earliestEnd = (0..<n).map { isMilestone[$0] ? nil : shownDays($0).end }
        backward()
        var moves: [LevelingMove] = []
        if doLevel {
            moves = level()
            backward()
        }
        var conflicts: [PlanConflict] = cycles.map { .cycle($0) }

        // Items.
        var items: [ScheduledItem] = []
        items.reserveCapacity(n)
        var milestoneDone = Array(repeating: false, count: n)
        for v in 0..<n where isMilestone[v] {
            let taskPreds = preds[v].filter { !isMilestone[$0.pred] }
            milestoneDone[v] = !taskPreds.isEmpty && taskPreds.allSatisfy { done[$0.pred] }
        }
        for v in 0..<n {
            let (start, end) = shownDays(v)
            let lateStart = axis.day(lateStartB[v])
            let lateEnd: Day
            if isMilestone[v] {
                lateEnd = atEnd[v] && lateStartB[v] > 0 ? axis.day(lateStartB[v] - 1) : axis.day(lateStartB[v])
            } else {
                lateEnd = axis.day(lateEndB[v] - 1)
            }
            if isMilestone[v] {
                let m = board.milestones[milestoneOf[v]]
                let isDone = milestoneDone[v]
                let reference = [m.date, baselineEnds[m.id]].compactMap { $0 }.min()
                let late = !isDone && reference.map { end > $0 } ?? false
                items.append(ScheduledItem(id: m.id, title: m.title, start: start, end: end,
                                           lateStart: isMilestone[v] ? lateEnd : lateStart, lateEnd: lateEnd,
                                           slack: slack(v), critical: !isDone && slack(v) == 0,
                                           progress: isDone ? 100 : 0, done: isDone, actualEnd: nil, late: late,
                                           assignees: [], milestone: nil, due: nil, targetDate: m.date,
                                           workingDays: 0, effortHours: nil))
                if late, let reference { items[items.count - 1].daysLate = end.ordinal - reference.ordinal; items[items.count - 1].lateReference = reference }
                if let date = m.date, !preds[v].isEmpty, date < end {
                    conflicts.append(.milestoneMissed(milestone: m.id, date: date, forecast: end))
                }
            } else {
                let t = board.tasks[taskOf[v]]
                let isDone = done[v]
                // Late: the forecast end is after the due date or the baseline's end — never
                // because the start is behind the status date.
                let reference = [t.due, baselineEnds[t.id]].compactMap { $0 }.min()
                let late = !isDone && reference.map { end > $0 } ?? false
                items.append(ScheduledItem(id: t.id, title: t.title, start: start, end: end, lateStart: lateStart, lateEnd: lateEnd,
                                           slack: slack(v), critical: critical(v),
                                           progress: isDone ? 100 : min(100, max(0, t.progress ?? 0)), done: isDone,
                                           actualEnd: isDone ? actual[v]?.end : nil, late: late,
                                           assignees: t.assignees, milestone: t.milestone, due: t.due, targetDate: nil,
                                           workingDays: span(v), effortHours: t.estimate?.hours))
                if late, let reference { items[items.count - 1].daysLate = end.ordinal - reference.ordinal; items[items.count - 1].lateReference = reference }
                items[items.count - 1].actualStart = isDone || started[v] ? actual[v]?.start : nil
                items[items.count - 1].remainingStart = isDone ? nil : axis.day(startB[v])
                items[items.count - 1].remainingHours = isDone ? 0 : { if case .effort(let h, _) = work[v] { return h } else { return nil } }()
                if isDone {
                    items[items.count - 1].doneThrough = max(start, end)
                } else if started[v], actual[v]?.start != nil {
                    let behind = min(axis.day(startB[v]), today).adding(days: -1)
                    if behind >= start { items[items.count - 1].doneThrough = behind }
                }
            }
        }

        // Task conflicts, in id order.
        for v in 0..<n where !isMilestone[v] && !done[v] {
            let t = board.tasks[taskOf[v]]
            if let due = t.due, let earliest = earliestEnd[v], due < earliest {
                conflicts.append(.dueBeforeEarliestEnd(task: t.id, due: due, earliestEnd: earliest))
            }
            for d in [t.start, t.due].compactMap({ $0 }) {
                if let h = calendar.holiday(on: d) {
                    conflicts.append(.workOnHoliday(task: t.id, day: d, holiday: h.name))
                    break
                }
            }
            if case .span = work[v], !members[v].isEmpty {
                var reported: Set<[Int]> = []
                for i in startB[v]..<endB[v] {
                    let present = members[v].contains { !axis.isAway($0, i) }
                    if present { continue }
                    for m in members[v] {
                        let member = board.settings.members[m]
                        let day = axis.day(i)
                        let absence = calendar.absence(of: member.id, on: day)
                        let key = [m, absence?.from.ordinal ?? 0]
                        if reported.insert(key).inserted {
                            conflicts.append(.workDuringAbsence(task: t.id, member: member.id, day: day, reason: absence?.name))
                        }
                    }
                }
            }
        }

        // Span of the plan.
        let start = items.map(\.start).min() ?? projectStart
        let end = items.map(\.end).max() ?? projectStart

        // Load.
        var daily: [[Int: Double]] = Array(repeating: [:], count: axis.memberCount) // member → week → hours
        // Done tasks at their actual dates, open ones from the status date on.
        for v in 0..<n where !isMilestone[v] {
            eachLoad(v, s: startB[v], e: endB[v] - 1) { m, i, h in daily[m][axis.week(i), default: 0] += h }
        }
        var load: [WeeklyLoad] = []
        let firstWeek = WorkCalendar.monday(of: start), lastWeek = WorkCalendar.monday(of: end)
        // Overloads are conflicts only where something can still be done: from the status week.
        let statusWeek = WorkCalendar.monday(of: today)
        for (m, member) in board.settings.members.enumerated() {
            var week = firstWeek
            while week <= lastWeek {
                let hours = daily[m][week.ordinal] ?? 0
                let capacity = calendar.weeklyCapacity(of: member.id, week: week)
                let entry = WeeklyLoad(member: member.id, week: week, hours: (hours * 1000).rounded() / 1000, capacity: capacity)
                load.append(entry)
                if entry.overloaded && week >= statusWeek {
                    conflicts.append(.overload(member: member.id, week: week, hours: entry.hours, capacity: capacity))
                }
                week = week.adding(days: 7)
            }
        }

        var schedule = Schedule(items: items, start: start, end: end, criticalPath: criticalPath(), conflicts: conflicts, load: load, moves: moves)
        schedule.statusDate = today
        for v in 0..<n where !isMilestone[v] {
            schedule.effort.totalHours += effortTotal[v]
            schedule.effort.doneHours += effortDone[v]
        }
        return schedule
    }

    /// Driving chain of critical items, walked back from the critical item that ends the project.
    func criticalPath() -> [ItemID] {
        let end = projectEndB
        let candidates = (0..<ids.count).filter { critical($0) && endB[$0] == end }
        // Prefer an item no other candidate depends on (a final milestone), then the smallest id.
        let dependedOn = Set(candidates.flatMap { preds[$0].map(\.pred) })
        guard var v = candidates.first(where: { !dependedOn.contains($0) }) ?? candidates.first else { return [] }
        var chain = [v]
        var seen: Set<Int> = [v]
        while true {
            var next: Int?
            for e in preds[v] where critical(e.pred) && !seen.contains(e.pred) {
                let p = e.pred
                let r: Int = (isMilestone[p] || e.kind == .startToStart) ? startB[p] + e.lag : endB[p] + e.lag
                if r == startB[v] { next = p; break }
            }
            guard let p = next else { break }
            chain.append(p)
            seen.insert(p)
            v = p
        }
        return chain.reversed().map { ids[$0] }
    }
}
