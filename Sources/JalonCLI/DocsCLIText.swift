// The help texts and confirmations of the documentation commands (spec, doc, meeting, comment,
// news, remind, merge).
import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Reports

/// Help texts and confirmations of the documentation commands.
enum DocsCLIText {
    private static func t(_ fr: String, _ en: String) -> Text { Text(fr: fr, en: en) }
    static let helpSpec = t("Cahier des charges (spec.md) : créer, afficher, vérifier, relier les livrables.", "Project spec (spec.md): create, show, check, link deliverables.")
    static let helpSpecInit = t("Créer spec.md depuis le modèle du tableau (FR ou EN selon sa langue).", "Create spec.md from the board's template (FR or EN from its language).")
    static let helpSpecShow = t("Afficher les rubriques, leur état, les livrables et le budget.", "Show the sections, their state, the deliverables and the budget.")
    static let helpSpecCheck = t("Vérifier le cahier des charges : rubriques vides, livrables non reliés, dates, budget.", "Check the spec: empty sections, unlinked deliverables, dates, budget.")
    static let helpSpecLink = t("Relier un livrable (L1) à des jalons ou des tâches.", "Link a deliverable (L1) to milestones or tasks.")
    static let helpMarkdown = t("Afficher le fichier Markdown tel quel.", "Print the Markdown file as it is.")
    static let helpDeliverable = t("Livrable du cahier des charges (L1, L2…).", "Deliverable of the spec (L1, L2…).")
    static let helpItems = t("Jalons ou tâches (M-A1, T-B2…).", "Milestones or tasks (M-A1, T-B2…).")
    static let helpDoc = t("Documents du projet (docs/) : créer, lister, arborescence, statut.", "Project documents (docs/): create, list, tree, status.")
    static let helpDocNew = t("Créer un document depuis un modèle (note, compte-rendu, fiche-recette, rapport-hebdo) ou joindre un fichier.", "Create a document from a template (note, compte-rendu, fiche-recette, rapport-hebdo) or attach a file.")
    static let helpDocList = t("Index des documents : auteur, statut, version, dernière modification et par qui.", "Document index: author, status, version, last change and by whom.")
    static let helpDocTree = t("Arborescence des documents.", "Document tree.")
    static let helpDocShow = t("Afficher un document (id D-… ou chemin).", "Show a document (id D-… or path).")
    static let helpDocStatus = t("Changer le statut : brouillon → en revue → validé (draft, review, validated ; qui valide et quand sont notés).", "Change the status: draft → review → validated (who validated and when are recorded).")
    static let helpDocRename = t("Renommer un document selon la règle de nommage.", "Rename a document to follow the naming rule.")
    static let helpDocCheck = t("Vérifier documents, comptes-rendus, commentaires et cahier des charges.", "Check documents, minutes, comments and the spec.")
    static let helpDocKey = t("Document : identifiant (D-A1) ou chemin (docs/…).", "Document: id (D-A1) or path (docs/…).")
    static let helpDocTemplate = t("Modèle : note, compte-rendu, fiche-recette, rapport-hebdo, ou un modèle du tableau (templates/).", "Template: note, compte-rendu, fiche-recette, rapport-hebdo, or a board template (templates/).")
    static let helpFolder = t("Dossier sous docs/ (par ex. conception).", "Folder under docs/ (e.g. conception).")
    static let helpFileName = t("Nom de fichier (sinon construit depuis le titre).", "File name (default: built from the title).")
    static let helpTag = t("Étiquette (répétable).", "Tag (repeatable).")
    static let helpAttach = t("Fichier à joindre (PDF, image, bureautique) ; une fiche .meta.yml l’accompagne.", "File to attach (PDF, image, office file); a .meta.yml sidecar goes with it.")
    static let helpDocStatusValue = t("draft, review ou validated.", "draft, review or validated.")
    static let helpVersion = t("Nouvelle version (par ex. 1.0).", "New version (e.g. 1.0).")
    static let helpFilterDocStatus = t("Seulement ce statut (brouillon, en revue, validé).", "Only this status (draft, review, validated).")
    static let helpNewName = t("Nouveau nom (sinon : le nom conforme proposé).", "New name (default: the compliant name proposed).")
    static let helpMeeting = t("Comptes-rendus de réunion (meetings/) : créer, actions, lister, afficher.", "Meeting minutes (meetings/): create, actions, list, show.")
    static let helpMeetingNew = t("Créer un compte-rendu, ordre du jour pré-rempli (retards, jalons, questions ouvertes).", "Create minutes with a pre-filled agenda (late tasks, milestones, open questions).")
    static let helpMeetingActions = t("Lister les actions ; --create-tasks en fait des tâches assignées, reliées au compte-rendu.", "List the action items; --create-tasks makes them assigned tasks linked back to the minutes.")
    static let helpMeetingList = t("Lister les comptes-rendus.", "List the minutes.")
    static let helpMeetingShow = t("Afficher un compte-rendu.", "Show minutes.")
    static let helpMeetingKey = t("Compte-rendu : identifiant (R-A1) ou chemin.", "Minutes: id (R-A1) or path.")
    static let helpMeetingDate = t("Date de la réunion (défaut : aujourd’hui).", "Date of the meeting (default: today).")
    static let helpAttendees = t("Membres présents (ids, séparés par des virgules).", "Members present (ids, comma-separated).")
    static let helpGuests = t("Personnes extérieures présentes (répétable).", "Outside people present (repeatable).")
    static let helpMeetingTemplate = t("Modèle (défaut : reunion-hebdo).", "Template (default: reunion-hebdo).")
    static let helpMeetingTitle = t("Titre (défaut : celui du modèle).", "Title (default: the template's).")
    static let helpCreateTasks = t("Créer une tâche pour chaque action qui n’en a pas.", "Make a task for each action item that has none.")
    static let helpComment = t("Commenter une tâche, un jalon, un document ou un compte-rendu (@membre pour mentionner).", "Comment on a task, milestone, document or minutes (@member to mention).")
    static let helpCommentAdd = t("Ajouter un commentaire : jalon comment T-A1 \"texte @bob\".", "Add a comment: jalon comment T-A1 \"text @bob\".")
    static let helpCommentList = t("Lister les commentaires d’un élément, dans l’ordre du temps.", "List an item's comments, in time order.")
    static let helpItem = t("Élément commenté (T-A1, M-A1, D-A1, R-A1).", "Item commented on (T-A1, M-A1, D-A1, R-A1).")
    static let helpCommentText = t("Texte (Markdown) ; @bob mentionne bob, @tous toute l’équipe.", "Text (Markdown); @bob mentions bob, @all the whole team.")
    static let helpNews = t("Ce qui a changé pour vous depuis votre dernière lecture.", "What changed for you since you last looked.")
    static let helpSince = t("Depuis : last (dernière lecture, défaut) ou une date.", "Since: last (your last look, default) or a date.")
    static let helpPeek = t("Ne pas noter cette lecture.", "Do not record this look.")
    static let helpRemind = t("Rappels : échéances proches, retards, blocages, relectures, mentions — texte ou Markdown à coller.", "Reminders: due soon, overdue, blocked, reviews, mentions — text or Markdown to paste.")
    static let helpDays = t("Horizon des échéances en jours (défaut 3).", "Horizon of due dates in days (default 3).")
    static let helpRemindMember = t("Seulement ce membre (sinon toute l’équipe).", "Only this member (default: the whole team).")
    static let helpRemindFormat = t("Format : text, markdown ou json.", "Format: text, markdown or json.")
    static let helpMerge = t("Fusionner une autre branche (par ex. origin/main après git fetch) dans la branche du tableau.", "Merge another branch (e.g. origin/main after git fetch) into the board's branch.")
    static let helpRef = t("Branche, étiquette ou commit à fusionner.", "Branch, tag or commit to merge.")

    static func specCreated(_ path: String, _ commit: String) -> Text { t("Cahier des charges créé : \(path) (commit \(commit)) ; complétez-le puis « jalon spec check »", "Created the project spec: \(path) (commit \(commit)); fill it in, then `jalon spec check`") }
    static func specLinked(_ d: String, _ items: String, _ commit: String) -> Text { t("Livrable \(d) relié à \(items) (commit \(commit))", "Linked deliverable \(d) to \(items) (commit \(commit))") }
    static func specOK(_ sections: Int, _ deliverables: Int) -> Text { t("Cahier des charges complet : \(sections) rubrique(s), \(deliverables) livrable(s) reliés.", "Spec complete: \(sections) section(s), \(deliverables) linked deliverable(s).") }
    static func docCreated(_ id: String, _ path: String, _ commit: String) -> Text { t("Document \(id) créé : \(path) (commit \(commit))", "Created document \(id): \(path) (commit \(commit))") }
    static func docStatus(_ id: String, _ from: String, _ to: String, _ commit: String) -> Text { t("Document \(id) : \(from) → \(to) (commit \(commit))", "Document \(id): \(from) → \(to) (commit \(commit))") }
    static func docValidated(_ by: String, _ at: String) -> Text { t("Validé par \(by) le \(at)", "Validated by \(by) on \(at)") }
    static func docUnchanged(_ id: String) -> Text { t("\(id) : rien à changer, aucun commit", "\(id): nothing to change, no commit") }
    static func docRenamed(_ from: String, _ to: String, _ commit: String) -> Text { t("Document renommé : \(from) → \(to) (commit \(commit))", "Renamed document \(from) → \(to) (commit \(commit))") }
    static func docsOK(_ n: Int) -> Text { t("Documentation en ordre : \(n) document(s).", "Documentation OK: \(n) document(s).") }
    static func meetingCreated(_ id: String, _ path: String, _ commit: String) -> Text { t("Compte-rendu \(id) créé : \(path) (commit \(commit)) ; notez les décisions et les actions (actions:)", "Created minutes \(id): \(path) (commit \(commit)); write down decisions and action items (actions:)") }
    static func tasksCreated(_ ids: String, _ meeting: String, _ commit: String) -> Text { t("Tâches \(ids) créées depuis les actions de \(meeting) (commit \(commit))", "Created tasks \(ids) from the action items of \(meeting) (commit \(commit))") }
    static func commentAdded(_ item: String, _ path: String, _ mentions: [String], _ commit: String) -> Text {
        let m = mentions.isEmpty ? "" : " — " + mentions.map { "@" + $0 }.joined(separator: ", ")
        return t("Commentaire ajouté sur \(item)\(m) : \(path) (commit \(commit))", "Comment added on \(item)\(m): \(path) (commit \(commit))")
    }
    static let upToDate = t("Déjà à jour : rien à fusionner.", "Already up to date: nothing to merge.")
    static func fastForward(_ commit: String, _ n: Int) -> Text { t("Avance rapide jusqu’à \(commit) : \(n) fichier(s) mis à jour, aucun commit de fusion nécessaire.", "Fast-forward to \(commit): \(n) file(s) updated, no merge commit needed.") }
    static func merged(_ commit: String, _ n: Int) -> Text { t("Fusion faite sans conflit (commit \(commit)) : \(n) fichier(s) mis à jour.", "Merged with no conflict (commit \(commit)): \(n) file(s) updated.") }
    static func mergedWithBodyConflicts(_ commit: String, _ n: Int) -> Text { t("Fusion faite (commit \(commit)) : \(n) fichier(s) mis à jour ; des textes gardent des marqueurs de conflit.", "Merged (commit \(commit)): \(n) file(s) updated; some texts keep conflict markers.") }
    static func notAMemberForNews(_ name: String) -> JalonError {
        JalonError(.invalidInput, Text(fr: "\(name) n’est pas membre du tableau : les nouveautés sont celles d’un membre", en: "\(name) is not a member of the board: news are a member's"),
                   hint: Text(fr: "passez --as MEMBRE", en: "pass --as MEMBER"))
    }
    static let firstNews = t("votre première lecture (7 derniers jours)", "your first look (last 7 days)")
    static func badDays(_ n: Int) -> JalonError { JalonError(.invalidInput, Text(fr: "nombre de jours invalide (\(n))", en: "invalid number of days (\(n))"), hint: Text(fr: "un nombre entre 0 et 365", en: "a number between 0 and 365")) }
}


enum DocsWordsCLI {
    static func noComments(_ item: String) -> Text {
        Text(fr: "Aucun commentaire sur \(item) ; « jalon comment \(item) \"texte\" » en ajoute un.", en: "No comments on \(item); `jalon comment \(item) \"text\"` adds one.")
    }
}
