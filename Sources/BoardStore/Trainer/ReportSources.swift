import BoardCore
import Foundation
import Git

/// The written documents the trainer reports read: meeting minutes and the project spec.
extension BoardStore {
    /// Board-relative paths and texts of the meeting minutes (`meetings/*.md`), sorted by path.
    public func meetingTexts() throws -> [(path: String, text: String)] {
        try listFiles(under: "meetings").filter { $0.hasSuffix(".md") }.compactMap { path in
            try readText(path).map { (path, $0) }
        }
    }

    /// The project spec's text (`spec.md`), when the board has one.
    public func specText() throws -> String? {
        for path in ["spec.md", "cahier-des-charges.md", "docs/spec.md"] {
            if let text = try readText(path) { return text }
        }
        return nil
    }
}
