import BoardCore
import Foundation
import Git

/// The written documents the trainer reports read: meeting minutes and the project spec.
extension BoardStore {
    /// Board-relative paths and texts of the meeting minutes (`meetings/*.md`), sorted by path.
    public func meetingTexts() throws -> [(path: String, text: String)] {
        var out: [(path: String, text: String)] = []
        for path in try listFiles(under: "meetings") where path.hasSuffix(".md") {
            switch try readTextOrProblem(path) {
            case .success(let text)?: out.append((path, text))
            case .failure(let file)?: noteLeftOut([file.problem])
            case nil: break
            }
        }
        return out
    }

    /// The project spec's text (`spec.md`), when the board has one.
    public func specText() throws -> String? {
        for path in ["spec.md", "cahier-des-charges.md", "docs/spec.md"] {
            switch try readTextOrProblem(path) {
            case .success(let text)?: return text
            case .failure(let file)?: noteLeftOut([file.problem])
            case nil: continue
            }
        }
        return nil
    }
}
