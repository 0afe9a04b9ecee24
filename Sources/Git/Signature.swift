import CLibGit2
import Foundation

/// Who made a commit and when, copied out of libgit2.
public struct Signature: Sendable, Equatable {
    public var name: String
    public var email: String
    public var date: Date
    /// Offset from UTC in minutes, as Git records it.
    public var offsetMinutes: Int

    public init(name: String, email: String, date: Date, offsetMinutes: Int = 0) {
        self.name = name
        self.email = email
        self.date = date
        self.offsetMinutes = offsetMinutes
    }

    init(_ sig: UnsafePointer<git_signature>) {
        name = String(cString: sig.pointee.name)
        email = String(cString: sig.pointee.email)
        date = Date(timeIntervalSince1970: TimeInterval(sig.pointee.when.time))
        offsetMinutes = Int(sig.pointee.when.offset)
    }

    /// Calls `body` with a libgit2 signature that lives only for the call.
    @discardableResult
    func withRaw<T>(_ body: (UnsafePointer<git_signature>) throws(GitError) -> T) throws(GitError) -> T {
        var pointer: UnsafeMutablePointer<git_signature>?
        try check(git_signature_new(&pointer, name, email, git_time_t(date.timeIntervalSince1970.rounded(.down)), Int32(offsetMinutes)))
        defer { git_signature_free(pointer) }
        return try body(pointer!)
    }
}
