import BoardCore

/// Why a use case refused to act, in both languages.
public enum ActionError {
    public static func unknownMember(_ id: String, _ known: [String]) -> JalonError {
        JalonError(.invalidInput, Text(fr: "membre inconnu « \(id) »", en: "unknown member `\(id)`"),
                   hint: known.isEmpty
                       ? Text(fr: "ajoutez-le d’abord : jalon member add \(id) --name … --email …", en: "add them first: jalon member add \(id) --name … --email …")
                       : Text(fr: "membres : \(known.joined(separator: ", "))", en: "members are: \(known.joined(separator: ", "))"))
    }
    public static let noIdentity = JalonError(.invalidInput, Text(fr: "impossible de savoir qui agit", en: "cannot tell who is acting"),
                                              hint: Text(fr: "réglez git config user.name et user.email, ou passez --as MEMBRE", en: "set git config user.name and user.email, or pass --as MEMBER"))
    public static func noIdentityForAs(_ member: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "--as \(member) : votre propre identité Git est inconnue, or elle doit rester celle du committer",
                                       en: "--as \(member): your own Git identity is unknown, and it must stay the committer"),
                   hint: Text(fr: "réglez git config user.name et user.email (le commit sera au nom de \(member), committé par vous)",
                              en: "set git config user.name and user.email (the commit is authored as \(member), committed by you)"))
    }
    public static func unknownItem(_ id: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "\(id) n’existe pas", en: "\(id) does not exist"),
                   hint: Text(fr: "voyez « jalon task list » ou « jalon milestone list »", en: "see `jalon task list` or `jalon milestone list`"))
    }
    public static func badID(_ text: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "« \(text) » n’est pas un identifiant", en: "`\(text)` is not an id"), hint: Catalog.idHint)
    }
    /// A path given where an id is expected that names no task, milestone, comment, time
    /// booking, minutes or document of the board found.
    public static func notAnItemPath(_ text: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "« \(text) » ne désigne aucun fichier de tâche, de jalon, de commentaire, de temps, de compte-rendu ni de document de ce tableau",
                                       en: "`\(text)` names no task, milestone, comment, time, minutes or document file of this board"),
                   hint: Text(fr: "donnez l’identifiant (T-A1, M-A1) ou le chemin que Jalon affiche (tasks/T-A1.md) ; --board choisit le tableau",
                              en: "give the id (T-A1, M-A1) or the path Jalon prints (tasks/T-A1.md); --board picks the board"))
    }
    public static func unknownStatus(_ status: String, _ statuses: [String]) -> JalonError {
        JalonError(.invalidInput, Text(fr: "statut inconnu « \(status) »", en: "unknown status `\(status)`"),
                   hint: Text(fr: "statuts du tableau : \(statuses.map { StatusWords.task($0, .fr) }.joined(separator: ", "))", en: "the board's statuses are: \(statuses.joined(separator: ", "))"))
    }
    public static let emptyTitle = JalonError(.invalidInput, Text(fr: "le titre est vide", en: "the title is empty"),
                                              hint: Text(fr: "donnez un titre entre guillemets", en: "give a title in quotes"))
    public static func cycle(_ cycle: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "cette dépendance crée un cycle : \(cycle)", en: "this dependency makes a cycle: \(cycle)"),
                   hint: Text(fr: "une tâche ne peut pas dépendre, même indirectement, d’elle-même", en: "a task cannot depend on itself, even indirectly"))
    }
    public static func brokenFile(_ path: String, _ details: [Text]) -> JalonError {
        JalonError(.refused, Text(fr: "\(path) est illisible : Jalon ne le réécrira pas", en: "\(path) cannot be read: Jalon will not rewrite it"),
                   hint: Text(fr: "corrigez le fichier (jalon check dit où), puis relancez ; rien n’a été modifié", en: "fix the file (jalon check tells where), then run again; nothing was changed"),
                   details: details)
    }
    public static func badMemberID(_ id: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "identifiant de membre invalide « \(id) »", en: "invalid member id `\(id)`"),
                   hint: Text(fr: "lettres et chiffres sans espace ni accent, par ex. alice", en: "letters and digits, no spaces or accents, e.g. alice"))
    }
    public static func memberExists(_ id: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "le membre « \(id) » existe déjà", en: "member `\(id)` already exists"), hint: nil)
    }
    public static func emailTaken(_ email: String, _ owner: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "l’adresse \(email) est déjà celle de \(owner)", en: "email \(email) already belongs to \(owner)"), hint: nil)
    }
    public static func codeTaken(_ code: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "code de membre « \(code) » indisponible", en: "member code `\(code)` is not available"),
                   hint: Text(fr: "1 à 3 majuscules, pas X, pas déjà pris", en: "1 to 3 capital letters, not X, not taken"))
    }
    public static func badBaselineName(_ name: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "nom de référence invalide « \(name) »", en: "invalid baseline name `\(name)`"),
                   hint: Text(fr: "utilisez des lettres et des chiffres, par ex. « planning initial »", en: "use letters and digits, e.g. \"initial plan\""))
    }
    public static func baselineExists(_ name: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "la référence « \(name) » existe déjà", en: "baseline `\(name)` already exists"),
                   hint: Text(fr: "choisissez un autre nom ; « jalon baseline list » les montre", en: "pick another name; `jalon baseline list` shows them"))
    }
    public static func unknownBaseline(_ name: String, _ known: [String]) -> JalonError {
        JalonError(.invalidInput, Text(fr: "référence inconnue « \(name) »", en: "unknown baseline `\(name)`"),
                   hint: known.isEmpty
                       ? Text(fr: "enregistrez-en une : jalon baseline save \"planning initial\"", en: "save one first: jalon baseline save \"initial plan\"")
                       : Text(fr: "références : \(known.joined(separator: ", "))", en: "baselines: \(known.joined(separator: ", "))"))
    }
    public static let emptyBoard = JalonError(.invalidInput, Text(fr: "le tableau n’a encore aucun commit", en: "the board has no commit yet"),
                                              hint: Text(fr: "lancez d’abord « jalon init »", en: "run `jalon init` first"))
    public static func taskReferenced(_ id: String, _ references: [Text]) -> JalonError {
        JalonError(.refused, Text(fr: "\(id) n’est pas supprimée : d’autres éléments y renvoient", en: "\(id) is not deleted: other things refer to it"),
                   hint: Text(fr: "retirez ces renvois, ou « jalon task delete \(id) --force » les retire dans le même commit ; rien n’a été modifié",
                              en: "remove these references, or `jalon task delete \(id) --force` removes them in the same commit; nothing was changed"),
                   details: references)
    }
    public static func notInList(_ id: String, _ value: String, _ field: Text, _ current: [String]) -> JalonError {
        JalonError(.invalidInput, Text(fr: "\(id) n’a pas « \(value) » parmi ses \(field.fr)", en: "\(id) has no `\(value)` among its \(field.en)"),
                   hint: current.isEmpty ? Text(fr: "elle n’en a aucun(e) ; rien n’a été modifié", en: "it has none; nothing was changed")
                                         : Text(fr: "actuellement : \(current.joined(separator: ", ")) ; rien n’a été modifié", en: "now: \(current.joined(separator: ", ")); nothing was changed"))
    }
    public static let nothingToDo = JalonError(.invalidInput, Text(fr: "rien à changer", en: "nothing to change"), hint: nil)
    public static func unknownTemplate(_ name: String, _ known: [String]) -> JalonError {
        JalonError(.invalidInput, Text(fr: "modèle inconnu « \(name) »", en: "unknown template `\(name)`"),
                   hint: Text(fr: "modèles : \(known.joined(separator: ", "))", en: "templates: \(known.joined(separator: ", "))"))
    }
}

/// Commit subjects, in the board's language.
enum ActionText {
    static func period(_ p: Period, _ fr: Bool) -> String {
        p.from == p.to ? p.from.formatted(fr ? .fr : .en) : (fr ? "du \(p.from.formatted(.fr)) au \(p.to.formatted(.fr))" : "from \(p.from.formatted(.en)) to \(p.to.formatted(.en))")
    }
    static func holidayAdded(_ p: Period) -> Text {
        Text(fr: "Congé « \(p.name ?? "fermeture") » \(period(p, true))", en: "Add holiday “\(p.name ?? "closed")” \(period(p, false))")
    }
    static func absenceAdded(_ name: String, _ p: Period) -> Text {
        Text(fr: "Absence de \(name) \(period(p, true))\(p.name.map { " (\($0))" } ?? "")", en: "\(name) away \(period(p, false))\(p.name.map { " (\($0))" } ?? "")")
    }
    static func memberEdited(_ name: String, _ id: String) -> Text { Text(fr: "Membre \(name) (\(id)) modifié", en: "Edit member \(name) (\(id))") }
    static func initSubject(_ name: String) -> Text { Text(fr: "Création du tableau « \(name) »", en: "Create board “\(name)”") }
    static func memberAdded(_ name: String, _ id: String) -> Text { Text(fr: "Ajout du membre \(name) (\(id))", en: "Add member \(name) (\(id))") }
    static func milestoneAdded(_ id: String, _ title: String) -> Text { Text(fr: "Jalon \(id) « \(title) » créé", en: "Add milestone \(id) “\(title)”") }
    static func milestoneEdited(_ id: String, _ title: String) -> Text { Text(fr: "Jalon \(id) « \(title) » modifié", en: "Edit milestone \(id) “\(title)”") }
    static func taskAdded(_ id: String, _ title: String) -> Text { Text(fr: "Tâche \(id) « \(title) » créée", en: "Add task \(id) “\(title)”") }
    static func taskMoved(_ id: String, _ title: String, _ from: String, _ to: String) -> Text {
        Text(fr: "Tâche \(id) « \(title) » : \(from) → \(to)", en: "Move task \(id) “\(title)”: \(from) → \(to)")
    }
    static func taskDone(_ id: String, _ title: String) -> Text { Text(fr: "Tâche \(id) « \(title) » terminée", en: "Complete task \(id) “\(title)”") }
    static func taskDeleted(_ id: String, _ title: String) -> Text { Text(fr: "Tâche \(id) « \(title) » supprimée", en: "Delete task \(id) “\(title)”") }
    static func taskDeletedWithReferences(_ id: String, _ title: String, _ others: String) -> Text {
        Text(fr: "Tâche \(id) « \(title) » supprimée, renvois retirés de \(others)", en: "Delete task \(id) “\(title)” and its references from \(others)")
    }
    static func taskEdited(_ id: String, _ title: String, _ fields: String) -> Text {
        Text(fr: "Tâche \(id) « \(title) » modifiée (\(fields))", en: "Edit task \(id) “\(title)” (\(fields))")
    }
}
