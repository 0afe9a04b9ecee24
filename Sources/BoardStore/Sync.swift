import BoardCore
import Foundation
import Git

/// What `jalon sync` did (or, with `--dry-run`, would do).
public struct SyncReport: Sendable {
    public var remote: String
    /// Subjects of the commits that came in from the remote, newest first.
    public var incoming: [String] = []
    /// Subjects of the local board commits sent to the remote, newest first.
    public var outgoing: [String] = []
    public var fastForward = false
    /// The merge commit made, if any, and what the board merge settled.
    public var mergeCommit: ObjectID?
    public var merge: MergeReport?
    public var tagsIn: [String] = []
    public var tagsOut: [String] = []
    /// Jalon tags the remote holds on another object than ours: ours kept, not overwritten.
    public var tagsMovedOnRemote: [String] = []
    /// Jalon tags pushed by an earlier sync that the remote no longer has (pushed again).
    public var tagsDeletedOnRemote: [String] = []
    /// How many times the remote moved between our fetch and our push.
    public var retries = 0
    public var dryRun = false
}

/// Why `sync` could not exchange with the remote: one case per reason, worded by the
/// presenting layer (JalonCLI's ErrorWording.swift).
public enum SyncError: Error, Sendable {
    case noRemote(_ name: String)
    case authentication(_ remote: String)
    case unreachable(_ remote: String, _ why: String)
    /// The server's HTTPS certificate could not be checked against the trusted authorities
    /// (or the bundle Git's settings name could not be read).
    case certificate(_ remote: String, _ why: String)
    case rejected(_ remote: String, _ reference: String, _ why: String)
    case unknownHostKey(_ remote: String)
    case remoteKeepsMoving
    case failed(_ remote: String, _ error: GitError)
}

extension BoardStore {
    /// Where the remote's home branch is kept locally: `refs/remotes/NAME/BRANCH` for a named
    /// remote, a Jalon namespace for a URL.
    func trackingReference(_ remote: String, named: Bool) -> String {
        named ? "refs/remotes/\(remote)/\(homeBranch)" : "refs/jalon/sync/\(homeBranch)"
    }

    private var syncedTagsFile: String { repository.gitDirectory + "jalon/synced-tags" }

    /// Jalon tags a previous sync saw on the remote.
    private func syncedTags() -> Set<String> {
        guard let text = try? String(contentsOfFile: syncedTagsFile, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map(String.init))
    }

    private func recordSyncedTags(_ tags: Set<String>) {
        try? FileManager.default.createDirectory(atPath: repository.gitDirectory + "jalon", withIntermediateDirectories: true)
        try? (tags.sorted().joined(separator: "\n") + "\n").write(toFile: syncedTagsFile, atomically: true, encoding: .utf8)
    }

    /// Turns a transport failure into one clear line.
    func syncError(_ error: GitError, remote: String) -> SyncError {
        let m = error.message.lowercased()
        if m.contains("hostkey") || m.contains("host key") { return SyncError.unknownHostKey(remote) }
        if error.code == .certificate || m.contains("certificate") {
            // mbedTLS lists each failed check on a line of its own: one line here.
            let why = error.message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "; ")
            return SyncError.certificate(remote, why)
        }
        if error.code == .auth || m.contains("authentication") || m.contains("401") || m.contains("403") || m.contains("credentials") {
            return SyncError.authentication(remote)
        }
        if m.contains("resolve") || m.contains("connect") || m.contains("refused") || m.contains("timed out") || m.contains("unreachable")
            || m.contains("does not appear to be a git repository") || m.contains("not found") || m.contains("could not find repository") {
            return SyncError.unreachable(remote, error.message)
        }
        return SyncError.failed(remote, error)
    }

    /// `jalon sync`: fetch the remote's home branch and Jalon tags, merge them into the home
    /// branch with the board merge (fast-forward when possible), push the home branch and the
    /// Jalon tags; when the remote moved in between, start again (up to `maxAttempts`).
    public func sync(remote requested: String?, dryRun: Bool, actor: Identity, environment: [String: String], maxAttempts: Int = 5) throws -> SyncReport {
        let credentials = Credentials.fromEnvironment(environment)
        let remote = requested ?? repository.upstreamRemote(ofBranch: homeBranch) ?? "origin"
        let named = repository.remoteURL(remote) != nil
        let looksLikeURL = remote.contains("/") || remote.contains(":")
        guard named || looksLikeURL else { throw SyncError.noRemote(remote) }
        let tracking = trackingReference(remote, named: named)
        var report = SyncReport(remote: remote, dryRun: dryRun)
        for attempt in 0..<maxAttempts {
            report.retries = attempt
            do {
                // What the remote has: its home branch and its Jalon tags.
                let advertised = try repository.remoteReferences(remote: remote, prefix: "refs/", credentials: credentials)
                let remoteTags = advertised.filter { $0.key.hasPrefix("refs/tags/jalon/") }
                let localTags = Dictionary(try repository.references(matching: "refs/tags/jalon/*").map { ($0.name, $0.target) }, uniquingKeysWith: { a, _ in a })
                // Everything comes in under a scratch namespace (an anonymous remote of the same
                // URL, so libgit2 moves no tracking branch on its own) and takes its place only
                // once the sync went through: a failed sync leaves every reference as it was.
                let incoming = "refs/jalon/sync-in/"
                let newTags = remoteTags.keys.filter { localTags[$0] == nil }.sorted()
                var specs: [String] = []
                if advertised["refs/heads/\(homeBranch)"] != nil { specs.append("+refs/heads/\(homeBranch):\(incoming)heads/\(homeBranch)") }
                if !dryRun { specs += newTags.map { "\($0):\(incoming)\($0.dropFirst("refs/".count))" } }
                defer { for name in (try? repository.references(matching: incoming + "*"))?.map(\.name) ?? [] { try? repository.deleteReference(name) } }
                if !specs.isEmpty { try repository.fetch(remote: remote, refspecs: specs, credentials: credentials, onlyThese: true) }
                let theirs = advertised["refs/heads/\(homeBranch)"] != nil ? try repository.resolve("\(incoming)heads/\(homeBranch)") : nil
                report.tagsIn = newTags.map { String($0.dropFirst("refs/tags/".count)) }
                report.tagsMovedOnRemote = remoteTags.filter { localTags[$0.key] != nil && localTags[$0.key] != $0.value }.keys.sorted().map { String($0.dropFirst("refs/tags/".count)) }
                let previouslySynced = syncedTags()
                let missingRemotely = localTags.keys.filter { remoteTags[$0] == nil }.sorted()
                report.tagsDeletedOnRemote = missingRemotely.filter { previouslySynced.contains($0) }.map { String($0.dropFirst("refs/tags/".count)) }
                report.tagsOut = missingRemotely.map { String($0.dropFirst("refs/tags/".count)) }

                guard let ours = try repository.resolve(homeReference) else { throw ActionError.emptyBoard }
                if dryRun {
                    if let theirs {
                        report.incoming = try summaries(from: theirs, hiding: ours)
                        if !report.incoming.isEmpty {
                            if try repository.isAncestor(ours, of: theirs) { report.fastForward = true } else {
                                let merged = try boardMerge(ours: ours, theirs: theirs, renumber: .ours)
                                report.merge = merged.report
                                if !merged.conflicts.isEmpty { throw DocsError.mergeConflicts(remote + "/" + homeBranch, merged.conflicts, home: homeBranch) }
                            }
                        }
                    }
                    report.outgoing = try summaries(from: ours, hiding: theirs)
                    return report
                }
                // The home branch moves only once the remote took the result: a refused push
                // leaves it (and the work tree) exactly as it was. Inside the transaction, so
                // no other Jalon command moves it meanwhile and Git's operations are refused.
                var remoteTip = theirs
                var outcome: PushOutcome = .accepted
                let label = named ? "\(remote)/\(homeBranch)" : remote
                try transact { head in
                    guard let head else { throw ActionError.emptyBoard }
                    report.fastForward = false
                    report.mergeCommit = nil
                    report.merge = nil
                    var newHead = head
                    if let remoteTip, try !repository.isAncestor(remoteTip, of: head) {
                        if try repository.isAncestor(head, of: remoteTip) {
                            newHead = remoteTip
                            report.fastForward = true
                        } else {
                            let made = try mergeCommit(ours: head, theirs: remoteTip, revision: label, label: label, actor: actor, renumber: .ours)
                            newHead = made.commit
                            report.mergeCommit = made.commit
                            report.merge = made.report
                        }
                    }
                    let changed = newHead == head ? [] : try repository.changedPaths(from: try repository.commit(head).tree, to: try repository.commit(newHead).tree)
                    // Refuse uncommitted edits before anything leaves, not after the push.
                    if newHead != head && homeIsCheckedOut { try verifyClean(changed, baseTree: try repository.commit(head).tree) }
                    report.incoming = try remoteTip.map { try summaries(from: $0, hiding: head) } ?? []
                    report.outgoing = try summaries(from: newHead, hiding: remoteTip)
                    do {
                        outcome = try pushHome(newHead, remoteTip: remoteTip, tags: missingRemotely, remote: remote, credentials: credentials)
                    } catch let error as GitError { throw syncError(error, remote: remote) }
                    guard case .accepted = outcome else { return nil }
                    remoteTip = newHead
                    return newHead == head ? nil : HomeUpdate(commit: newHead, paths: changed)
                }
                switch outcome {
                case .accepted: break
                case .remoteMoved: continue
                case .refused(let reference, let reason): throw SyncError.rejected(remote, reference, reason)
                }
                if let remoteTip { try repository.setReference(tracking, to: remoteTip, message: "jalon: sync") }
                for tag in newTags {
                    if let target = try repository.resolve(incoming + tag.dropFirst("refs/".count)), try repository.resolve(tag) == nil {
                        try repository.setReference(tag, to: target, message: "jalon: sync")
                    }
                }
                recordSyncedTags(Set(remoteTags.keys).union(localTags.keys).union(newTags))
                return report
            } catch let error as GitError {
                throw syncError(error, remote: remote)
            }
        }
        throw SyncError.remoteKeepsMoving
    }
}

/// What the remote said to a push of the home branch.
enum PushOutcome {
    case accepted
    /// The remote's branch moved since we looked: fetch, merge and push again.
    case remoteMoved
    case refused(reference: String, reason: String)
}

extension BoardStore {
    /// Subjects of the commits reachable from `tip` and not from `hiding`, newest first.
    func summaries(from tip: ObjectID, hiding: ObjectID?) throws -> [String] {
        try repository.walk(from: [tip], hiding: hiding.map { [$0] } ?? []).all().map { try repository.commit($0).summary }
    }

    /// Pushes `commit` to the remote's home branch (when it is not already there) and `tags`.
    func pushHome(_ commit: ObjectID, remoteTip: ObjectID?, tags: [String], remote: String, credentials: Credentials) throws -> PushOutcome {
        var specs: [String] = []
        let outgoing = "refs/jalon/sync-out/\(homeBranch)"
        if commit != remoteTip {
            try repository.setReference(outgoing, to: commit, message: "jalon: sync push")
            specs.append("\(outgoing):refs/heads/\(homeBranch)")
        }
        defer { try? repository.deleteReference(outgoing) }
        specs += tags.map { "\($0):\($0)" }
        guard !specs.isEmpty else { return .accepted }
        let pushed = Result { () throws(GitError) -> [PushRejection] in try repository.push(remote: remote, refspecs: specs, credentials: credentials) }
        if case .failure(let error) = pushed, error.code == .nonFastForward || error.message.contains("non-fastforwardable") { return .remoteMoved }
        let rejections = try pushed.get()
        if let branch = rejections.first(where: { $0.reference == "refs/heads/\(homeBranch)" }) {
            let reason = branch.reason.lowercased()
            if reason.contains("fast-forward") || reason.contains("fetch first") || reason.contains("stale") || reason.contains("non-fast") { return .remoteMoved }
            // Refused for another reason: when the remote's branch moved meanwhile (the server
            // failed to lock or update it), fetch and merge again; else it is a refusal.
            let now = try? repository.remoteReferences(remote: remote, prefix: "refs/heads/\(homeBranch)", credentials: credentials)
            if let now, now["refs/heads/\(homeBranch)"] != remoteTip { return .remoteMoved }
            return .refused(reference: branch.reference, reason: branch.reason)
        }
        if let other = rejections.first { return .refused(reference: other.reference, reason: other.reason) }
        return .accepted
    }
}

/// Where the home branch stands against its upstream, for `jalon status`, `sync`, `news`, `remind`.
public struct SyncStatus: Sendable {
    /// `origin/main`, nil when no remote copy of the home branch is known.
    public var upstream: String?
    public var ahead = 0
    public var behind = 0
    /// Commits of the home branch not on the upstream that touch board files.
    public var unpushedBoardCommits = 0
    /// The Git operation in progress and how to leave it (nil when none).
    public var operation: GitOperation?
    public var editedBoardFiles: [String] = []
    public var checkedOut: String?
}

extension BoardStore {
    public func syncStatus() throws -> SyncStatus {
        do {
            var s = SyncStatus()
            let remote = statusRemote
            let ours = try repository.resolve(homeReference)
            let state = repository.state
            s.operation = state == .none ? nil : GitOperation(state)
            s.checkedOut = (try repository.headReferenceName()).map { $0.hasPrefix("refs/heads/") ? String($0.dropFirst(11)) : $0 }
            if repository.workdir != nil { s.editedBoardFiles = try repository.changedWorktreePaths(under: prefix).filter { isBoardText($0) || $0.hasPrefix(prefix + "docs/") } }
            guard let remote, let ours else { 
                if let ours { s.unpushedBoardCommits = try countBoardCommits(from: ours, hiding: nil) }
                return s
            }
            let tracking = trackingReference(remote, named: true)
            guard let theirs = try repository.resolve(tracking) else {
                s.unpushedBoardCommits = try countBoardCommits(from: ours, hiding: nil)
                return s
            }
            s.upstream = "\(remote)/\(homeBranch)"
            s.ahead = try repository.walk(from: [ours], hiding: [theirs]).all().count
            s.behind = try repository.walk(from: [theirs], hiding: [ours]).all().count
            s.unpushedBoardCommits = try countBoardCommits(from: ours, hiding: theirs)
            return s
        } catch let error as GitError { throw StoreError.git(error) }
    }

    /// Board commits of the home branch its upstream does not have yet, for the one line of
    /// `news` and `remind`; nil when there is no remote copy to compare with (no remote, never
    /// synced) or on any error: a reminder, never a reason to fail.
    public func unpushedBoardWork() -> Int? {
        guard let remote = statusRemote, let ours = try? repository.resolve(homeReference), let theirs = try? repository.resolve(trackingReference(remote, named: true)) else { return nil }
        return try? countBoardCommits(from: ours, hiding: theirs)
    }

    /// The remote the home branch is compared with: its upstream's, else `origin` when there is one.
    private var statusRemote: String? {
        repository.upstreamRemote(ofBranch: homeBranch) ?? (repository.remoteURL("origin") != nil ? "origin" : nil)
    }

    private func countBoardCommits(from tip: ObjectID, hiding: ObjectID?) throws -> Int {
        var n = 0
        for id in try repository.walk(from: [tip], hiding: hiding.map { [$0] } ?? []).all() {
            let c = try repository.commit(id)
            let parentTree = try c.parents.first.map { try repository.commit($0).tree }
            if try repository.changedPaths(from: parentTree, to: c.tree).contains(where: { $0.hasPrefix(prefix) && FileClassifier.isBoardFile($0, prefix: prefix) }) { n += 1 }
        }
        return n
    }
}

extension Credentials {
    /// Credentials from the environment and the usual files, for every transport: a token in
    /// JALON_GIT_TOKEN (user JALON_GIT_USER), the credential store files Git writes, an SSH key
    /// (JALON_SSH_KEY or the usual ones) and ssh-agent.
    public static func fromEnvironment(_ env: [String: String]) -> Credentials {
        let home = env["HOME"] ?? NSHomeDirectory()
        var stores: [String] = []
        if let file = env["JALON_GIT_CREDENTIALS"] { stores.append(file) }
        stores.append(home + "/.git-credentials")
        stores.append((env["XDG_CONFIG_HOME"] ?? home + "/.config") + "/git/credentials")
        let key = env["JALON_SSH_KEY"] ?? [home + "/.ssh/id_ed25519", home + "/.ssh/id_rsa", home + "/.ssh/id_ecdsa"].first { FileManager.default.fileExists(atPath: $0) }
        return Credentials(token: env["JALON_GIT_TOKEN"], tokenUser: env["JALON_GIT_USER"], storeFiles: stores, sshKey: key)
    }
}
