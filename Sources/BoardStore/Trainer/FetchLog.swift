import BoardCore
import Foundation
import Git

/// Recording the trainer's fetches (see `FetchLog`) in the cache repository's folder.
extension FetchLog {
    static let fileName = "jalon-fetch.log"

    /// A commit dated more than this before the previous fetch and not in it arrived late
    /// (clock skew between machines is forgiven).
    static let tolerance: TimeInterval = 3_600

    public static func read(cache: String) -> FetchLog {
        guard let data = FileManager.default.contents(atPath: (cache as NSString).appendingPathComponent(fileName)) else { return FetchLog() }
        return parse(String(decoding: data, as: UTF8.self))
    }

    /// The references a fetch compares: branches and Jalon's tags.
    static func watched(_ repository: Repository) -> (heads: [String: ObjectID], tags: [String: ObjectID]) {
        var heads: [String: ObjectID] = [:]
        var tags: [String: ObjectID] = [:]
        for r in (try? repository.references(matching: "refs/heads/*")) ?? [] { heads[r.name] = r.target }
        for r in (try? repository.references(matching: "refs/tags/jalon/*")) ?? [] { tags[r.name] = r.target }
        return (heads, tags)
    }

    /// Appends what one fetch saw: `before` is the cache's references before it (nil for the
    /// cache's first fetch, which only records its time).
    static func record(fetchAt now: Date, in repository: Repository, cache: String,
                       before: (heads: [String: ObjectID], tags: [String: ObjectID])?) {
        let previous = read(cache: cache).fetches.last
        var lines = ["fetch\t\(seconds(now))"]
        if let before {
            let after = watched(repository)
            let hidden = before.heads.values.filter { (try? repository.commit($0)) != nil }
            if let walk = try? repository.walk(from: Array(after.heads.values), hiding: hidden) {
                while let id = try? walk.next() {
                    lines.append("seen\t\(id.hex)\t\(seconds(now))")
                    if let previous, let dated = try? repository.commit(id).committer.date, dated < previous.addingTimeInterval(-tolerance) {
                        lines.append("late\t\(id.hex)\t\(seconds(dated))\t\(seconds(now))\t\(seconds(previous))")
                    }
                }
            }
            for (name, old) in before.heads.sorted(by: { $0.key < $1.key }) {
                guard let new = after.heads[name], new != old, (try? repository.isAncestor(old, of: new)) != true else { continue }
                lines.append("rewritten\t\(name.dropFirst("refs/heads/".count))\t\(old.hex)\t\(new.hex)\t\(seconds(now))")
            }
            for (name, old) in before.tags.sorted(by: { $0.key < $1.key }) {
                let tag = name.dropFirst("refs/tags/".count)
                if let new = after.tags[name] {
                    if new != old { lines.append("tag-moved\t\(tag)\t\(old.hex)\t\(new.hex)\t\(seconds(now))") }
                } else {
                    lines.append("tag-gone\t\(tag)\t\(old.hex)\t\(seconds(now))")
                }
            }
        }
        append(lines, cache: cache)
    }

    private static func seconds(_ date: Date) -> Int { Int(date.timeIntervalSince1970.rounded(.down)) }

    /// One `write` in append mode, so two reports running at once interleave whole blocks.
    private static func append(_ lines: [String], cache: String) {
        let path = (cache as NSString).appendingPathComponent(fileName)
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return }
        defer { close(fd) }
        let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }
}
