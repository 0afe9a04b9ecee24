import BoardCore
import Reports

/// The command line's own texts (help, confirmations), in French and English.
enum CLIText {
    private static func t(_ fr: String, _ en: String) -> Text { Text(fr: fr, en: en) }

    // MARK: Help
    static let abstract = t("Tableau de projet pour équipes d’étudiants, stocké en fichiers dans Git.",
                            "Project board for student teams, stored as files in Git.")
    static let discussion = t("""
        Chaque commande qui modifie le tableau crée exactement un commit, au nom du membre qui agit.
        Langue : --lang, sinon la langue du tableau, sinon LANG. Codes de sortie : 0 succès,
        1 refus (fichiers invalides, modifications non commitées, problèmes trouvés par check),
        2 saisie invalide, 3 dépôt ou tableau introuvable, erreur Git.
        """, """
        Every command that changes the board makes exactly one commit, authored by the member who acts.
        Language: --lang, else the board's language, else LANG. Exit codes: 0 success, 1 refused
        (invalid files, uncommitted changes, problems found by check), 2 invalid input,
        3 repository or board not found, Git error.
        """)
    static let helpBoard = t("Dossier du tableau (sinon : cherché depuis le dossier courant).", "Board folder (default: found from the current folder).")
    static let helpLang = t("Langue d’affichage : fr ou en.", "Display language: fr or en.")
    static let helpAs = t("Agir en tant que ce membre (id).", "Act as this member (id).")
    static let helpASCII = t("Dessiner en ASCII seulement.", "Draw with ASCII only.")
    static let helpNoColor = t("Pas de couleurs (comme NO_COLOR).", "No colours (same as NO_COLOR).")
    static let helpWidth = t("Largeur de sortie en colonnes (sinon : terminal ou COLUMNS).", "Output width in columns (default: terminal or COLUMNS).")
    static let helpFormat = t("Format de sortie : text ou json.", "Output format: text or json.")
    static let helpInit = t("Créer un tableau dans ce dépôt Git (ou un nouveau dépôt).", "Create a board in this Git repository (or a new one).")
    static let helpBoardName = t("Nom du projet.", "Project name.")
    static let helpStart = t("Début du projet (AAAA-MM-JJ ou JJ/MM/AAAA).", "Project start (YYYY-MM-DD or DD/MM/YYYY).")
    static let helpEnd = t("Fin du projet.", "Project end.")
    static let helpTemplate = t("Modèle de tableau (par ex. site-web).", "Board template (e.g. site-web).")
    static let helpStatuses = t("Statuts, séparés par des virgules (défaut : todo,doing,review,done).", "Statuses, comma-separated (default: todo,doing,review,done).")
    static let helpBoardView = t("Afficher le tableau kanban : une colonne par statut.", "Show the kanban board: one column per status.")
    static let helpCheck = t("Vérifier tous les fichiers du tableau (fichier:ligne : problème).", "Check every board file (file:line: problem).")
    static let helpLog = t("Historique du tableau, commit par commit.", "The board's history, commit by commit.")
    static let helpLimit = t("Nombre maximal d’entrées.", "Maximum number of entries.")
    static let helpMember = t("Membres de l’équipe.", "Team members.")
    static let helpMemberAdd = t("Ajouter un membre.", "Add a member.")
    static let helpMemberList = t("Lister les membres.", "List the members.")
    static let helpMemberID = t("Identifiant court du membre (par ex. alice).", "Short member id (e.g. alice).")
    static let helpMemberName = t("Nom complet.", "Full name.")
    static let helpMemberEmail = t("Adresse e-mail de ses commits (répétable).", "Email of their commits (repeatable).")
    static let helpMemberRole = t("Rôle dans l’équipe.", "Role in the team.")
    static let helpMemberCode = t("Code des identifiants de ses tâches (1 à 3 majuscules ; défaut : initiale).", "Code of their task ids (1 to 3 capitals; default: initial).")
    static let helpMilestone = t("Jalons du projet.", "Project milestones.")
    static let helpMilestoneAdd = t("Ajouter un jalon.", "Add a milestone.")
    static let helpMilestoneEdit = t("Modifier un jalon.", "Edit a milestone.")
    static let helpMilestoneList = t("Lister les jalons.", "List the milestones.")
    static let helpMilestoneDate = t("Date du jalon (« none » pour l’effacer).", "Milestone date (`none` to clear).")
    static let helpTitle = t("Titre.", "Title.")
    static let helpID = t("Identifiant (par ex. T-A3).", "Id (e.g. T-A3).")
    static let helpTask = t("Tâches du projet.", "Project tasks.")
    static let helpTaskAdd = t("Créer une tâche.", "Create a task.")
    static let helpTaskMove = t("Changer le statut d’une tâche.", "Change a task's status.")
    static let helpTaskDone = t("Marquer une tâche comme terminée.", "Mark a task as done.")
    static let helpTaskEdit = t("Modifier une tâche.", "Edit a task.")
    static let helpTaskList = t("Lister les tâches.", "List the tasks.")
    static let helpTaskShow = t("Afficher une tâche.", "Show a task.")
    static let helpAssign = t("Membres assignés (séparés par des virgules).", "Assigned members (comma-separated).")
    static let helpAssignReplace = t("Remplacer les membres assignés (« none » pour aucun).", "Replace the assignees (`none` for nobody).")
    static let helpAddAssignee = t("Ajouter un membre assigné.", "Add an assignee.")
    static let helpUnassign = t("Retirer un membre assigné.", "Remove an assignee.")
    static let helpEstimate = t("Charge estimée : 2d (jours), 4h (heures), 1w (semaine).", "Estimated effort: 2d (days), 4h (hours), 1w (week).")
    static let helpEstimateClear = t("Charge estimée (« none » pour l’effacer).", "Estimated effort (`none` to clear).")
    static let helpDuration = t("Durée calendaire en jours ouvrés (par ex. 3d).", "Duration in working days (e.g. 3d).")
    static let helpDurationClear = t("Durée (« none » pour l’effacer).", "Duration (`none` to clear).")
    static let helpStartDay = t("Début imposé.", "Fixed start date.")
    static let helpDue = t("Échéance.", "Due date.")
    static let helpDateClear = t("Date (« none » pour l’effacer).", "Date (`none` to clear).")
    static let helpDepends = t("Dépendances : T-A1,T-B2+2d (délai), ss:T-A3 (début à début).", "Dependencies: T-A1,T-B2+2d (lag), ss:T-A3 (start-to-start).")
    static let helpDependsReplace = t("Remplacer les dépendances (« none » pour aucune).", "Replace the dependencies (`none` for none).")
    static let helpMilestoneRef = t("Jalon auquel la tâche contribue (par ex. M-A1).", "Milestone the task leads to (e.g. M-A1).")
    static let helpMilestoneClear = t("Jalon (« none » pour l’effacer).", "Milestone (`none` to clear).")
    static let helpLabel = t("Étiquette (répétable).", "Label (repeatable).")
    static let helpLabelsReplace = t("Remplacer les étiquettes (« none » pour aucune).", "Replace the labels (`none` for none).")
    static let helpStatus = t("Statut (parmi ceux du tableau).", "Status (one of the board's).")
    static let helpProgress = t("Avancement en pourcentage (0–100).", "Progress in percent (0–100).")
    static let helpDescription = t("Description (Markdown).", "Description (Markdown).")
    static let helpWith = t("Travail en binôme : membre(s) crédité(s) comme co-auteurs.", "Pair work: member(s) credited as co-authors.")
    static let helpFilterStatus = t("Seulement ce statut.", "Only this status.")
    static let helpFilterAssignee = t("Seulement les tâches de ce membre.", "Only this member's tasks.")
    static let helpFilterMilestone = t("Seulement ce jalon.", "Only this milestone.")
    static let helpFilterLabel = t("Seulement cette étiquette.", "Only this label.")
    static let helpDemo = t("Rejouer le projet exemple de Boards/ dans un nouveau dépôt jusqu’à un jour de milieu de projet, puis afficher ce jour, le tableau et le Gantt.",
                            "Replay the example project of Boards/ into a new repository up to a mid-project day, then show that day, the board and the Gantt chart.")
    static let helpDemoToEnd = t("Rejouer tout le projet, jusqu’à son dernier jour.", "Replay the whole project, up to its last day.")
    static let helpDemoDir = t("Dossier (vide ou absent) où créer le dépôt de démonstration (défaut : dossier temporaire).",
                               "Folder (empty or missing) for the demo repository (default: a temporary folder).")

    static let helpCalendar = t("Calendrier : jours ouvrés, congés, absences.", "Calendar: working days, holidays, absences.")
    static let helpAddHoliday = t("Ajouter des jours fériés, vacances ou une fermeture (personne ne travaille).", "Add public holidays, school holidays or a closure (nobody works).")
    static let helpCalendarList = t("Afficher les jours ouvrés, congés et absences.", "Show working days, holidays and absences.")
    static let helpFrom = t("Premier jour (AAAA-MM-JJ ou JJ/MM/AAAA).", "First day (YYYY-MM-DD or DD/MM/YYYY).")
    static let helpTo = t("Dernier jour, inclus (défaut : le premier).", "Last day, included (default: the first).")
    static let helpHolidayName = t("Nom, par ex. « Vacances de Noël ».", "Name, e.g. \"Christmas holidays\".")
    static let helpMemberEdit = t("Modifier un membre (nom, rôle, adresses, heures par jour).", "Edit a member (name, role, emails, hours per day).")
    static let helpMemberAway = t("Déclarer une absence (PFMP, maladie…) : le membre ne travaille pas sur le projet.", "Record an absence (work placement, illness…): the member does not work on the project.")
    static let helpReason = t("Motif, par ex. PFMP.", "Reason, e.g. work placement.")
    static let helpHoursPerDay = t("Heures de travail par jour ouvré (temps partiel ; défaut 8 ; « none » pour revenir à 8).", "Working hours per working day (part time; default 8; `none` to go back to 8).")
    static let helpBaseline = t("Planning de référence : figer le plan pour le comparer plus tard.", "Baselines: freeze the plan to compare with later.")
    static let helpBaselineSave = t("Enregistrer le planning actuel comme référence (étiquette Git annotée).", "Save the current plan as a baseline (annotated Git tag).")
    static let helpBaselineList = t("Lister les plannings de référence.", "List the baselines.")
    static let helpBaselineName = t("Nom, par ex. « planning initial ».", "Name, e.g. \"initial plan\".")

    static let helpPlan = t("Planning calculé : dates, marge, chemin critique, conflits.", "Computed schedule: dates, slack, critical path, conflicts.")
    static let helpGantt = t("Diagramme de Gantt du projet.", "Gantt chart of the project.")
    static let helpLoad = t("Charge de travail par membre et par semaine, surcharges signalées.", "Workload per member per week, overloads flagged.")
    static let helpAt = t("Date de situation (AAAA-MM-JJ) : le tableau tel que commité à la fin de ce jour, prévision depuis ce jour (défaut : JALON_NOW, sinon aujourd’hui).",
                          "Status date (YYYY-MM-DD): the board as committed at the end of that day, forecast from that day (default: JALON_NOW, else today).")
    static let helpLevel = t("Lisser : décaler les tâches non critiques pour supprimer les surcharges.", "Level: shift non-critical tasks to remove overloads.")
    static let helpAgainst = t("Comparer au planning de référence NOM (retards en jours ouvrés).", "Compare with baseline NAME (slippage in working days).")
    static let helpGanttBy = t("Regrouper par : none, member, milestone.", "Group by: none, member, milestone.")
    static let helpFromDate = t("Premier jour affiché.", "First day shown.")
    static let helpToDate = t("Dernier jour affiché.", "Last day shown.")
    static let helpScale = t("Échelle : day, week, month (défaut : selon la largeur).", "Scale: day, week, month (default: to fit the width).")
    static let helpBaselineBars = t("Afficher les barres du planning de référence NOM.", "Show the bars of baseline NAME.")
    static let helpGanttFormat = t("Format : text, json, mermaid.", "Format: text, json, mermaid.")

    static let helpReport = t("Rapports : contributions, état d’avancement, bilan, vue de classe.", "Reports: contributions, status, review, class overview.")

    // MARK: Messages
    static func badLanguage(_ l: String) -> Text { t("langue inconnue « \(l) » : fr ou en", "unknown language `\(l)`: fr or en") }
    static let badWidth = t("la largeur doit être d’au moins 20 colonnes (et au plus \(TerminalStyle.maxWidth))", "the width must be at least 20 columns (and at most \(TerminalStyle.maxWidth))")
    static let errorPrefix = t("erreur : ", "error: ")
    static let warningPrefix = t("avertissement : ", "warning: ")
    static func repositoryCreated(_ path: String) -> Text { t("Dépôt Git créé dans \(path)", "Created a Git repository in \(path)") }
    static func boardCreated(_ name: String, _ folder: String, _ branch: String, _ commit: String) -> Text {
        t("Tableau « \(name) » créé dans \(folder) sur la branche \(branch) (commit \(commit))", "Created board “\(name)” in \(folder) on branch \(branch) (commit \(commit))")
    }
    static let nextStepsAfterInit = t("Ensuite : jalon member add ID --name \"Nom\" --email ADRESSE", "Next: jalon member add ID --name \"Name\" --email ADDRESS")
    static func memberAdded(_ name: String, _ id: String, _ code: String, _ commit: String) -> Text {
        t("Membre \(name) (\(id)) ajouté ; ses tâches seront T-\(code)1, T-\(code)2… (commit \(commit))", "Added member \(name) (\(id)); their tasks will be T-\(code)1, T-\(code)2… (commit \(commit))")
    }
    static func milestoneAdded(_ id: String, _ title: String, _ commit: String) -> Text {
        t("Jalon \(id) créé : « \(title) » (commit \(commit))", "Created milestone \(id): “\(title)” (commit \(commit))")
    }
    static func milestoneEdited(_ id: String, _ title: String, _ commit: String) -> Text {
        t("Jalon \(id) « \(title) » modifié (commit \(commit))", "Updated milestone \(id) “\(title)” (commit \(commit))")
    }
    static func taskAdded(_ id: String, _ title: String, _ commit: String) -> Text {
        t("Tâche \(id) créée : « \(title) » (commit \(commit))", "Created task \(id): “\(title)” (commit \(commit))")
    }
    static func taskUpdated(_ id: String, _ title: String, _ status: String, _ commit: String) -> Text {
        t("Tâche \(id) « \(title) » : statut « \(status) » (commit \(commit))", "Task \(id) “\(title)” is now \(status) (commit \(commit))")
    }
    static func taskEdited(_ id: String, _ title: String, _ fields: String, _ commit: String) -> Text {
        t("Tâche \(id) « \(title) » modifiée : \(fields) (commit \(commit))", "Updated task \(id) “\(title)”: \(fields) (commit \(commit))")
    }
    static func holidayAdded(_ name: String, _ from: String, _ to: String, _ commit: String) -> Text {
        t("Congé « \(name) » ajouté, du \(from) au \(to) (commit \(commit))", "Added holiday “\(name)” from \(from) to \(to) (commit \(commit))")
    }
    static func absenceAdded(_ name: String, _ from: String, _ to: String, _ commit: String) -> Text {
        t("Absence de \(name) enregistrée, du \(from) au \(to) (commit \(commit))", "Recorded \(name) away from \(from) to \(to) (commit \(commit))")
    }
    static func memberEdited(_ name: String, _ id: String, _ commit: String) -> Text {
        t("Membre \(name) (\(id)) modifié (commit \(commit))", "Updated member \(name) (\(id)) (commit \(commit))")
    }
    static func baselineSaved(_ name: String, _ tag: String, _ commit: String) -> Text {
        t("Planning de référence « \(name) » enregistré : étiquette \(tag) sur le commit \(commit)", "Saved baseline “\(name)”: tag \(tag) on commit \(commit)")
    }
    static let noBaselines = t("Aucun planning de référence ; « jalon baseline save NOM » en crée un.", "No baselines yet; `jalon baseline save NAME` makes one.")
    static let columnBaseline = t("Référence", "Baseline")
    static let columnSaved = t("Enregistrée le", "Saved on")
    static let columnBy = t("Par", "By")
    static func taskUnchanged(_ id: String) -> Text { t("\(id) : rien à changer, aucun commit", "\(id): nothing to change, no commit") }
    /// A negative amount (`-2h`): said the same way whether the parser saw it as an argument
    /// or, after `--`, the amount reader did.
    static func negativeAmount(_ shown: String) -> Text {
        t("« \(shown) » est négatif : un temps passé, une durée ou une estimation se compte en positif",
          "`\(shown)` is negative: time spent, a duration or an estimate is counted as a positive amount")
    }
    static let negativeAmountHint = t("écrivez par ex. 2h ; pour corriger un temps déjà saisi, modifiez ou supprimez son fichier time/…md (jalon check le vérifie)",
                                      "write e.g. 2h; to correct time already logged, edit or delete its time/…md file (jalon check validates it)")
    static func negativeArgument(_ n: Int, _ shown: String) -> Text {
        t("argument \(n) : \(negativeAmount(shown).fr) (\(negativeAmountHint.fr) ; rien n’a été modifié)",
          "argument \(n): \(negativeAmount(shown).en) (\(negativeAmountHint.en); nothing was changed)")
    }
    static func controlInArgument(_ n: Int, _ shown: String, _ code: UInt32) -> Text {
        let hex = String(code, radix: 16, uppercase: true)
        let u = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return t("l’argument \(n) (« \(shown) ») contient le caractère de contrôle \(u) (retirez-le ; rien n’a été modifié)",
                 "argument \(n) (`\(shown)`) contains the control character \(u) (remove it; nothing was changed)")
    }
    static func fileSkipped(_ problem: String) -> Text {
        t("avertissement : fichier laissé de côté : \(problem)", "warning: file left out: \(problem)")
    }
    static func fileReadWithErrors(_ problem: String) -> Text {
        t("avertissement : fichier lu en partie (valeur ignorée) : \(problem)", "warning: file read in part (value ignored): \(problem)")
    }
    static func flaggedSummary(_ count: Int) -> Text {
        t("avertissement : \(count) fichier(s) du tableau en erreur (détails : « jalon check »)", "warning: \(count) board file(s) with errors (details: `jalon check`)")
    }
    static func checkOK(_ tasks: Int, _ milestones: Int, _ members: Int) -> Text {
        t("Tableau valide : \(tasks) tâche(s), \(milestones) jalon(s), \(members) membre(s).", "Board OK: \(tasks) task(s), \(milestones) milestone(s), \(members) member(s).")
    }
    static func checkSummary(_ errors: Int, _ warnings: Int) -> Text {
        t("\(errors) erreur(s), \(warnings) avertissement(s).", "\(errors) error(s), \(warnings) warning(s).")
    }
    static let emptyLog = t("Aucun commit ne touche encore le tableau.", "No commit touches the board yet.")
    static func demoLineFailed(_ line: Int, _ command: String, _ detail: String) -> Text {
        t("le scénario échoue à la ligne \(line) (jalon \(command)) :\n\(detail)", "the scenario fails at line \(line) (jalon \(command)):\n\(detail)")
    }
    static func scenarioBadLine(_ line: Int, _ text: String) -> Text {
        t("scénario, ligne \(line) illisible : \(text)", "scenario line \(line) cannot be read: \(text)")
    }
    static func demoDirNotEmpty(_ path: String) -> Text { t("le dossier \(path) n’est pas vide", "folder \(path) is not empty") }
    static let demoDirHint = t("donnez un dossier vide ou qui n’existe pas encore", "give a folder that is empty or does not exist yet")
    static func demoSummary(_ name: String, _ commits: Int, _ authors: Int, _ from: String, _ to: String, _ path: String) -> Text {
        t("Démo « \(name) » : \(commits) commits de \(authors) auteurs, du \(from) au \(to), dans \(path)",
          "Demo “\(name)”: \(commits) commits by \(authors) authors, from \(from) to \(to), in \(path)")
    }
    static func demoToday(_ day: String, _ partial: Bool) -> Text {
        partial
            ? t("Aujourd’hui dans la démo : \(day) (projet rejoué jusqu’à ce jour ; jalon demo --to-end le rejoue en entier)",
                "Today in the demo: \(day) (the project replayed up to that day; jalon demo --to-end replays all of it)")
            : t("Aujourd’hui dans la démo : \(day) (projet rejoué en entier)", "Today in the demo: \(day) (the whole project replayed)")
    }
    static func demoForecast(_ end: String, _ late: [String]) -> Text {
        let list = late.joined(separator: ", ")
        switch late.count {
        case 0: return t("Prévision : fin du projet le \(end), aucun élément en retard", "Forecast: the project ends on \(end), nothing late")
        case 1: return t("Prévision : fin du projet le \(end), 1 élément en retard : \(list)", "Forecast: the project ends on \(end), 1 item late: \(list)")
        default: return t("Prévision : fin du projet le \(end), \(late.count) éléments en retard : \(list)", "Forecast: the project ends on \(end), \(late.count) items late: \(list)")
        }
    }
    static func demoNext(_ path: String, _ day: String) -> Text {
        t("À explorer (au jour de la démo : --at \(day)) : cd \(path) && jalon plan --at \(day) && jalon task list && jalon log && git log --stat",
          "Explore (on the demo's day: --at \(day)): cd \(path) && jalon plan --at \(day) && jalon task list && jalon log && git log --stat")
    }
}
