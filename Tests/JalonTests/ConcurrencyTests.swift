// Many `jalon` processes adding tasks at once: no update is lost, ids never collide, history
// stays linear and the repository clean — with the home branch checked out (work-tree lock and
// compare-and-swap) and not checked out (compare-and-swap on the ref alone).
import Foundation
import Testing

@Suite("Concurrent writers", .serialized)
struct ConcurrencyTests {
    /// The compare-and-swap-only race at full scale (8×50) takes about a minute on two cores,
    /// so by default it runs at 4×25; set JALON_TEST_FULL_RACE=1 to run it at 8×50.
    static let fullRace = ProcessInfo.processInfo.environment["JALON_TEST_FULL_RACE"] != nil

    /// Starts `processes` shells at once, each running `perProcess` `jalon task add` in a row,
    /// and waits for all of them. Returns each shell's exit status and error output.
    static func race(_ repo: TestRepository, processes: Int, perProcess: Int) throws -> [(status: Int32, stderr: String)] {
        let script = #"for i in $(seq "$COUNT"); do "$JALON" task add "t$i-$P" --as alice > /dev/null || exit 1; done"#
        var running: [(Process, URL)] = []
        for p in 1...processes {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script]
            process.currentDirectoryURL = repo.url
            var env = repo.baseEnvironment.merging(repo.jalonEnvironment) { _, new in new }
            env["JALON"] = TestTools.jalon
            env["COUNT"] = String(perProcess)
            env["P"] = String(p)
            process.environment = env
            let errURL = repo.sandbox.appendingPathComponent("race-\(p).err")
            _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: errURL)
            process.standardOutput = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            running.append((process, errURL))
        }
        for (process, _) in running { try process.run() }
        return running.map { process, errURL in
            process.waitUntilExit()
            return (process.terminationStatus, (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
        }
    }

    static func expectNothingLost(_ repo: TestRepository, processes: Int, perProcess: Int, setupCommits: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let total = processes * perProcess
        let files = try repo.gitOK("ls-tree", "--name-only", "main", "tasks/").split(separator: "\n").map(String.init)
        #expect(files.count == total, sourceLocation: sourceLocation)
        #expect(Set(files).count == files.count, sourceLocation: sourceLocation)
        #expect(Set(files) == Set((1...total).map { "tasks/T-A\($0).md" }), "ids are T-A1…T-A\(total) without gaps", sourceLocation: sourceLocation)
        #expect(try repo.gitOK("rev-list", "--count", "main") == "\(setupCommits + total)\n", sourceLocation: sourceLocation)
        #expect(try repo.gitOK("rev-list", "--count", "--min-parents=2", "main") == "0\n", sourceLocation: sourceLocation)
        // Every title made it, each exactly once.
        let titles = try repo.gitOK("log", "main", "--format=%s", "-n", "\(total)")
            .split(separator: "\n").compactMap { $0.split(separator: "“").last.map { String($0.dropLast()) } }
        let expected = (1...processes).flatMap { p in (1...perProcess).map { "t\($0)-\(p)" } }
        #expect(titles.sorted() == expected.sorted(), sourceLocation: sourceLocation)
        let fsck = try repo.git("fsck", "--strict")
        #expect(fsck.status == 0, "\(fsck)", sourceLocation: sourceLocation)
        #expect(try repo.status().isEmpty, sourceLocation: sourceLocation)
    }

    @Test func eightWritersWithTheHomeBranchCheckedOut() throws {
        let repo = try TestRepository()
        let setup = try repo.makeBoard()
        let started = ContinuousClock.now
        let results = try Self.race(repo, processes: 8, perProcess: 50)
        print("8×50 task add, home branch checked out: \(ContinuousClock.now - started)")
        for r in results { #expect(r.status == 0, "\(r.stderr)") }
        try Self.expectNothingLost(repo, processes: 8, perProcess: 50, setupCommits: setup)
        // The work tree follows main: every task file is on disk.
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: repo.file("tasks").path)
        #expect(onDisk.count == 400)
    }

    @Test func concurrentWritersWithTheHomeBranchNotCheckedOut() throws {
        let repo = try TestRepository()
        let setup = try repo.makeBoard()
        try repo.gitOK("switch", "-q", "-c", "ailleurs")
        let (processes, perProcess) = Self.fullRace ? (8, 50) : (4, 25)
        let started = ContinuousClock.now
        let results = try Self.race(repo, processes: processes, perProcess: perProcess)
        print("\(processes)×\(perProcess) task add, home branch not checked out: \(ContinuousClock.now - started)")
        for r in results { #expect(r.status == 0, "\(r.stderr)") }
        try Self.expectNothingLost(repo, processes: processes, perProcess: perProcess, setupCommits: setup)
        #expect(try repo.gitOK("rev-list", "--count", "ailleurs") == "\(setup)\n")
        #expect(!repo.exists("tasks"))
    }
}
