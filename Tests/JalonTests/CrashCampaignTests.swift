// The crash campaign: `jalon` mutations killed at random moments (SIGKILL, and SIGINT as a user's
// Ctrl-C) and, after each, the invariant of the one transaction checked with real git: the
// repository, index and work tree as before or as after the command (or repaired by the next
// Jalon command), `git fsck --strict` clean, `git status` clean, and the user's next plain
// `git add other.txt && git commit` deletes nothing. Seeded and bounded: 200 mutations by default
// (about a minute or two on two loaded cores); JALON_TEST_LONG=1 runs 1,000, JALON_TEST_SEED
// changes the seed.
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite("Crash campaign", .serialized)
struct CrashCampaignTests {
    static let long = ProcessInfo.processInfo.environment["JALON_TEST_LONG"] != nil
    static let seed = UInt64(ProcessInfo.processInfo.environment["JALON_TEST_SEED"] ?? "") ?? 20_261_201

    /// A small seeded generator (SplitMix64), so a failing run can be replayed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Starts `jalon` with SIGINT and SIGTERM at their default action (the test runner may pass
    /// them on ignored), output discarded. Returns the process id.
    static func spawn(_ arguments: [String], in repo: TestRepository) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        sigaddset(&defaults, SIGTERM)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let environment = repo.baseEnvironment.merging(repo.jalonEnvironment) { _, new in new }.map { "\($0.key)=\($0.value)" }
        // `env -C` changes folder and becomes `jalon` (same process, dispositions kept).
        let argv = (["/usr/bin/env", "-C", repo.path, TestTools.jalon] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, "/usr/bin/env", &actions, &attributes, argv, envp)
        guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
        return pid
    }

    /// Waits for `pid`: (exit code, nil) or (nil, signal).
    static func wait(_ pid: pid_t) -> (exit: Int32?, signal: Int32?) {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        if status & 0x7F == 0 { return ((status >> 8) & 0xFF, nil) }
        return (nil, status & 0x7F)
    }

    @Test func randomKillsLeaveNothingBetween() throws {
        let runs = Self.long ? 1_000 : 200
        let repo = try CrashSafetyTests.boardWithOther()
        for i in 1...3 { try repo.jalonOK("task", "add", "Base \(i)", "--as", "alice") }
        // How long an uninterrupted mutation takes here, to aim the kills across its whole life.
        var durations: [Double] = []
        for i in 1...3 {
            let started = ContinuousClock.now
            let pid = try Self.spawn(["task", "edit", "T-A1", "--title", "Mesure \(i)", "--as", "alice"], in: repo)
            let result = Self.wait(pid)
            #expect(result.exit == 0)
            let elapsed = ContinuousClock.now - started
            durations.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        let typical = durations.min()!
        // The kill window follows the machine: other suites run alongside and can make a
        // mutation several times slower than measured, so after 10 kills in a row that all
        // landed before the commit the window grows by half (the seed still fixes every choice).
        var window = typical
        var earlyStreak = 0
        var rng = SplitMix(state: Self.seed)
        var figures: [String: Int] = [:]
        let statuses = ["todo", "doing", "review", "done"]
        var filesBefore = try CrashSafetyTests.boardFiles(repo)
        for run in 0..<runs {
            let before = try #require(try repo.revision())
            let taskIDs = filesBefore.keys.filter { $0.hasPrefix("tasks/") }.map { String($0.dropFirst(6).dropLast(3)) }.sorted()
            let command: [String]
            switch rng.next() % 3 {
            case 0: command = ["task", "add", "Campagne \(run)", "--as", "alice"]
            case 1: command = ["task", "move", taskIDs[Int(rng.next() % UInt64(taskIDs.count))], statuses[Int(rng.next() % 4)], "--as", "alice"]
            default: command = ["task", "edit", taskIDs[Int(rng.next() % UInt64(taskIDs.count))], "--title", "Titre \(run)", "--as", "alice"]
            }
            // Half the kills anywhere in the process's life, half in its last part, where the
            // commit, the work tree and the index are written.
            let fraction = rng.next() % 2 == 0 ? Double(rng.next() % 1_000) / 1_000 : 0.5 + Double(rng.next() % 500) / 1_000
            let signal = rng.next() % 5 < 3 ? SIGKILL : SIGINT
            let note = "run \(run) (seed \(Self.seed)): \(command.joined(separator: " ")), signal \(signal) at \(Int(fraction * 100))%"
            let pid = try Self.spawn(command, in: repo)
            usleep(UInt32(window * fraction * 1_000_000))
            kill(pid, signal)
            let ended = Self.wait(pid)
            if let code = ended.exit {
                #expect(code == 0, "\(note): exit \(code)")
                figures["finished before the signal", default: 0] += 1
            } else {
                figures[ended.signal == SIGKILL ? "killed by SIGKILL" : "stopped by SIGINT", default: 0] += 1
            }
            if repo.exists(".git/jalon/pending") { figures["left a pending journal", default: 0] += 1 }
            if repo.exists(".git/index.lock") || repo.exists(".git/refs/heads/main.lock") { figures["left a Git lock", default: 0] += 1 }
            let moved = try repo.revision() != before
            if ended.exit == nil && !moved { earlyStreak += 1 } else { earlyStreak = 0 }
            if earlyStreak == 10 { window = min(window * 1.5, 30); earlyStreak = 0 }
            if moved {
                figures["committed", default: 0] += 1
                #expect(try repo.gitOK("rev-parse", "HEAD~1").hasPrefix(before), "\(note): exactly one commit")
                #expect(try repo.gitOK("log", "-1", "--format=%B").contains("Jalon-Action: "), "\(note)")
            } else {
                figures["not committed", default: 0] += 1
            }
            if run % 2 == 0 {
                // The user commits with plain git before any Jalon command runs again. A lock
                // the killed process left makes git refuse and say which file to remove: the
                // user removes it, as git says.
                for lock in [".git/index.lock", ".git/refs/heads/main.lock"] where repo.exists(lock) {
                    try FileManager.default.removeItem(at: repo.file(lock))
                    figures["lock removed by the user as git says", default: 0] += 1
                }
                try CrashSafetyTests.expectPlainCommitLosesNothing(repo, note)
                let next = try repo.jalon("task", "list")
                #expect(next.succeeded, "\(note): \(next)")
            } else {
                // The next Jalon command repairs first; then the state is exactly before or after.
                let next = try repo.jalon("task", "list")
                #expect(next.succeeded, "\(note): \(next)")
                if !next.stderr.isEmpty { figures["repaired by the next command", default: 0] += 1 }
                #expect(try repo.status() == "", "\(note): not as before nor as after")
                try CrashSafetyTests.expectPlainCommitLosesNothing(repo, note)
            }
            // fsck every tenth run and at the end (it is the slowest check).
            try CrashSafetyTests.expectConsistent(repo, note, fsck: run % 10 == 9)
            let filesAfter = try CrashSafetyTests.boardFiles(repo)
            for path in filesBefore.keys { #expect(filesAfter[path] != nil, "\(note): \(path) lost") }
            filesBefore = filesAfter
        }
        let fsck = try repo.git("fsck", "--strict")
        #expect(fsck.succeeded, "\(fsck)")
        let summary = figures.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        print("crash campaign, \(runs) mutations, seed \(Self.seed), typical run \(Int(typical * 1000)) ms, final kill window \(Int(window * 1000)) ms: \(summary)")
        #expect(figures["committed", default: 0] > 0 && figures["not committed", default: 0] > 0, "the kills landed on both sides of the commit: \(summary)")
    }
}
