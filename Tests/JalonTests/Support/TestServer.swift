// Servers the sync tests start on 127.0.0.1 and stop when the value goes away: `git daemon`,
// Git's smart HTTP behind basic authentication, OpenSSH.
import Foundation

final class TestServer: @unchecked Sendable {
    let process: Process
    let port: Int

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

    /// Starts `executable` and waits (generously: the machine may be loaded) until `ready`
    /// says the server answers.
    init(_ executable: String, _ arguments: [String], port: Int, environment: [String: String], log: URL, ready: () throws -> Bool) throws {
        self.port = port
        process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            if !process.isRunning { break }
            if (try? ready()) == true { return }
            usleep(200_000)
        }
        process.terminate()
        throw CommandFailed(command: "start \(executable)", result: ProcessResult(status: 1, stdout: (try? String(contentsOf: log, encoding: .utf8)) ?? "", stderr: "server did not answer"))
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}
