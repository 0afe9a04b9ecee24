/// An error a user can act on: what is wrong, and what to do. The exit code tells scripts
/// which kind it is (see the README).
public struct JalonError: Error, Sendable {
    public enum Kind: Sendable, Equatable {
        /// Bad arguments: an unknown id, a bad date, an unknown status. Exit code 2.
        case invalidInput
        /// The board's files are broken, or a file to change has uncommitted edits. Exit code 1.
        case refused
        /// No repository, no board, or Git failed. Exit code 3.
        case repository
        /// The change *was* saved (committed) but something after it went wrong: do not run the
        /// command again. Exit code 4.
        case saved
    }

    public let kind: Kind
    public let message: Text
    public let hint: Text?
    /// Extra lines, such as the file:line diagnostics that made a command stop.
    public let details: [Text]

    public init(_ kind: Kind, _ message: Text, hint: Text? = nil, details: [Text] = []) {
        self.kind = kind
        self.message = message
        self.hint = hint
        self.details = details
    }

    public var exitCode: Int32 {
        switch kind {
        case .refused: return 1
        case .invalidInput: return 2
        case .repository: return 3
        case .saved: return 4
        }
    }
}
