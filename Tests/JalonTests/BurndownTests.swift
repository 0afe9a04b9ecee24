import BoardCore
import Foundation
@testable import Planning
@testable import Reports
import Testing

/// `jalon burndown`: remaining effort per working day from the boards committed each day (the
/// forecast's way of counting what is left), then the forecast; scope added after the baseline
/// is a step of the burnup; the HTML status page draws it.
@Suite("burndown and burnup")
struct BurndownTests {
    static func days(_ repo: TestRepository, _ extra: [String] = []) throws -> [String: [String: Any]] {
        let doc = try ForecastTests.json(try repo.jalonOK(["burndown", "--format", "json"] + extra).stdout)
        #expect(doc["schemaVersion"] as? Int == 1 && doc["unit"] as? String == "hours")
        let list = try #require(doc["days"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: list.map { ($0["date"] as! String, $0) })
    }

    static func num(_ v: Any?) -> Double? { (v as? NSNumber)?.doubleValue }

    @Test func remainingScopeIdealAndBaselinePerWorkingDay() throws {
        let repo = try ForecastTests.scriptedBoard()
        let d = try Self.days(repo)
        // 30/11: T-A1 2d, T-A2 3d, T-A3 2d, T-A4 1d = 64 h, nothing done.
        #expect(Self.num(d["2026-11-30"]?["scope"]) == 64 && Self.num(d["2026-11-30"]?["remaining"]) == 64)
        #expect(Self.num(d["2026-11-30"]?["ideal"]) == 64)
        // 03/12: T-A1 done.
        #expect(Self.num(d["2026-12-03"]?["remaining"]) == 48 && Self.num(d["2026-12-03"]?["done"]) == 16)
        // 04/12: T-A5 (1d) added after the baseline: a step in the scope.
        #expect(Self.num(d["2026-12-04"]?["scope"]) == 72 && Self.num(d["2026-12-04"]?["remaining"]) == 56)
        // 07/12: T-A2 half done.
        #expect(Self.num(d["2026-12-07"]?["remaining"]) == 44)
        // 09/12 and the status date 10/12: T-A2 done, T-A3 started.
        #expect(Self.num(d["2026-12-10"]?["remaining"]) == 32 && d["2026-12-10"]?["forecast"] as? Bool == false)
        #expect(d["2026-12-05"] == nil, "weekends are not working days")
        // After the status date the forecast burns what is left down to 0.
        let after = d.values.filter { ($0["date"] as! String) > "2026-12-10" }.sorted { ($0["date"] as! String) < ($1["date"] as! String) }
        #expect(!after.isEmpty && after.allSatisfy { $0["forecast"] as? Bool == true })
        #expect(Self.num(after.last?["remaining"]) == 0)
        let values = after.compactMap { Self.num($0["remaining"]) }
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 >= $1 })
        // It goes on from the measured 32 h by one day of forecast work: T-A4 and T-A5 (1 d
        // each, forecast on 10/12) and T-A3's first day are behind when 11/12 starts; T-A3's
        // second day is left. (It used to drop to 0 there, two days' work at once.)
        #expect(Self.num(d["2026-12-11"]?["remaining"]) == 8, "\(d["2026-12-11"] ?? [:])")
        #expect(Self.num(d["2026-12-14"]?["remaining"]) == 0)
        // The baseline "initial" burns from 64 h; the ideal line reaches 0 on the board's end.
        #expect((Self.num(d["2026-11-30"]?["baseline"]) ?? 0) < 64 && Self.num(d["2026-12-01"]?["baseline"]) != nil)
        #expect(Self.num(d["2027-02-12"]?["ideal"]) == 0)

        let text = try repo.jalonOK("burndown", "--lang", "en").stdout
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("Dec 4, 2026") && $0.contains("scope added") }, "\(text)")
        #expect(lines.filter { $0.contains("◀ today") }.count == 1 && lines.contains { $0.hasPrefix("Dec 10, 2026") && $0.contains("◀ today") })
        #expect(lines.allSatisfy { $0.count <= 100 }, "COLUMNS=100")
    }

    /// The SVG's axis labels are numbers in the reader's language: "12,5 h" in French.
    @Test func svgAxisLabelsUseTheDecimalMarkOfTheLanguage() {
        let d1 = Day(year: 2026, month: 11, day: 30)!, d2 = Day(year: 2026, month: 12, day: 1)!
        let chart = Burndown(points: [
            Burndown.Point(day: d1, remaining: 12.5, scope: 12.5, forecast: false, ideal: 12.5, baseline: nil),
            Burndown.Point(day: d2, remaining: 6.5, scope: 12.5, forecast: true, ideal: 0, baseline: nil),
        ], statusDate: d1, target: d2, baselineName: nil)
        let fr = BurndownChart.svg(chart, language: .fr), en = BurndownChart.svg(chart, language: .en)
        #expect(fr.contains(">12,5 h<") && !fr.contains(">12.5 h<"), "\(fr)")
        #expect(en.contains(">12.5 h<"), "\(en)")
    }

    @Test func pastStatusDateAndTheHTMLStatusPage() throws {
        let repo = try ForecastTests.scriptedBoard()
        let d = try Self.days(repo, ["--at", "2026-12-04"])
        #expect(Self.num(d["2026-12-04"]?["remaining"]) == 56 && d["2026-12-04"]?["forecast"] as? Bool == false)
        #expect(d["2026-12-07"]?["forecast"] as? Bool == true)
        let html = try repo.jalonOK("report", "status", "--format", "html", "--lang", "en").stdout
        #expect(html.contains("aria-label=\"Burndown: remaining effort per working day\"") && html.contains("Burnup: scope and work done"))
    }
}
