import Foundation
import Yams

/// A board template (`Boards/modeles/NAME.yml`): statuses, working days, and starter milestones
/// and tasks placed by week from the board's start.
public struct BoardTemplate: Sendable {
    /// A starter title in each language, keyed by language code (`fr:`, `en:`).
    struct Localized: Decodable, Sendable {
        let titles: [String: String]
        init(from decoder: Decoder) throws { titles = try decoder.singleValueContainer().decode([String: String].self) }
        func text(_ language: Language) -> String { titles[language.rawValue] ?? titles[Language.fallback.rawValue] ?? "" }
    }
    struct MilestoneSeed: Decodable, Sendable {
        let title: Localized
        let week: Int?
    }
    struct TaskSeed: Decodable, Sendable {
        let title: Localized
        let estimate: String?
        let milestone: Int?
        let depends: [Int]?
        let label: String?
    }
    struct File: Decodable, Sendable {
        let title: Localized
        let description: Localized?
        let statuses: [String]?
        let workdays: [String]?
        let milestones: [MilestoneSeed]?
        let tasks: [TaskSeed]?
    }

    public let name: String
    let file: File

    public init(name: String, yaml: String) throws {
        self.name = name
        do { file = try YAMLDecoder().decode(File.self, from: yaml) } catch {
            throw JalonError(.invalidInput, Text("store.text", ["name": name, "error": error]))
        }
    }

    public func title(_ language: Language) -> String { file.title.text(language) }
    public func summary(_ language: Language) -> String? { file.description?.text(language) }
    public var statuses: [String]? { file.statuses }
    public var workdays: [Weekday]? { file.workdays?.compactMap { Weekday(rawValue: $0) } }

    /// Seeded items are numbered with the outsider code: they are made once, at `init`.
    public func milestones(start: Day?, language: Language) -> [Milestone] {
        (file.milestones ?? []).enumerated().map { i, seed in
            Milestone(id: ItemID(kind: .milestone, code: MemberCode.outsider, number: i + 1), title: seed.title.text(language),
                      date: start.flatMap { s in seed.week.map { BoardTemplate.friday(ofWeek: $0, from: s) } })
        }
    }

    public func tasks(start: Day?, language: Language, status: String) -> [BoardTask] {
        let milestoneCount = file.milestones?.count ?? 0
        let seeds = file.tasks ?? []
        return seeds.enumerated().map { i, seed in
            var t = BoardTask(id: ItemID(kind: .task, code: MemberCode.outsider, number: i + 1), title: seed.title.text(language), status: status)
            t.estimate = seed.estimate.flatMap(Effort.parse)
            if let m = seed.milestone, (1...max(1, milestoneCount)).contains(m), milestoneCount > 0 {
                t.milestone = ItemID(kind: .milestone, code: MemberCode.outsider, number: m)
            }
            t.depends = (seed.depends ?? []).filter { $0 >= 1 && $0 <= seeds.count && $0 != i + 1 }
                .map { Dependency(target: ItemID(kind: .task, code: MemberCode.outsider, number: $0)) }
            if let label = seed.label { t.labels = [label] }
            return t
        }
    }

    static func friday(ofWeek week: Int, from start: Day) -> Day {
        let monday = start.adding(days: -(start.weekday - 1))
        return monday.adding(days: (max(week, 1) - 1) * 7 + 4)
    }
}
