import BoardCore
import Foundation
import Git

/// A saved plan: an annotated tag `jalon/baseline/SLUG` on the commit whose board it freezes.
public struct Baseline: Sendable {
    public let name: String
    public let slug: String
    public let commit: ObjectID
    public let savedBy: String?
    public let savedAt: Date?

    public var tagName: String { Baseline.namespace + slug }
    static let namespace = "jalon/baseline/"

    /// A tag-safe form of a name: "Planning initial" → "planning-initial".
    public static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX")).lowercased()
        var out = ""
        for ch in folded.unicodeScalars {
            if ch.isASCII && (CharacterSet.alphanumerics.contains(ch)) { out.unicodeScalars.append(ch) } else if !out.hasSuffix("-") { out += "-" }
        }
        return out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    }
}

extension BoardStore {
    /// Tags the home branch's last commit as a baseline. Fails if the name is taken.
    public func saveBaseline(name: String, actor: Identity) throws -> Baseline {
        let slug = Baseline.slug(name)
        guard !slug.isEmpty else { throw ActionError.badBaselineName(name) }
        guard let head = try head() else { throw ActionError.emptyBoard }
        let tagger = clock.signature(for: actor)
        do {
            _ = try repository.createAnnotatedTag(name: Baseline.namespace + slug, target: head, tagger: tagger,
                                                  message: "\(name)\n\nJalon-Action: baseline-save\n")
        } catch let error where error.code == .exists {
            throw ActionError.baselineExists(name)
        } catch {
            throw StoreError.git(error)
        }
        return Baseline(name: name, slug: slug, commit: head, savedBy: actor.name, savedAt: clock.now)
    }

    /// Every baseline, oldest first.
    public func baselines() throws -> [Baseline] {
        do {
            var out: [Baseline] = []
            for (refName, target) in try repository.references(matching: "refs/tags/" + Baseline.namespace + "*") {
                let slug = String(refName.dropFirst(("refs/tags/" + Baseline.namespace).count))
                guard let commit = try repository.peelToCommit(refName) else { continue }
                let tag = repository.tag(target)
                let name = tag.map { $0.message.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? slug } ?? slug
                out.append(Baseline(name: name, slug: slug, commit: commit, savedBy: tag?.tagger?.name, savedAt: tag?.tagger?.date))
            }
            return out.sorted { ($0.savedAt ?? .distantPast, $0.slug) < ($1.savedAt ?? .distantPast, $1.slug) }
        } catch { throw StoreError.git(error) }
    }

    /// The baseline with this name (or slug).
    public func baseline(named name: String) throws -> Baseline {
        let all = try baselines()
        if let found = all.first(where: { $0.name == name || $0.slug == Baseline.slug(name) }) { return found }
        throw ActionError.unknownBaseline(name, all.map(\.name))
    }
}
