import BoardCore

/// Compares a baseline plan with the current one.
public enum PlanComparison {
    /// One entry per task and milestone of either plan, in id order (milestones first).
    /// Slippage is counted in working days of `calendar` (positive: later; Friday → Monday is
    /// 1). Items only in the current plan are `added`, items only in the baseline `removed`.
    public static func compare(baseline: Schedule, current: Schedule, calendar: WorkCalendar) -> [Slippage] {
        let planned = Dictionary(baseline.items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let now = Dictionary(current.items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let ids = Set(planned.keys).union(now.keys).sorted()
        return ids.compactMap { id in
            switch (planned[id], now[id]) {
            case let (p?, c?):
                return Slippage(id: id, title: c.title, change: .kept, plannedStart: p.start, plannedEnd: p.end,
                                currentStart: c.start, currentEnd: c.end,
                                endSlip: calendar.workingDays(between: p.end, and: c.end),
                                startSlip: calendar.workingDays(between: p.start, and: c.start))
            case let (p?, nil):
                return Slippage(id: id, title: p.title, change: .removed, plannedStart: p.start, plannedEnd: p.end,
                                currentStart: nil, currentEnd: nil, endSlip: nil, startSlip: nil)
            case let (nil, c?):
                return Slippage(id: id, title: c.title, change: .added, plannedStart: nil, plannedEnd: nil,
                                currentStart: c.start, currentEnd: c.end, endSlip: nil, startSlip: nil)
            case (nil, nil):
                return nil // cannot happen: every id comes from one of the plans
            }
        }
    }
}
