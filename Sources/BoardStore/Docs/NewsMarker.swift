import BoardCore
import Foundation
import Git

/// When a member last looked at the news: kept per member in the Git folder
/// (`<git common dir>/jalon/news/<member>`), outside the committed files, so looking never makes
/// a commit and never conflicts.
public struct NewsMarker: Sendable, Equatable {
    public var date: Date
    /// The home branch's commit at that moment.
    public var commit: String?

    public init(date: Date, commit: String?) {
        self.date = date
        self.commit = commit
    }
}

extension BoardStore {
    func newsMarkerPath(_ member: String) -> String {
        let base = repository.commonDirectory.hasSuffix("/") ? repository.commonDirectory : repository.commonDirectory + "/"
        let safe = DocumentNaming.slug(member, keepUnderscore: true)
        return base + "jalon/news/" + (safe.isEmpty ? "x" : safe)
    }

    /// The member's marker, nil when they never looked.
    public func newsMarker(for member: String) -> NewsMarker? {
        guard let text = try? String(contentsOfFile: newsMarkerPath(member), encoding: .utf8) else { return nil }
        var date: Date?, commit: String?
        for line in text.split(separator: "\n") {
            if line.hasPrefix("date: ") { date = Comment.parseDate(String(line.dropFirst(6))) }
            if line.hasPrefix("commit: ") { commit = String(line.dropFirst(8)) }
        }
        return date.map { NewsMarker(date: $0, commit: commit) }
    }

    /// Records that the member looked now.
    public func saveNewsMarker(_ marker: NewsMarker, for member: String) throws {
        let path = newsMarkerPath(member)
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            var text = "date: \(Comment.dateText(marker.date, timeZone: clock.timeZone))\n"
            if let c = marker.commit { text += "commit: \(c)\n" }
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw StoreError.newsMarkerNotSaved(path)
        }
    }
}
