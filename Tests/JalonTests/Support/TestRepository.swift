// Test support: a throw-away folder per test, a hermetic environment (no system or global Git
// configuration, a temporary HOME), and helpers that run the built `jalon` executable and the
// `git` CLI in it. Tests may use `git` to cross-check what the product did with libgit2.
import Foundation
import Testing

/// What a finished process printed and how it exited.
struct ProcessResult: Sendable, CustomStringConvertible {
    let status: Int32
    let stdout: String
    let stderr: String

    var succeeded: Bool { status == 0 }
    var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
    var description: String { "exit \(status)\n--- stdout ---\n\(stdout)--- stderr ---\n\(stderr)" }
}

/// A command the test expected to succeed failed.
struct CommandFailed: Error, CustomStringConvertible {
    let command: String
    let result: ProcessResult
    var description: String { "`\(command)` failed: \(result)" }
}

enum TestTools {
    /// The package root, found from this file's path (Tests/JalonTests/Support/…).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `jalon` executable built next to the running test binary, so the scratch path in use
    /// is respected and a stale build elsewhere is never picked up.
    static let jalon: String = {
        let fm = FileManager.default
        var candidates: [URL] = []
        let argument0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        // Linux: .build/<triple>/debug/JalonPackageTests.xctest (a file); macOS: …/JalonPackageTests.xctest/Contents/MacOS/…
        var dir = argument0.deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(dir.appendingPathComponent("jalon"))
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("jalon"))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("jalon"))
        for url in candidates where fm.isExecutableFile(atPath: url.path) {
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue { return url.path }
        }
        // Not built: every end-to-end test then fails on a launch error naming this path.
        return candidates[0].path
    }()

    static let git = FileManager.default.isExecutableFile(atPath: "/usr/bin/git") ? "/usr/bin/git" : "/usr/local/bin/git"
}

/// A temporary folder holding a HOME and a work folder, removed when the value goes away.
/// One per test, so tests can run in parallel.
final class TestRepository: @unchecked Sendable {
    static let alice = (name: "Alice Martin", email: "alice@example.org")
    /// The clock every `jalon` run sees unless a test says otherwise.
    static let now = "2026-12-01T10:00:00+01:00"
    /// Fixed dates for commits made with the `git` CLI, so ids do not depend on the time.
    static let gitDate = "2026-12-01T09:00:00+01:00"

    let sandbox: URL
    let home: URL
    /// The repository's work tree.
    let url: URL
    var path: String { url.path }
    /// Extra variables for every `jalon` run of this repository.
    var jalonEnvironment: [String: String] = ["JALON_NOW": TestRepository.now]

    /// A fresh folder; with `initialize`, a repository made with `git init -b main` and
    /// configured for Alice; with `firstCommit`, a first commit holding a README.
    init(initialize: Bool = true, firstCommit: Bool = false) throws {
        let fm = FileManager.default
        // Resolve symlinks so paths compare equal to what libgit2 reports.
        let base = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath()
        sandbox = base.appendingPathComponent("jalon-tests-\(UUID().uuidString)")
        home = sandbox.appendingPathComponent("home")
        url = sandbox.appendingPathComponent("repo")
        try fm.createDirectory(at: home, withIntermediateDirectories: true)
        try fm.createDirectory(at: home.appendingPathComponent(".config"), withIntermediateDirectories: true)
        try fm.createDirectory(at: url, withIntermediateDirectories: true)
        if initialize {
            try gitOK("init", "-q", "-b", "main")
            try configureIdentity(name: Self.alice.name, email: Self.alice.email)
            if firstCommit {
                try write("README.md", "# Projet\n")
                try gitOK("add", "README.md")
                try gitOK("commit", "-q", "-m", "Premier commit")
            }
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: sandbox)
    }

    func configureIdentity(name: String, email: String) throws {
        try gitOK("config", "user.name", name)
        try gitOK("config", "user.email", email)
    }

    // MARK: Environment

    /// The hermetic environment: nothing from the user's or the system's Git configuration.
    var baseEnvironment: [String: String] {
        var env: [String: String] = [
            "HOME": home.path,
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": "/dev/null",
            "XDG_CONFIG_HOME": home.appendingPathComponent(".config").path,
            "LANG": "C.UTF-8",
            "NO_COLOR": "1",
            "COLUMNS": "100",
            "TZ": "Europe/Paris",
        ]
        env["PATH"] = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return env
    }

    // MARK: Running

    /// Runs `executable` with `arguments` in `directory` (default: the work tree). Output goes to
    /// files rather than pipes so a chatty process can never block.
    /// A command that runs longer than `timeout` seconds (a transport waiting for ever, say) is
    /// killed and comes back as a failure (status 137, "timed out" on standard error), so no
    /// test can hang the suite.
    func run(_ executable: String, _ arguments: [String], in directory: URL? = nil, environment extra: [String: String] = [:],
             timeout: TimeInterval = 300) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? url
        process.environment = baseEnvironment.merging(extra) { _, new in new }
        let id = UUID().uuidString
        let outURL = sandbox.appendingPathComponent("out-\(id)")
        let errURL = sandbox.appendingPathComponent("err-\(id)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            _ = finished.wait(timeout: .now() + 10)
        }
        if !timedOut { process.waitUntilExit() }
        try? out.close()
        try? err.close()
        let stdout = (try? String(contentsOf: outURL, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOf: errURL, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: outURL)
        try? FileManager.default.removeItem(at: errURL)
        if timedOut { return ProcessResult(status: 137, stdout: stdout, stderr: stderr + "\ntimed out after \(Int(timeout)) s: \(executable) \(arguments.joined(separator: " "))") }
        return ProcessResult(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// Runs `jalon` with this repository's extra variables (JALON_NOW…) and `environment`.
    @discardableResult
    func jalon(_ arguments: String..., in directory: URL? = nil, environment: [String: String] = [:]) throws -> ProcessResult {
        try jalon(arguments, in: directory, environment: environment)
    }

    @discardableResult
    func jalon(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> ProcessResult {
        try run(TestTools.jalon, arguments, in: directory, environment: jalonEnvironment.merging(environment) { _, new in new })
    }

    /// Runs `jalon` and fails the test (by throwing) unless it exits 0.
    @discardableResult
    func jalonOK(_ arguments: String..., in directory: URL? = nil, environment: [String: String] = [:]) throws -> ProcessResult {
        try jalonOK(arguments, in: directory, environment: environment)
    }

    @discardableResult
    func jalonOK(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> ProcessResult {
        let result = try jalon(arguments, in: directory, environment: environment)
        guard result.succeeded else { throw CommandFailed(command: "jalon " + arguments.joined(separator: " "), result: result) }
        return result
    }

    /// Runs the `git` CLI with fixed commit dates.
    @discardableResult
    func git(_ arguments: String..., in directory: URL? = nil) throws -> ProcessResult {
        try git(arguments, in: directory)
    }

    @discardableResult
    func git(_ arguments: [String], in directory: URL? = nil) throws -> ProcessResult {
        try run(TestTools.git, arguments, in: directory, environment: ["GIT_AUTHOR_DATE": Self.gitDate, "GIT_COMMITTER_DATE": Self.gitDate])
    }

    /// Runs `git` and returns its standard output, throwing unless it exits 0.
    @discardableResult
    func gitOK(_ arguments: String..., in directory: URL? = nil) throws -> String {
        let result = try git(arguments, in: directory)
        guard result.succeeded else { throw CommandFailed(command: "git " + arguments.joined(separator: " "), result: result) }
        return result.stdout
    }

    /// `git rev-parse` of `revision`, nil when it does not resolve (an unborn branch).
    func revision(_ revision: String = "HEAD") throws -> String? {
        let result = try git("rev-parse", "--verify", "-q", revision)
        return result.succeeded ? result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) : nil
    }

    func status() throws -> String { try gitOK("status", "--porcelain", "--untracked-files=all") }

    /// What a refused command must leave exactly as it was.
    struct Snapshot: Equatable, CustomStringConvertible {
        let head: String?
        let refs: String
        let status: String
        var description: String { "HEAD \(head ?? "unborn")\n\(refs)\n\(status)" }
    }

    func snapshot() throws -> Snapshot {
        Snapshot(head: try revision(), refs: try gitOK("for-each-ref", "--format=%(refname) %(objectname)"), status: try status())
    }

    // MARK: Files

    /// A clone of this repository in `<sandbox>/clone`, with Bob's identity: the teammate of
    /// the two-clone tests.
    func cloneAsBob() throws -> URL {
        let clone = sandbox.appendingPathComponent("clone")
        try gitOK("clone", "-q", path, clone.path)
        try gitOK("config", "user.name", "Bob Durand", in: clone)
        try gitOK("config", "user.email", "bob@example.org", in: clone)
        return clone
    }

    func file(_ relative: String) -> URL { url.appendingPathComponent(relative) }

    func write(_ relative: String, _ text: String) throws {
        let target = file(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
    }

    func read(_ relative: String) -> String? {
        try? String(contentsOf: file(relative), encoding: .utf8)
    }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: file(relative).path) }

    func makeFolder(_ relative: String) throws -> URL {
        let folder = file(relative)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    // MARK: Boards

    /// `jalon init` (English board unless `lang` says otherwise) then `member add` for each member.
    /// Returns the number of commits made.
    @discardableResult
    func makeBoard(name: String = "Projet test", lang: String = "en", board: String? = nil,
                   members: [(id: String, name: String, email: String)] = [("alice", "Alice Martin", "alice@example.org"), ("bob", "Bob Durand", "bob@example.org")]) throws -> Int {
        var initArgs = ["init", "--name", name, "--lang", lang, "--start", "2026-11-30", "--end", "2027-02-12"]
        if let board { initArgs += ["--board", board] }
        let made = try jalon(initArgs)
        guard made.succeeded else { throw CommandFailed(command: initArgs.joined(separator: " "), result: made) }
        for m in members {
            var args = ["member", "add", m.id, "--name", m.name, "--email", m.email]
            if let board { args += ["--board", board] }
            let added = try jalon(args)
            guard added.succeeded else { throw CommandFailed(command: args.joined(separator: " "), result: added) }
        }
        return 1 + members.count
    }
}

extension String {
    /// True when the text shows a crash rather than a user-facing error.
    var looksLikeCrash: Bool {
        contains("Fatal error") || contains("Stack dump") || contains("Illegal instruction") || contains("Segmentation fault")
            || contains("Current stack trace")
    }
}
