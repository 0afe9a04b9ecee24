// `jalon merge` output, `jalon merge-driver` (Git's merge driver), `jalon setup`, `jalon sync`
// and `jalon status`: the team loop of four clones and one remote.
import ArgumentParser
import BoardCore
import BoardStore
import Foundation

enum SyncText {
    private static func t(_ fr: String, _ en: String) -> Text { Text(fr: fr, en: en) }
    static func mergedFile(_ file: String, _ keys: [String]) -> Text {
        keys.isEmpty ? t("  fusionné : \(file)", "  merged: \(file)")
                     : t("  fusionné : \(file) (\(keys.joined(separator: ", ")))", "  merged: \(file) (\(keys.joined(separator: ", ")))")
    }
    static func decision(_ d: BoardMerge.Decision) -> Text {
        t("  même champ modifié des deux côtés : \(d.file) \(d.key) = \(d.kept) (\(d.winner), plus récent) ; valeur écartée : \(d.lost) (\(d.loser))",
          "  same field changed on both sides: \(d.file) \(d.key) = \(d.kept) (\(d.winner), later); value dropped: \(d.lost) (\(d.loser))")
    }
    static func renumbered(_ r: Renumbering) -> Text {
        t("  même identifiant créé des deux côtés : \(r.old), arrivé en second, devient \(r.new) (fichier, commentaires et références réécrits)",
          "  same id made on both sides: \(r.old), the one that arrived later, becomes \(r.new) (file, comments and references rewritten)")
    }
    static func bodyConflict(_ file: String) -> Text {
        t("  conflit dans le texte de \(file) : marqueurs <<<<<<< laissés dans le corps ; corrigez puis « jalon check »",
          "  conflict in the text of \(file): <<<<<<< markers left in the body; fix them, then `jalon check`")
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
    static let helpDriver = Text(fr: "Pilote de fusion pour Git (%O %A %B %P) : fusionne un fichier du tableau champ par champ ; n’écrit jamais sur la sortie standard.",
                                 en: "Merge driver for Git (%O %A %B %P): merges one board file field by field; never writes to standard output.")
    static let helpDriverBase = Text(fr: "Version ancêtre (%O).", en: "Ancestor version (%O).")
    static let helpDriverOurs = Text(fr: "Notre version, remplacée par le résultat (%A).", en: "Our version, replaced by the result (%A).")
    static let helpDriverTheirs = Text(fr: "Leur version (%B).", en: "Their version (%B).")
    static let helpDriverPath = Text(fr: "Chemin du fichier dans le dépôt (%P).", en: "Path of the file in the repository (%P).")
    static let helpSetup = Text(fr: "Prépare ce clone : pilote de fusion Jalon dans .git/config et .gitattributes du tableau, pour que git pull fusionne comme jalon sync.",
                                en: "Sets this clone up: Jalon's merge driver in .git/config and the board's .gitattributes, so git pull merges as jalon sync does.")
    static func driverConfigured(_ exe: String) -> Text { Text(fr: "Pilote de fusion configuré dans .git/config (\(exe) merge-driver).", en: "Merge driver configured in .git/config (\(exe) merge-driver).") }
    static func attributesCommitted(_ commit: String) -> Text { Text(fr: ".gitattributes du tableau déclare le pilote (commit \(commit)).", en: "The board's .gitattributes declares the driver (commit \(commit)).") }
    static let attributesPresent = Text(fr: ".gitattributes du tableau déclare déjà le pilote.", en: "The board's .gitattributes already declares the driver.")
    static func driverDecision(_ d: BoardMerge.Decision) -> Text {
        Text(fr: "jalon merge-driver : \(d.file) \(d.key) = \(d.kept) (\(d.winner)) ; valeur écartée : \(d.lost) (\(d.loser))",
             en: "jalon merge-driver: \(d.file) \(d.key) = \(d.kept) (\(d.winner)); value dropped: \(d.lost) (\(d.loser))")
    }
    static func driverConflict(_ file: String) -> Text {
        Text(fr: "jalon merge-driver : conflit dans le texte de \(file), marqueurs laissés dans le corps", en: "jalon merge-driver: conflict in the text of \(file), markers left in the body")
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
        let language = Language.fromEnvironment(env.variables) ?? .en
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
    static let helpSync = Text(fr: "Récupère, fusionne le tableau champ par champ et envoie : une commande, quelle que soit la branche extraite.",
                               en: "Fetches, merges the board field by field and pushes: one command, whatever branch is checked out.")
    static let helpRemote = Text(fr: "Dépôt distant : nom (origin par défaut, ou l’amont de la branche) ou URL.", en: "Remote: a name (origin by default, or the branch's upstream) or a URL.")
    static let helpDryRun = Text(fr: "Montre ce qui arriverait et partirait, et comment les conflits seraient réglés, sans rien changer.",
                                 en: "Shows what would come in and go out, and how conflicts would be settled, changing nothing.")
    static func header(_ remote: String, _ dry: Bool) -> Text {
        dry ? Text(fr: "Synchronisation avec \(remote) (essai à blanc, rien n’est changé) :", en: "Sync with \(remote) (dry run, nothing is changed):")
            : Text(fr: "Synchronisation avec \(remote) :", en: "Sync with \(remote):")
    }
    static func incoming(_ n: Int) -> Text { Text(fr: "Reçu : \(n) commit(s)", en: "Came in: \(n) commit(s)") }
    static func outgoing(_ n: Int, _ dry: Bool) -> Text {
        dry ? Text(fr: "À envoyer : \(n) commit(s)", en: "Would go out: \(n) commit(s)") : Text(fr: "Envoyé : \(n) commit(s)", en: "Went out: \(n) commit(s)")
    }
    static let fastForward = Text(fr: "Avance rapide : aucun commit de fusion.", en: "Fast-forward: no merge commit.")
    static func mergeCommit(_ c: String) -> Text { Text(fr: "Fusion du tableau champ par champ (commit \(c)) :", en: "Board merged field by field (commit \(c)):") }
    static let wouldMerge = Text(fr: "Fusion du tableau champ par champ prévue :", en: "Board merge that would be made:")
    static func tagsIn(_ t: [String]) -> Text { Text(fr: "Étiquettes reçues : \(t.joined(separator: ", "))", en: "Tags that came in: \(t.joined(separator: ", "))") }
    static func tagsOut(_ t: [String], _ dry: Bool) -> Text {
        dry ? Text(fr: "Étiquettes à envoyer : \(t.joined(separator: ", "))", en: "Tags that would go out: \(t.joined(separator: ", "))")
            : Text(fr: "Étiquettes envoyées : \(t.joined(separator: ", "))", en: "Tags that went out: \(t.joined(separator: ", "))")
    }
    static func tagMoved(_ t: String) -> Text {
        Text(fr: "Attention : l’étiquette \(t) désigne un autre objet sur le dépôt distant ; la vôtre est gardée (jalon verify pour vérifier)",
             en: "Warning: tag \(t) names another object on the remote; yours is kept (jalon verify to check)")
    }
    static func tagDeleted(_ t: String) -> Text {
        Text(fr: "Attention : l’étiquette \(t) avait été supprimée du dépôt distant ; elle y est renvoyée", en: "Warning: tag \(t) had been deleted from the remote; it was sent again")
    }
    static let upToDate = Text(fr: "Déjà à jour.", en: "Already up to date.")
    static func retries(_ n: Int) -> Text { Text(fr: "Le dépôt distant a bougé pendant l’échange : \(n) nouvel(s) essai(s).", en: "The remote moved meanwhile: \(n) retry(ies).") }
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
    static let helpStatus = Text(fr: "Branche du tableau face à son amont (en avance, en retard, divergente), commits non envoyés, état du dépôt, fichiers du tableau modifiés.",
                                 en: "The board's branch against its upstream (ahead, behind, diverged), unpushed commits, repository state, board files edited.")
    static func branchLine(_ branch: String, _ upstream: String?, ahead: Int, behind: Int) -> Text {
        guard let upstream else { return Text(fr: "Branche \(branch) : pas d’amont (jalon sync l’envoie vers origin)", en: "Branch \(branch): no upstream (jalon sync pushes it to origin)") }
        switch (ahead, behind) {
        case (0, 0): return Text(fr: "Branche \(branch) : à jour avec \(upstream)", en: "Branch \(branch): up to date with \(upstream)")
        case (_, 0): return Text(fr: "Branche \(branch) : en avance de \(ahead) commit(s) sur \(upstream)", en: "Branch \(branch): ahead of \(upstream) by \(ahead) commit(s)")
        case (0, _): return Text(fr: "Branche \(branch) : en retard de \(behind) commit(s) sur \(upstream)", en: "Branch \(branch): behind \(upstream) by \(behind) commit(s)")
        default: return Text(fr: "Branche \(branch) : divergente de \(upstream) (\(ahead) en avance, \(behind) en retard) ; jalon sync fusionne", en: "Branch \(branch): diverged from \(upstream) (\(ahead) ahead, \(behind) behind); jalon sync merges")
        }
    }
    static func unpushed(_ n: Int) -> Text { Text(fr: "Commits du tableau non envoyés : \(n) (jalon sync)", en: "Board commits not pushed yet: \(n) (jalon sync)") }
    static func state(_ operation: (what: Text, hint: Text)?) -> Text {
        guard let (what, hint) = operation else { return Text(fr: "Dépôt : aucune opération Git en cours", en: "Repository: no Git operation in progress") }
        return Text(fr: "Dépôt : \(what.fr) ; le tableau ne change pas d’ici là : \(hint.fr)", en: "Repository: \(what.en); the board cannot change until then: \(hint.en)")
    }
    static func edits(_ files: [String]) -> Text {
        files.isEmpty ? Text(fr: "Fichiers du tableau : aucune modification non commitée", en: "Board files: no uncommitted edits")
                      : Text(fr: "Fichiers du tableau modifiés, non commités : \(files.joined(separator: ", "))", en: "Board files with uncommitted edits: \(files.joined(separator: ", "))")
    }
    /// The one line `news` and `remind` add when board work is waiting to be sent.
    static func unpushedReminder(_ n: Int) -> Text {
        Text(fr: "\(n) commit(s) du tableau pas encore envoyé(s) à l’équipe : lancez jalon sync", en: "\(n) board commit(s) not sent to the team yet: run jalon sync")
    }
    static func checkedOut(_ b: String?) -> Text { Text(fr: "Branche extraite : \(b ?? "(HEAD détachée)")", en: "Checked-out branch: \(b ?? "(detached HEAD)")") }
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
