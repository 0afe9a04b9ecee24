// `jalon merge` output, `jalon merge-driver` (Git's merge driver), `jalon setup`, `jalon sync`
// and `jalon status`: the team loop of four clones and one remote.
import ArgumentParser
import BoardCore
import BoardStore
import Foundation

enum SyncText {
    static func mergedFile(_ file: String, _ keys: [String]) -> Text {
        keys.isEmpty ? Text("syncCmd.mergedFile", ["file": file])
                     : Text("syncCmd.mergedFileKeys", ["file": file, "keys": keys.joined(separator: ", ")])
    }
    static func decision(_ d: BoardMerge.Decision) -> Text {
        Text("syncCmd.decision", ["file": d.file, "key": d.key, "kept": d.kept, "winner": d.winner, "lost": d.lost, "loser": d.loser])
    }
    static func renumbered(_ r: Renumbering) -> Text {
        Text("syncCmd.renumbered", ["old": r.old, "new": r.new])
    }
    static func bodyConflict(_ file: String) -> Text {
        Text("syncCmd.bodyConflict", ["file": file])
    }
}

/// Prints what a board-aware merge settled: files merged, every same-field decision, bodies in conflict.
func printMergeReport(_ report: MergeReport, say: (String) -> Void, language: Language) {
    for m in report.mergedFields { say(SyncText.mergedFile(m.file, m.keys)(language)) }
    for d in report.decisions { say(SyncText.decision(d)(language)) }
    for r in report.renumbered { say(SyncText.renumbered(r)(language)) }
    for f in report.bodyConflicts { say(SyncText.bodyConflict(f)(language)) }
}

// MARK: merge driver and setup

extension SyncText {
    static let helpDriver = Text("syncCmd.helpDriver")
    static let helpDriverBase = Text("syncCmd.helpDriverBase")
    static let helpDriverOurs = Text("syncCmd.helpDriverOurs")
    static let helpDriverTheirs = Text("syncCmd.helpDriverTheirs")
    static let helpDriverPath = Text("syncCmd.helpDriverPath")
    static let helpSetup = Text("syncCmd.helpSetup")
    static func driverConfigured(_ exe: String) -> Text { Text("syncCmd.driverConfigured", ["exe": exe]) }
    static func attributesCommitted(_ commit: String) -> Text { Text("syncCmd.attributesCommitted", ["commit": commit]) }
    static let attributesPresent = Text("syncCmd.attributesPresent")
    static func driverDecision(_ d: BoardMerge.Decision) -> Text {
        Text("syncCmd.driverDecision", ["file": d.file, "key": d.key, "kept": d.kept, "winner": d.winner, "lost": d.lost, "loser": d.loser])
    }
    static func driverConflict(_ file: String) -> Text {
        Text("syncCmd.driverConflict", ["file": file])
    }
}

/// The path of the running `jalon`, for the driver line in `.git/config`.
func currentExecutable() -> String {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
    return CommandLine.arguments.first.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? "jalon"
}

struct MergeDriverCommand: JalonCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "merge-driver", abstract: SyncText.helpDriver(helpLanguage)) }
    @Argument(help: help(SyncText.helpDriverBase)) var base: String
    @Argument(help: help(SyncText.helpDriverOurs)) var ours: String
    @Argument(help: help(SyncText.helpDriverTheirs)) var theirs: String
    @Argument(help: help(SyncText.helpDriverPath)) var path: String

    /// Git's contract: the result replaces %A; exit 0 when clean, 1 when conflicts remain.
    /// Nothing on standard output; decisions go to standard error.
    func run() throws {
        let env = RunEnvironment.current
        let read: (String) -> String? = { try? String(contentsOfFile: $0, encoding: .utf8) }
        guard let o = read(ours), let t = read(theirs) else { throw ExitCode(2) }
        let b = read(base)
        let language = Language.fromEnvironment(env.variables) ?? Language.fallback
        var result: BoardMerge.FileResult
        let folder = (env.directory as NSString).appendingPathComponent((path as NSString).deletingLastPathComponent)
        if let store = try? BoardStore.locate(from: FileManager.default.fileExists(atPath: folder) ? folder : env.directory, board: nil, clock: env.clock) {
            result = store.mergeForDriver(repoPath: path, base: b, ours: o, theirs: t, environment: env.variables)
        } else {
            result = BoardStore.mergeOutsideBoard(base: b, ours: o, theirs: t)
        }
        for d in result.decisions {
            var d = d
            d.file = path
            env.printError(SyncText.driverDecision(d)(language))
        }
        if result.conflicted { env.printError(SyncText.driverConflict(path)(language)) }
        do { try Data((result.text ?? "").utf8).write(to: URL(fileURLWithPath: ours)) } catch { throw ExitCode(2) }
        if result.conflicted { throw ExitCode(1) }
    }
}

struct SetupCommand: JalonCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "setup", abstract: SyncText.helpSetup(helpLanguage)) }
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try withBoard(global, scope: .settings) { ctx in
            let exe = currentExecutable()
            try ctx.store.configureMergeDriver(executable: exe)
            ctx.say(SyncText.driverConfigured(exe)(ctx.language))
            if let commit = try ctx.store.declareMergeDriver(actor: try ctx.actor().0) {
                ctx.say(SyncText.attributesCommitted(commit.short)(ctx.language))
            } else {
                ctx.say(SyncText.attributesPresent(ctx.language))
            }
        }
    }
}

// MARK: sync

extension SyncText {
    static let helpSync = Text("syncCmd.helpSync")
    static let helpRemote = Text("syncCmd.helpRemote")
    static let helpDryRun = Text("syncCmd.helpDryRun")
    static func header(_ remote: String, _ dry: Bool) -> Text {
        dry ? Text("syncCmd.headerDryRun", ["remote": remote])
            : Text("syncCmd.header", ["remote": remote])
    }
    static func incoming(_ n: Int) -> Text { Text("syncCmd.incoming", ["n": n]) }
    static func outgoing(_ n: Int, _ dry: Bool) -> Text {
        dry ? Text("syncCmd.outgoingDryRun", ["n": n]) : Text("syncCmd.outgoing", ["n": n])
    }
    static let fastForward = Text("syncCmd.fastForward")
    static func mergeCommit(_ c: String) -> Text { Text("syncCmd.mergeCommit", ["c": c]) }
    static let wouldMerge = Text("syncCmd.wouldMerge")
    static func tagsIn(_ t: [String]) -> Text { Text("syncCmd.tagsIn", ["t": t.joined(separator: ", ")]) }
    static func tagsOut(_ t: [String], _ dry: Bool) -> Text {
        dry ? Text("syncCmd.tagsOutDryRun", ["t": t.joined(separator: ", ")])
            : Text("syncCmd.tagsOut", ["t": t.joined(separator: ", ")])
    }
    static func tagMoved(_ t: String) -> Text {
        Text("syncCmd.tagMoved", ["t": t])
    }
    static func tagDeleted(_ t: String) -> Text {
        Text("syncCmd.tagDeleted", ["t": t])
    }
    static let upToDate = Text("syncCmd.upToDate")
    static func retries(_ n: Int) -> Text { Text("syncCmd.retries", ["n": n]) }
}

struct SyncCommand: JalonCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "sync", abstract: SyncText.helpSync(helpLanguage)) }
    @OptionGroup var global: GlobalOptions
    @Argument(help: help(SyncText.helpRemote)) var remote: String?
    @Flag(name: .customLong("dry-run"), help: help(SyncText.helpDryRun)) var dryRun = false

    func run() throws {
        try withBoard(global, scope: .settings) { ctx in
            let (actor, _) = try ctx.actor()
            if !dryRun && !ctx.store.mergeDriverConfigured { try? ctx.store.configureMergeDriver(executable: currentExecutable()) }
            let r = try ctx.store.sync(remote: remote, dryRun: dryRun, actor: actor, environment: ctx.environment.variables)
            let l = ctx.language
            ctx.say(SyncText.header(r.remote, r.dryRun)(l))
            if r.incoming.isEmpty && r.outgoing.isEmpty && r.tagsIn.isEmpty && r.tagsOut.isEmpty { ctx.say(SyncText.upToDate(l)) }
            if !r.incoming.isEmpty {
                ctx.say(SyncText.incoming(r.incoming.count)(l))
                for s in r.incoming.prefix(20) { ctx.say("  < " + s) }
            }
            if r.fastForward { ctx.say(SyncText.fastForward(l)) }
            if let merge = r.merge {
                ctx.say((r.mergeCommit.map { SyncText.mergeCommit($0.short) } ?? SyncText.wouldMerge)(l))
                printMergeReport(merge, say: ctx.say, language: l)
            }
            if !r.outgoing.isEmpty {
                ctx.say(SyncText.outgoing(r.outgoing.count, r.dryRun)(l))
                for s in r.outgoing.prefix(20) { ctx.say("  > " + s) }
            }
            if !r.tagsIn.isEmpty { ctx.say(SyncText.tagsIn(r.tagsIn)(l)) }
            if !r.tagsOut.isEmpty { ctx.say(SyncText.tagsOut(r.tagsOut, r.dryRun)(l)) }
            for t in r.tagsMovedOnRemote { ctx.say(SyncText.tagMoved(t)(l)) }
            for t in r.tagsDeletedOnRemote { ctx.say(SyncText.tagDeleted(t)(l)) }
            if r.retries > 0 { ctx.say(SyncText.retries(r.retries)(l)) }
        }
    }
}

// MARK: status

extension SyncText {
    static let helpStatus = Text("syncCmd.helpStatus")
    static func branchLine(_ branch: String, _ upstream: String?, ahead: Int, behind: Int) -> Text {
        guard let upstream else { return Text("syncCmd.branchNoUpstream", ["branch": branch]) }
        switch (ahead, behind) {
        case (0, 0): return Text("syncCmd.branchUpToDate", ["branch": branch, "upstream": upstream])
        case (_, 0): return Text("syncCmd.branchAhead", ["branch": branch, "ahead": ahead, "upstream": upstream])
        case (0, _): return Text("syncCmd.branchBehind", ["branch": branch, "behind": behind, "upstream": upstream])
        default: return Text("syncCmd.branchDiverged", ["branch": branch, "upstream": upstream, "ahead": ahead, "behind": behind])
        }
    }
    static func unpushed(_ n: Int) -> Text { Text("syncCmd.unpushed", ["n": n]) }
    static func state(_ operation: GitOperation?) -> Text {
        guard let operation else { return Text("syncCmd.noOperation") }
        return Text("syncCmd.operationInProgress", ["what": operation.what, "hint": operation.hint])
    }
    static func edits(_ files: [String]) -> Text {
        files.isEmpty ? Text("syncCmd.noEdits")
                      : Text("syncCmd.editedFiles", ["files": files.joined(separator: ", ")])
    }
    /// The one line `news` and `remind` add when board work is waiting to be sent.
    static func unpushedReminder(_ n: Int) -> Text {
        Text("syncCmd.unpushedReminder", ["n": n])
    }
    static func checkedOut(_ b: String?) -> Text { Text("syncCmd.checkedOut", ["branch": b.map { Text("language.verbatim", ["text": $0]) } ?? Text("syncCmd.detachedHead")]) }
}

struct StatusCommand: JalonCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "status", abstract: SyncText.helpStatus(helpLanguage)) }
    @OptionGroup var global: GlobalOptions

    func run() throws {
        try withBoard(global, scope: .settings) { ctx in
            let s = try ctx.store.syncStatus()
            let l = ctx.language
            ctx.say(SyncText.branchLine(ctx.store.homeBranch, s.upstream, ahead: s.ahead, behind: s.behind)(l))
            ctx.say(SyncText.checkedOut(s.checkedOut)(l))
            if s.ahead > 0 || s.upstream == nil { ctx.say(SyncText.unpushed(s.unpushedBoardCommits)(l)) }
            ctx.say(SyncText.state(s.operation)(l))
            ctx.say(SyncText.edits(s.editedBoardFiles)(l))
        }
    }
}
