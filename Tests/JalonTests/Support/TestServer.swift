// Servers the sync tests start on 127.0.0.1 and stop when the value goes away: `git daemon`,
// Git's smart HTTP behind basic authentication, OpenSSH.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

final class TestServer: @unchecked Sendable {
    let pid: pid_t
    let port: Int
    private var reaped = false

    /// A free port on 127.0.0.1, chosen at run time.
    static func freePort() throws -> Int {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = ["-c", "import socket;s=socket.socket();s.bind(('127.0.0.1',0));print(s.getsockname()[1])"]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        p.waitUntilExit()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard let port = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) else { throw CommandFailed(command: "free port", result: ProcessResult(status: 1, stdout: text, stderr: "")) }
        return port
    }

    /// Started with posix_spawn, not Foundation's Process, for two reasons seen in this suite:
    /// Foundation watches each child through a socket it passes down and calls a blocking
    /// wait4 when that socket closes — sshd closes every inherited descriptor at start-up, so
    /// Foundation's one monitor thread blocked on sshd and no other process's exit was ever
    /// noticed (the "SSH test stalled" of the last session); and children spawned from the test
    /// runner's threads inherit a mask that blocks SIGTERM. Here: signals unblocked and at their
    /// defaults, a process group of its own (sshd's and git daemon's children included), output
    /// to `log`.
    init(_ executable: String, _ arguments: [String], port: Int, environment: [String: String], log: URL, ready: () throws -> Bool) throws {
        self.port = port
        FileManager.default.createFile(atPath: log.path, contents: nil)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), defaults = sigset_t()
        sigemptyset(&empty)
        sigemptyset(&defaults)
        for s in [SIGTERM, SIGINT, SIGHUP, SIGPIPE, SIGCHLD] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
        var files = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&files)
        defer { posix_spawn_file_actions_destroy(&files) }
        posix_spawn_file_actions_addopen(&files, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&files, 1, log.path, O_WRONLY | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&files, 1, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &files, &attributes, argv, envp)
        guard status == 0 else {
            throw CommandFailed(command: "start \(executable)", result: ProcessResult(status: status, stdout: "", stderr: String(cString: strerror(status))))
        }
        pid = child
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if !running { break }
            if (try? ready()) == true { return }
            usleep(200_000)
        }
        stop()
        throw CommandFailed(command: "start \(executable)", result: ProcessResult(status: 1, stdout: (try? String(contentsOf: log, encoding: .utf8)) ?? "", stderr: "server did not answer"))
    }

    private var running: Bool {
        if reaped { return false }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid { reaped = true }
        return !reaped
    }

    /// SIGTERM to the server's whole process group, SIGKILL after five seconds: never waits
    /// for ever.
    func stop() {
        kill(-pid, SIGTERM)
        let deadline = Date().addingTimeInterval(5)
        while running && Date() < deadline { usleep(50_000) }
        kill(-pid, SIGKILL)
        while running && Date() < deadline.addingTimeInterval(5) { usleep(50_000) }
    }

    deinit { stop() }
}
