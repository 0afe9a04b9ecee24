/// A problem found in a board file: what is wrong, where, and what to do.
public struct Diagnostic: Sendable, Equatable {
    public enum Severity: String, Sendable { case error, warning }

    /// Path of the file, relative to the board folder.
    public var file: String
    public var line: Int?
    public var severity: Severity
    public var message: Text
    public var hint: Text?

    public init(file: String, line: Int?, severity: Severity = .error, message: Text, hint: Text? = nil) {
        self.file = file
        self.line = line
        self.severity = severity
        self.message = message
        self.hint = hint
    }

    /// The same problem with the file named from the repository root (`planning/` + file).
    public func prefixed(_ prefix: String) -> Diagnostic {
        var copy = self
        copy.file = prefix + file
        return copy
    }

    /// The rendered line in both languages.
    public func text(pathPrefix: String = "") -> Text {
        Text("language.verbatim", ["text": Localized { [self] l in rendered(l, pathPrefix: pathPrefix) }])
    }

    /// `tasks/T-A1.md:4: unknown status "fini" (statuses are: todo, doing, review, done)`
    public func rendered(_ language: Language, pathPrefix: String = "") -> String {
        var location = pathPrefix + file
        if let line { location += ":\(line)" }
        var text = "\(location): \(message(language))"
        if let hint { text += " (\(hint(language)))" }
        return text
    }
}
