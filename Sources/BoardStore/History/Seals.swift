import BoardCore
import Foundation
import Git

/// A seal: an annotated tag `jalon/seal/YYYY-MM-DD[-N]` on the home branch's head, recording
/// the state of the history on that day so that a later rewrite of it can be noticed.
public struct Seal: Sendable {
    /// The tag name, `jalon/seal/2027-01-15` (a second seal that day: `…-2`).
    public let tag: String
    public let commit: ObjectID
    public let sealedBy: String?
    public let sealedAt: Date?
    /// True while the sealed commit is still in the home branch's history (an ancestor of its
    /// head): false means the history was rewritten since (reset, rebase, force push).
    public let intact: Bool

    static let namespace = "jalon/seal/"
}

/// A local seal compared with the remote's copy of the same tag.
public struct RemoteSeal: Sendable, Equatable {
    public enum State: Sendable, Equatable {
        /// The remote has the same tag object.
        case same
        /// The remote has no such tag (deleted there, or never pushed).
        case missing
        /// The remote's tag of that name is another object.
        case moved(remoteTarget: String)
    }
    public let tag: String
    public let commit: String
    public let state: State
}

/// What `verify --remote` found on the remote.
public struct RemoteCheck: Sendable {
    public let remote: String
    public let seals: [RemoteSeal]
    /// Seal tags the remote has and this clone does not.
    public let onlyUpstream: [String]
    /// The remote's home branch head, nil when it has none.
    public let remoteHead: String?
    /// Local seals whose commit is not in the remote branch's history (the branch was rewritten
    /// upstream); nil when the remote head is not in this clone (fetch first to know).
    public let rewrittenSince: [String]?
}

extension BoardStore {
    /// Compares the local seals and baselines with the remote's (`git ls-remote`, nothing
    /// fetched or moved): tags deleted or moved upstream, and whether the remote's branch still
    /// contains the seals.
    public func checkRemote(_ remote: String, environment: [String: String] = [:]) throws -> RemoteCheck {
        let credentials = Credentials.fromEnvironment(environment)
        do {
            let advertised = try repository.remoteReferences(remote: remote, prefix: "refs/", credentials: credentials)
            var seals: [RemoteSeal] = []
            var local: Set<String> = []
            let tags = try self.seals().map { ($0.tag, $0.commit) } + baselines().map { ($0.tagName, $0.commit) }
            for (tag, commit) in tags {
                let ref = "refs/tags/" + tag
                local.insert(ref)
                guard let target = try repository.resolve(ref) else { continue }
                let state: RemoteSeal.State
                if let theirs = advertised[ref] {
                    state = theirs == target ? .same : .moved(remoteTarget: theirs.hex)
                } else {
                    state = .missing
                }
                seals.append(RemoteSeal(tag: tag, commit: commit.hex, state: state))
            }
            let only = advertised.keys.filter { ($0.hasPrefix("refs/tags/" + Seal.namespace) || $0.hasPrefix("refs/tags/" + Baseline.namespace)) && !local.contains($0) }
                .map { String($0.dropFirst("refs/tags/".count)) }.sorted()
            let remoteHead = advertised[homeReference]
            var rewritten: [String]?
            if let remoteHead, (try? repository.commit(remoteHead)) != nil {
                var list: [String] = []
                for seal in try self.seals() where try !(seal.commit == remoteHead || repository.isAncestor(seal.commit, of: remoteHead)) {
                    list.append(seal.tag)
                }
                rewritten = list
            }
            return RemoteCheck(remote: remote, seals: seals, onlyUpstream: only, remoteHead: remoteHead?.hex, rewrittenSince: rewritten)
        } catch let error as GitError {
            throw StoreError.git(error)
        }
    }

    /// Seals the home branch's head with an annotated tag named after today's date.
    public func seal(actor: Identity) throws -> Seal {
        guard let head = try head() else { throw ActionError.emptyBoard }
        let day = clock.today.iso
        let tagger = clock.signature(for: actor)
        var attempt = 1
        while true {
            let name = Seal.namespace + day + (attempt == 1 ? "" : "-\(attempt)")
            do {
                _ = try repository.createAnnotatedTag(name: name, target: head, tagger: tagger,
                                                      message: "Jalon seal \(day)\n\nJalon-Action: seal\nJalon-Head: \(head.hex)\n")
                return Seal(tag: name, commit: head, sealedBy: actor.name, sealedAt: clock.now, intact: true)
            } catch let error where error.code == .exists && attempt < 1000 {
                attempt += 1
            } catch {
                throw StoreError.git(error)
            }
        }
    }

    /// Every seal, oldest first, each checked against the home branch's head.
    public func seals() throws -> [Seal] {
        let head = try head()
        do {
            var out: [Seal] = []
            for (refName, target) in try repository.references(matching: "refs/tags/" + Seal.namespace + "*") {
                guard let commit = try repository.peelToCommit(refName) else { continue }
                let tag = repository.tag(target)
                var intact = false
                if let head { intact = try repository.isAncestor(commit, of: head) }
                out.append(Seal(tag: String(refName.dropFirst("refs/tags/".count)), commit: commit, sealedBy: tag?.tagger?.name,
                                sealedAt: tag?.tagger?.date, intact: intact))
            }
            return out.sorted { ($0.sealedAt ?? .distantPast, $0.tag) < ($1.sealedAt ?? .distantPast, $1.tag) }
        } catch { throw StoreError.git(error) }
    }
}
