// Planning: the working calendar, the one forecast (actual dates from history, remaining work
// scheduled from the status date: Forecast.swift and Planner.swift), slack and critical path,
// conflicts, workload and levelling, burndown, and baseline comparison. Pure functions of the
// board model (BoardCore): no Git, no I/O, no printing.
