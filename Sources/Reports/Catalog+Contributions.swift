import BoardCore
import Foundation

/// The words of the contribution reports, task history, activity chart, seals and verification.
extension Catalog {
    private static func t(_ fr: String, _ en: String) -> Text { Text(fr: fr, en: en) }

    static let ctContributionsTitle = t("Contributions", "Contributions")
    static let ctEvidenceTitle = t("Dossier de preuves", "Evidence file")
    static func ctComputedAt(_ commit: String) -> Text {
        t("Calculé au commit \(commit) (tête de la branche du tableau) ; vérifiable avec « git show \(commit) ».",
          "Computed at commit \(commit) (head of the board's branch); check with `git show \(commit)`.")
    }
    static let ctNoHead = t("Calculé sur une branche sans commit.", "Computed on a branch without commits.")
    static func ctPeriod(_ from: String?, _ to: String?) -> Text {
        switch (from, to) {
        case (nil, nil): return t("Période : tout l’historique.", "Period: the whole history.")
        case (let f?, nil): return t("Période : depuis le \(f).", "Period: from \(f).")
        case (nil, let e?): return t("Période : jusqu’au \(e).", "Period: until \(e).")
        case (let f?, let e?): return t("Période : du \(f) au \(e).", "Period: \(f) to \(e).")
        }
    }
    static let ctSharesNote = t("Part = pourcentage du total de l’équipe. Le travail en binôme (Co-authored-by) crédite entièrement chaque co-auteur : les parts peuvent dépasser 100 % au total.",
                              "Share = percent of the team's total. Pair work (Co-authored-by) credits each co-author fully, so shares may add up to more than 100 %.")
    static func ctExcludedNote(_ globs: String) -> Text {
        t("Fichiers exclus des lignes : \(globs).", "Files left out of line counts: \(globs).")
    }

    static func ctMetric(_ m: ContributionReport.Metric) -> Text {
        switch m {
        case .commits: return t("Commits", "Commits")
        case .activeDays: return t("Jours actifs", "Active days")
        case .activeWeeks: return t("Semaines actives", "Active weeks")
        case .tasksCreated: return t("Tâches créées", "Tasks created")
        case .tasksDone: return t("Tâches finies (assigné·e)", "Tasks done (assignee)")
        case .tasksClosed: return t("Tâches clôturées", "Tasks closed")
        case .reviews: return t("Relectures (travail des autres)", "Reviews (others' work)")
        case .selfReviews: return t("Auto-relectures (à part)", "Self-reviews (apart)")
        case .documents: return t("Documents écrits", "Documents written")
        case .minutes: return t("Comptes-rendus", "Meeting minutes")
        case .comments: return t("Commentaires", "Comments")
        case .filesTouched: return t("Fichiers modifiés", "Files touched")
        case .linesAdded: return t("Lignes ajoutées", "Lines added")
        case .linesRemoved: return t("Lignes supprimées", "Lines removed")
        case .contentLines: return t("Lignes de contenu ajoutées", "Content lines added")
        case .survivingLines: return t("Lignes présentes à la tête", "Lines surviving at head")
        }
    }

    static func ctFileKind(_ k: FileKind) -> Text {
        switch k {
        case .code: return t("Code", "Code")
        case .content: return t("Contenu", "Content")
        case .document: return t("Documents", "Documents")
        case .binary: return t("Images et binaires", "Images and binaries")
        case .board: return t("Tableau Jalon", "Jalon board")
        }
    }

    static let ctColumnMetric = t("Indicateur", "Measure")
    static let ctColumnValue = t("Valeur", "Value")
    static let ctColumnShare = t("Part", "Share")
    static let ctColumnMember = t("Membre", "Member")
    static let ctColumnKind = t("Type", "Kind")
    static let ctColumnFiles = t("Fichiers", "Files")
    static let ctColumnAdded = t("Ajoutées", "Added")
    static let ctColumnRemoved = t("Supprimées", "Removed")
    static let ctColumnWeek = t("Semaine du", "Week of")
    static let ctColumnCommit = t("Commit", "Commit")
    static let ctColumnWhat = t("Quoi", "What")
    static let ctColumnWho = t("Qui", "Who")
    static let ctColumnEmail = t("E-mail", "Email")
    static let ctColumnFirst = t("Premier", "First")
    static let ctColumnLast = t("Dernier", "Last")
    static let ctColumnCoAuthored = t("Co-écrits", "Co-authored")
    static let ctTeamSummary = t("Équipe", "Team")
    static let ctLinesByKind = t("Lignes par type de fichier", "Lines by file kind")
    static let ctNotableTitle = t("Contributions notables (commit vérifiable)", "Notable contributions (checkable commit)")
    static let ctNoNotable = t("aucune contribution notable sur la période", "no notable contribution in the period")
    static let ctWeeklyTitle = t("Activité par semaine (commits)", "Activity by week (commits)")
    static let ctUnmatchedTitle = t("Identités hors équipe (aucun membre ne correspond)", "Identities outside the team (no member matches)")
    static let ctUnmatchedHint = t("Ajoutez l’adresse à un membre (jalon member edit ID --email …) ou une ligne à .mailmap si c’est l’un d’eux.",
                                 "Add the address to a member (jalon member edit ID --email …) or a line to .mailmap if it is one of them.")
    static let ctNoUnmatched = t("Aucune : chaque commit correspond à un membre.", "None: every commit matches a member.")
    static let ctActivePeriod = t("Période d’activité", "Active period")
    static let ctRoleLabel = t("Rôle", "Role")
    static func ctUnknownMember(_ id: String) -> Text { t("membre inconnu « \(id) »", "unknown member `\(id)`") }

    static func ctNotableMore(_ n: Int) -> Text {
        t("… et \(n) de plus (--all pour tout lister)", "… and \(n) more (--all lists them all)")
    }
    static let ctShareCommits = t("Part commits", "Share commits")
    static let ctShareContent = t("Part contenu", "Share content")
    static let ctColumnContent = t("Lignes contenu", "Content lines")
    static let ctSideBySideNote = t("La part du travail est donnée par commits et par lignes de contenu (code et textes, sans les fichiers du tableau ni les documents), côte à côte : les clics sur le tableau ne passent pas pour du contenu.",
                                    "The share of work is given by commits and by content lines (code and text, without board files or documents), side by side: board clicks never pass for content.")
    static func ctBoundary(_ commit: String, _ date: String) -> Text {
        t("⚠ Historique coupé au commit \(commit) (\(date)) : clone superficiel (shallow). Ce qui précède n’est pas dans ce clone et n’est pas compté ; ce commit n’est crédité d’aucun fichier ni événement. « git fetch --unshallow » pour tout compter.",
          "⚠ History cut at commit \(commit) (\(date)): shallow clone. What came before is not in this clone and is not counted; that commit is credited with no file and no event. `git fetch --unshallow` to count everything.")
    }
    static func ctUnreadable(_ files: Int, _ commits: Int) -> Text {
        t("⚠ \(files) fichier(s) illisible(s) dans \(commits) commit(s) : objets absents de ce clone (clone partiel ou pack endommagé). Leurs lignes, et les événements du tableau qu’ils portent, sont inconnus (comptés 0) ; les commits sont comptés exactement. « git fetch » depuis un clone complet, ou « git fsck », pour en savoir plus.",
          "⚠ \(files) unreadable file(s) in \(commits) commit(s): objects missing from this clone (partial clone or damaged pack). Their lines, and the board events they hold, are unknown (counted as 0); commits are counted exactly. Fetch from a full clone, or run `git fsck`, to know more.")
    }
    static func ctSurvivingUnreadable(_ files: Int, _ lines: Int) -> Text {
        t("⚠ Lignes présentes à la tête : \(files) fichier(s) de la tête illisible(s) (objets absents de ce clone). Leurs lignes sont inconnues et ne sont attribuées à personne (\(lines) ligne(s) lisible(s) sans auteur connu, le reste ne peut pas être compté) ; les autres fichiers sont comptés exactement.",
          "⚠ Lines surviving at head: \(files) file(s) at head unreadable (objects missing from this clone). Their lines are unknown and credited to nobody (\(lines) readable line(s) with no known author, the rest cannot be counted); every other file is counted exactly.")
    }
    static func ctTemplateItems(_ n: Int) -> Text {
        t("\(n) élément(s) créé(s) par un modèle (init --template) : la création n’est attribuée à personne.",
          "\(n) item(s) created by a template (init --template): their creation is nobody's.")
    }
    static let ctOnBehalfTitle = t("Commits écrits à son nom par quelqu’un d’autre (auteur ≠ committer)", "Commits authored as them by someone else (author ≠ committer)")
    static func ctOnBehalf(_ committer: String) -> Text { t("committé par \(committer)", "committed by \(committer)") }
    static func ctSigned(_ n: Int) -> Text { t("\(n) commit(s) signé(s) (GPG/SSH, signature non vérifiée).", "\(n) signed commit(s) (GPG/SSH, signature not verified).") }
    static let ctAppendixTitle = t("Annexe : chaque événement compté", "Appendix: every counted event")
    static let ctColumnFigure = t("Indicateur", "Figure")
    static func ctCounted(_ e: ContributionReport.CountedEvent) -> Text {
        let tf = e.title.map { " « \($0) »" } ?? "", te = e.title.map { " \"\($0)\"" } ?? ""
        if let amount = e.amount { return t("\(e.item) (+\(amount))", "\(e.item) (+\(amount))") }
        return t("\(e.item)\(tf)", "\(e.item)\(te)")
    }
    static func ctExplainTitle(_ figure: String, _ name: String, _ value: Int) -> Text {
        t("\(figure) de \(name) : \(value) — les commits qui le prouvent", "\(figure) of \(name): \(value) — the commits behind it")
    }
    static let ctExplainNone = t("Aucun commit derrière ce chiffre.", "No commit behind this figure.")

    static func ctNotable(_ n: ContributionReport.Notable) -> Text {
        let title = n.title.map { " « \($0) »" } ?? ""
        let titleEn = n.title.map { " \"\($0)\"" } ?? ""
        switch n.kind {
        case .taskCreated: return t("Tâche \(n.item)\(title) créée", "Created task \(n.item)\(titleEn)")
        case .taskDone: return t("Tâche \(n.item)\(title) terminée", "Completed task \(n.item)\(titleEn)")
        case .taskReviewed(let from, let to): return t("Relecture de \(n.item)\(title) : \(from) → \(to)", "Reviewed \(n.item)\(titleEn): \(from) → \(to)")
        case .milestoneCreated: return t("Jalon \(n.item)\(title) créé", "Created milestone \(n.item)\(titleEn)")
        case .specWritten: return t("Cahier des charges commencé (\(n.item))", "Started the project spec (\(n.item))")
        case .documentCreated: return t("Document \(n.item) créé", "Created document \(n.item)")
        case .documentValidated(let s): return t("Document \(n.item) passé à « \(s) »", "Document \(n.item) set to `\(s)`")
        case .minutesWritten: return t("Compte-rendu \(n.item) rédigé", "Wrote minutes \(n.item)")
        case .largeCommit(let files, let lines): return t("« \(n.item) » : \(lines) lignes, \(files) fichier(s)", "\"\(n.item)\": \(lines) lines, \(files) file(s)")
        }
    }

    // MARK: Task history and activity

    static func ctTaskHistoryTitle(_ id: String, _ title: String?) -> Text {
        let tf = title.map { " « \($0) »" } ?? "", te = title.map { " \"\($0)\"" } ?? ""
        return t("Historique de \(id)\(tf)", "History of \(id)\(te)")
    }
    /// A task field's name as people read it (the file's key in English).
    public static func fieldName(_ field: String) -> Text {
        switch field {
        case "title": return t("titre", "title")
        case "status": return t("statut", "status")
        case "assignees": return t("assignés", "assignees")
        case "milestone": return t("jalon", "milestone")
        case "start": return t("début", "start")
        case "due": return t("échéance", "due")
        case "estimate": return t("charge", "estimate")
        case "duration": return t("durée", "duration")
        case "depends": return t("dépendances", "depends on")
        case "progress": return t("avancement", "progress")
        case "labels": return t("étiquettes", "labels")
        case "description": return t("description", "description")
        default: return t(field, field)
        }
    }
    static let descriptionChanged = t("description modifiée", "description changed")
    static let ctNoEvents = t("Aucun événement dans l’historique.", "No event in the history.")
    static func ctUnknownItem(_ id: String) -> Text { t("aucun événement pour « \(id) » dans l’historique", "no event for `\(id)` in the history") }
    static let ctUnknownItemHint = t("vérifiez l’identifiant avec « jalon task list »", "check the id with `jalon task list`")

    static func ctEvent(_ kind: BoardEventKind) -> Text {
        func list(_ f: [String]) -> String { f.joined(separator: ", ") }
        switch kind {
        case .taskCreated: return t("créée", "created")
        case .taskEdited(let f): return t("modifiée : \(f.map { fieldName($0).fr }.joined(separator: ", "))", "edited: \(f.map { fieldName($0).en }.joined(separator: ", "))")
        case .taskMoved(let a, let b): return t("statut \(a) → \(b)", "status \(a) → \(b)")
        case .taskAssigned(let m): return t("assignée à \(m)", "assigned to \(m)")
        case .taskUnassigned(let m): return t("retirée à \(m)", "unassigned from \(m)")
        case .taskDone: return t("terminée", "done")
        case .taskReopened(let to): return t("rouverte (\(to))", "reopened (\(to))")
        case .taskDeleted: return t("supprimée", "deleted")
        case .milestoneCreated: return t("jalon créé", "milestone created")
        case .milestoneEdited(let f): return t("jalon modifié : \(list(f))", "milestone edited: \(list(f))")
        case .milestoneDeleted: return t("jalon supprimé", "milestone deleted")
        case .memberAdded(let m): return t("membre \(m) ajouté", "member \(m) added")
        case .memberEdited(let m): return t("membre \(m) modifié", "member \(m) edited")
        case .settingsEdited(let f): return t("réglages modifiés : \(list(f))", "settings edited: \(list(f))")
        case .specCreated: return t("cahier des charges créé", "spec created")
        case .specEdited: return t("cahier des charges modifié", "spec edited")
        case .documentCreated: return t("document créé", "document created")
        case .documentEdited: return t("document modifié", "document edited")
        case .documentStatus(let a, let b): return t("document : \(a ?? "—") → \(b)", "document: \(a ?? "—") → \(b)")
        case .documentDeleted: return t("document supprimé", "document deleted")
        case .minutesCreated: return t("compte-rendu créé", "minutes created")
        case .minutesEdited: return t("compte-rendu modifié", "minutes edited")
        case .commentAdded(let m): return m.isEmpty ? t("commentaire", "comment") : t("commentaire (mentionne \(list(m)))", "comment (mentions \(list(m)))")
        }
    }

    static func ctActivityTitle(_ weeks: Int) -> Text { t("Activité des \(weeks) dernières semaines", "Activity over the last \(weeks) weeks") }
    static let ctActivityLegend = t("c = commits, ✓ = tâches clôturées, é = autres événements du tableau", "c = commits, ✓ = tasks closed, e = other board events")
    static let ctActivityLegendASCII = t("c = commits, v = tâches clôturées, e = autres événements du tableau", "c = commits, v = tasks closed, e = other board events")
    static let ctOutsidersColumn = t("hors équipe", "outsiders")

    // MARK: Seals and verification

    static func ctSealed(_ tag: String, _ commit: String) -> Text {
        t("Scellé \(tag) posé sur \(commit) ; « jalon verify » dira si l’historique est réécrit ensuite.",
          "Seal \(tag) placed on \(commit); `jalon verify` will tell if history is rewritten afterwards.")
    }
    static let ctVerifyTitle = t("Vérification de l’historique", "History verification")
    static let ctNoSeals = t("Aucun scellé (« jalon seal » en pose un).", "No seals (`jalon seal` places one).")
    static func ctSealIntact(_ tag: String, _ commit: String, _ date: String) -> Text {
        t("✓ \(tag) (\(commit), \(date)) : toujours dans l’historique", "✓ \(tag) (\(commit), \(date)): still in the history")
    }
    static func ctSealBroken(_ tag: String, _ commit: String, _ date: String) -> Text {
        t("✗ historique réécrit depuis le scellé \(tag) : le commit \(commit) (\(date)) n’est plus dans la branche",
          "✗ history rewritten since seal \(tag): commit \(commit) (\(date)) is no longer in the branch")
    }
    static let ctAnomaliesTitle = t("Faits à examiner (pas des accusations : chacun a souvent une explication simple)",
                                  "Facts worth a look (not accusations: each often has a simple explanation)")
    static let ctNoAnomalies = t("Aucun fait particulier.", "Nothing unusual.")
    static func ctAnomaly(_ a: IntegrityReport.Anomaly, _ L: Language, names: (Contributor) -> String) -> String {
        switch a {
        case .dateGap(let commit, let who, let author, let committer):
            let hours = Int((abs(committer.timeIntervalSince(author)) / 3600).rounded())
            let days = hours / 24
            let gap = days >= 2 ? t("\(days) jours", "\(days) days")(L) : t("\(hours) h", "\(hours) h")(L)
            return t("\(String(commit.prefix(8))) (\(names(who))) : date d’auteur et date de commit écartées de \(gap)",
                     "\(String(commit.prefix(8))) (\(names(who))): author date and commit date \(gap) apart")(L)
        case .outOfOrder(let commit, let parent):
            return t("\(String(commit.prefix(8))) est daté avant son parent \(String(parent.prefix(8)))",
                     "\(String(commit.prefix(8))) is dated before its parent \(String(parent.prefix(8)))")(L)
        case .unknownIdentity(let name, let email, let commits, let sample):
            return t("\(name) <\(email)> ne correspond à aucun membre : \(commits) commit(s), par ex. \(String(sample.prefix(8)))",
                     "\(name) <\(email)> matches no member: \(commits) commit(s), e.g. \(String(sample.prefix(8)))")(L)
        case .bulkCommit(let commit, let who, let files, let lines):
            return t("\(String(commit.prefix(8))) (\(names(who))) : commit massif, \(lines) lignes dans \(files) fichier(s)",
                     "\(String(commit.prefix(8))) (\(names(who))): bulk commit, \(lines) lines in \(files) file(s)")(L)
        case .onBehalf(let commit, let author, let committer):
            return t("\(String(commit.prefix(8))) : écrit au nom de \(names(.member(author))), commité par \(names(committer))",
                     "\(String(commit.prefix(8))): authored as \(names(.member(author))), committed by \(names(committer))")(L)
        case .signed(let count, let gpg, let ssh):
            return t("\(count) commit(s) signé(s) (GPG : \(gpg), SSH : \(ssh)) ; signatures non vérifiées",
                     "\(count) signed commit(s) (GPG: \(gpg), SSH: \(ssh)); signatures not verified")(L)
        }
    }
    static func ctVerifyBroken(_ n: Int) -> Text {
        t("\(n) scellé(s) rompu(s) : l’historique a été réécrit (reset, rebase ou push forcé).", "\(n) broken seal(s): history was rewritten (reset, rebase or force push).")
    }
    static func ctRemoteTitle(_ r: String) -> Text { t("Scellés et références (baselines) sur le dépôt distant « \(r) »", "Seals and baselines on the remote `\(r)`") }
    static func ctRemoteMissing(_ tag: String) -> Text {
        t("✗ \(tag) n’existe plus sur le dépôt distant (supprimé là-bas, ou jamais poussé)", "✗ \(tag) is gone from the remote (deleted there, or never pushed)")
    }
    static func ctRemoteMoved(_ tag: String) -> Text {
        t("✗ \(tag) désigne un autre objet sur le dépôt distant (déplacé là-bas)", "✗ \(tag) points to another object on the remote (moved there)")
    }
    static func ctRemoteRewritten(_ tag: String) -> Text {
        t("✗ la branche distante ne contient plus le commit scellé par \(tag) (réécrite là-bas, push forcé)",
          "✗ the remote branch no longer contains the commit sealed by \(tag) (rewritten there, force push)")
    }
    static let ctRemoteUnknownHead = t("La tête de la branche distante n’est pas dans ce clone : « git fetch » pour savoir si elle contient les scellés.",
                                       "The remote branch head is not in this clone: `git fetch` to know whether it contains the seals.")
    static func ctRemoteOnlyUpstream(_ tag: String) -> Text { t("· \(tag) existe seulement sur le dépôt distant", "· \(tag) exists only on the remote") }
    static func ctRemoteOK(_ n: Int) -> Text { t("\(n) scellé(s) identique(s) sur le dépôt distant.", "\(n) seal(s) identical on the remote.") }
    static func ctRemoteProblems(_ n: Int) -> Text {
        t("\(n) problème(s) sur le dépôt distant : scellés ou baselines supprimés, déplacés, ou branche réécrite.", "\(n) problem(s) on the remote: seals or baselines deleted, moved, or branch rewritten.")
    }
    static func ctVerifyOK(_ n: Int) -> Text { t("\(n) scellé(s) intact(s).", "\(n) seal(s) intact.") }
}

/// Public access for the command line to the few texts it prints itself.
extension Catalog {
    public static func ctUnknownItemText(_ id: String) -> Text { ctUnknownItem(id) }
    public static var ctUnknownItemHintText: Text { ctUnknownItemHint }
    public static func ctSealedText(_ tag: String, _ commit: String) -> Text { ctSealed(tag, commit) }
}
