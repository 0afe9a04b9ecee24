// Hostile and odd board files (issue 9, items 3–6): a seeded fuzz campaign over mutated task,
// milestone and jalon.yml files, parsed in-process for the bulk and through the `jalon` CLI on a
// sample. Asserts: no crash, no variant over 5 s, bounded memory, a file:line for every error,
// and `check` and `task list` naming the same files. JALON_TEST_LONG=1 runs ten times more.
import BoardCore
import Foundation
import Testing

/// SplitMix64: a small seeded generator so every run mutates the same way.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

enum Fuzz {
    static let long = ProcessInfo.processInfo.environment["JALON_TEST_LONG"] == "1"

    static let settings = ValidationTests.settings + """
        start: 2026-11-30
        end: 2027-02-12
        holidays:
          - from: 2026-12-21
            to: 2027-01-01
            name: Noël

        """

    /// Real files as Jalon writes them and as people edit them by hand.
    static let bases: [(path: String, text: String)] = [
        ("tasks/T-A1.md", "---\nid: T-A1\ntitle: Maquette de la page d’accueil\nstatus: doing\nassignees: [alice, bob]\nmilestone: M-A1\nstart: 2026-12-01\ndue: 2026-12-11\nestimate: 3d\nduration: 5d\ndepends: [T-A2+1d, ss:T-B1]\nprogress: 40\nlabels: [web, \"ux design\"]\n---\nLa maquette validée par le client.\n\n- [ ] couleurs\n"),
        ("tasks/T-B1.md", "---\nid: T-B1\ntitle: \"Base de données : schéma\"\nstatus: todo\n# a comment by hand\nnotes:\n  - first\n  - second: {a: 1}\nestimate: 4h\n---\n"),
        ("milestones/M-A1.md", "---\nid: M-A1\ntitle: Recette\ndate: 2027-01-15\ndepends: [T-A1]\n---\nDémonstration au client.\n"),
        (BoardSettings.fileName, Fuzz.settings),
    ]

    static let bomb = "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\n"
    static let numbers = ["1e19", "20000000000000000000h", "30000000d", "-5", "1e308", "nan", "inf", "99999999999999999999", "1e-300", "0x7fffffffffffffff", "9223372036854775808"]
    static let controls: [[UInt8]] = [[0x1B, 0x5B, 0x32, 0x4A], [0x1B, 0x5D, 0x30, 0x3B, 0x78, 0x07], [0x08], [0x0D], [0x00], [0xC2, 0x9B], [0xE2, 0x80, 0xAE], [0x7F]]
    static let invalidUTF8: [[UInt8]] = [[0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF5, 0x80, 0x80, 0x80]]
    static let numericKeys = ["estimate", "duration", "progress", "due", "start", "depends", "hoursPerDay", "date", "jalon"]

    /// One mutation of `bytes` (a real file), chosen by `rng`; the name says which, for failures.
    static func mutate(_ bytes: [UInt8], _ rng: inout SeededGenerator) -> (String, [UInt8]) {
        var b = bytes
        func anywhere() -> Int { Int.random(in: 0...max(0, b.count - 1), using: &rng) }
        func lineStarts() -> [Int] { [0] + b.indices.filter { b[$0] == 0x0A }.map { $0 + 1 }.filter { $0 < b.count } }
        switch Int.random(in: 0..<14, using: &rng) {
        case 0:
            for _ in 0..<Int.random(in: 1...4, using: &rng) where !b.isEmpty { b[anywhere()] ^= UInt8(1 << Int.random(in: 0..<8, using: &rng)) }
            return ("byte flips", b)
        case 1: return ("truncation", Array(b.prefix(anywhere())))
        case 2:
            let at = lineStarts().dropFirst().randomElement(using: &rng) ?? 0
            b.insert(contentsOf: Array(bomb.utf8), at: at)
            return ("alias bomb", b)
        case 3:
            let key = numericKeys.randomElement(using: &rng)!, value = numbers.randomElement(using: &rng)!
            let at = lineStarts().dropFirst().randomElement(using: &rng) ?? 0
            b.insert(contentsOf: Array("\(key): \(value)\n".utf8), at: at)
            return ("huge number \(key): \(value)", b)
        case 4:
            let depth = Int.random(in: 10...3000, using: &rng)
            let nested = Bool.random(using: &rng)
                ? "deep: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
                : (0..<min(depth, 400)).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x\n"
            let at = lineStarts().dropFirst().randomElement(using: &rng) ?? 0
            b.insert(contentsOf: Array(nested.utf8), at: at)
            return ("deep nesting \(depth)", b)
        case 5:
            b.insert(contentsOf: controls.randomElement(using: &rng)!, at: anywhere())
            return ("control character", b)
        case 6:
            var out: [UInt8] = []
            for c in b { if c == 0x0A { out.append(0x0D) }; out.append(c) }
            if Bool.random(using: &rng) { out.insert(contentsOf: [0xEF, 0xBB, 0xBF], at: 0) }
            return ("CRLF", out)
        case 7: return ("BOM", [0xEF, 0xBB, 0xBF] + b)
        case 8:
            b.insert(contentsOf: invalidUTF8.randomElement(using: &rng)!, at: anywhere())
            return ("invalid UTF-8", b)
        case 9:
            let at = lineStarts().dropFirst().randomElement(using: &rng) ?? 0
            b.insert(contentsOf: Array(("long: " + String(repeating: "x", count: Int.random(in: 60_000...90_000, using: &rng)) + "\n").utf8), at: at)
            return ("long line", b)
        case 10:
            let lines = lineStarts()
            if lines.count > 2 {
                let from = lines[Int.random(in: 1..<lines.count, using: &rng)]
                let end = b[from...].firstIndex(of: 0x0A).map { $0 + 1 } ?? b.count
                b.insert(contentsOf: Array(b[from..<end]), at: end)
            }
            return ("duplicated line", b)
        case 11:
            let at = anywhere()
            if at < b.count { b.remove(at: at) }
            return ("byte removed", b)
        case 12:
            let at = lineStarts().dropFirst().randomElement(using: &rng) ?? 0
            b.insert(contentsOf: Array("  - &x {who: *x}\n? *y : z\n".utf8), at: at)
            return ("anchors", b)
        default:
            let a = anywhere(), c = anywhere()
            if a < b.count && c < b.count { b.swapAt(a, c) }
            return ("bytes swapped", b)
        }
    }

    /// Loads a board with one mutated file among valid ones, as the CLI does.
    static func load(path: String, bytes: [UInt8]) -> Board {
        var files = bases.filter { $0.path != BoardSettings.fileName && $0.path != path }.map { Board.File(path: $0.path, text: $0.text) }
        let settings: Board.File
        if path == BoardSettings.fileName {
            settings = Board.File(path: path, bytes: bytes)
        } else {
            settings = Board.File(path: BoardSettings.fileName, text: Fuzz.settings)
            files.append(Board.File(path: path, bytes: bytes))
        }
        return Board.load(settingsFile: settings, files: files)
    }

    static func maxResidentKB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss)
    }
}

@Suite("Hostile files: fuzz")
struct HostileFuzzTests {
    @Test("5,000 mutated board files parse in-process: no crash, under 5 s each, bounded memory, file:line for every error")
    func fuzzInProcess() throws {
        let variants = Fuzz.long ? 50_000 : 5_000
        var rng = SeededGenerator(seed: 0x4A41_4C4F_4E09)
        let memoryBefore = Fuzz.maxResidentKB()
        var failures: [String] = []
        var errors = 0, flagged = 0, slowest = 0.0
        for n in 0..<variants {
            let base = Fuzz.bases[n % Fuzz.bases.count]
            let (kind, bytes) = Fuzz.mutate(Array(base.text.utf8), &rng)
            let start = Date()
            let board = Fuzz.load(path: base.path, bytes: bytes)
            let elapsed = Date().timeIntervalSince(start)
            slowest = max(slowest, elapsed)
            if elapsed > 5 { failures.append("#\(n) \(kind) on \(base.path): \(elapsed) s") }
            for d in board.diagnostics where d.severity == .error {
                errors += 1
                // Only a file too large (a size, not a place) and a link have no line.
                if d.line == nil && d.message.en.hasPrefix("file too large") == false && d.message.en.hasPrefix("symbolic link") == false {
                    failures.append("#\(n) \(kind) on \(base.path): no line in \(d.rendered(.en))")
                }
            }
            // A file flagged with an error is reported by every command (flaggedFiles), and every
            // skipped file is flagged.
            let flaggedSet = Set(board.flaggedFiles.map(\.file))
            flagged += flaggedSet.count
            let errorFiles = Set(board.diagnostics.filter { $0.severity == .error }.map(\.file)).union(board.skippedFiles)
            if flaggedSet != errorFiles { failures.append("#\(n) \(kind): flagged \(flaggedSet) but errors in \(errorFiles)") }
        }
        let grownMB = (Fuzz.maxResidentKB() - memoryBefore) / 1024
        print("fuzz in-process: \(variants) variants, \(errors) errors, \(flagged) flagged files, slowest \(String(format: "%.3f", slowest)) s, peak memory growth \(grownMB) MB, \(failures.count) failures")
        #expect(grownMB < 500, "memory grew by \(grownMB) MB")
        #expect(failures.isEmpty, "\(failures.prefix(20).joined(separator: "\n"))")
        #expect(errors > variants / 4, "the mutations should break many files")
    }

    @Test("A sample of mutated files through the CLI: check and task list name the same files, no crash, under 5 s")
    func fuzzThroughCLI() throws {
        let samples = Fuzz.long ? 600 : 60
        let repo = try TestRepository()
        try repo.makeBoard()
        for base in Fuzz.bases where base.path != BoardSettings.fileName { try repo.write(base.path, base.text) }
        let goodSettings = try #require(repo.read(BoardSettings.fileName))
        var rng = SeededGenerator(seed: 0xC11_0009)
        var failures: [String] = []
        var mismatches = 0
        for n in 0..<samples {
            let base = Fuzz.bases[n % Fuzz.bases.count]
            let original = base.path == BoardSettings.fileName ? goodSettings : base.text
            let (kind, bytes) = Fuzz.mutate(Array(original.utf8), &rng)
            try Data(bytes).write(to: repo.file(base.path))
            let start = Date()
            let check = try repo.jalon("check")
            let list = try repo.jalon("task", "list")
            let elapsed = Date().timeIntervalSince(start)
            try Data(original.utf8).write(to: repo.file(base.path))
            if elapsed > 10 { failures.append("#\(n) \(kind): check + task list took \(elapsed) s") }
            for r in [check, list] where r.stderr.looksLikeCrash || r.status > 3 {
                failures.append("#\(n) \(kind): crash or signal \(r)")
            }
            // Files check reports as errors (its lines start with the path).
            let checked = Set(check.lines.filter { !$0.hasPrefix("warning") && $0.contains(".") && $0.contains(":") }
                .compactMap { $0.split(separator: ":").first.map(String.init) }.filter { $0.hasSuffix(".md") || $0.hasSuffix(".yml") })
            let warned = Set(list.stderr.split(separator: "\n").compactMap { line -> String? in
                for p in ["warning: file left out: ", "warning: file read in part (value ignored): "] where line.hasPrefix(p) {
                    return line.dropFirst(p.count).split(separator: ":").first.map(String.init)
                }
                return nil
            })
            if checked != warned {
                mismatches += 1
                failures.append("#\(n) \(kind) on \(base.path): check reports \(checked.sorted()), task list warns \(warned.sorted())\n\(check.stdout)\n\(list.stderr)")
            }
        }
        print("fuzz CLI: \(samples) variants, \(mismatches) check/task list mismatches, \(failures.count) failures")
        #expect(failures.isEmpty, "\(failures.prefix(10).joined(separator: "\n"))")
    }
}
