/// The bounds every board file and every number must fit in. A board is hand-edited text in a
/// shared repository: a file that would make Jalon run for minutes or eat gigabytes (YAML
/// aliases, a 10^19-day estimate, a megabyte line) is refused with a `file:line` error instead.
/// The command line uses the same bounds (see `ArgumentReader` in JalonCLI). README: "Limits".
public enum Limits {
    /// Largest board text file read (task, milestone, jalon.yml, spec, minutes, documents' text,
    /// comments): 1 MiB.
    public static let fileBytes = 1 << 20
    /// Longest line of a board text file, in bytes: 64 KiB.
    public static let lineBytes = 64 << 10
    /// Deepest nesting of YAML blocks, lists and flow collections in a header.
    public static let yamlDepth = 16
    /// Largest effort, duration or lag: 1,000 working days (8,000 hours), about four school years.
    public static let effortDays = 1_000.0
    public static var effortHours: Double { effortDays * Effort.hoursPerDay }
    /// Hours a member works per day.
    public static let hoursPerDay: ClosedRange<Double> = 0.25...24
    /// Progress in percent.
    public static let progress: ClosedRange<Int> = 0...100
    /// Years a board date may fall in (plans walk day by day between dates).
    public static let years: ClosedRange<Int> = 1900...2199
    /// Any other whole number in a file (the `jalon:` version…).
    public static let integer: ClosedRange<Int> = 0...1_000_000
}
