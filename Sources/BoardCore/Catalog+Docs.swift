import Foundation

/// Texts of the project spec, documents, meeting minutes and comments, in French and English.
/// Public so that the store, the renderers and the command line share the same words.
extension Catalog {
    private static func t(_ fr: String, _ en: String) -> Text { Text(fr: fr, en: en) }

    // MARK: Documents

    public static let documentWithoutMetadata = t("document sans en-tête de métadonnées (id, title, author, status, version)", "document without a metadata header (id, title, author, status, version)")
    public static let documentMetadataHint = t("ajoutez un en-tête --- id, title, author, status: draft, version --- ou créez le document avec « jalon doc new »",
                                               "add a --- id, title, author, status: draft, version --- header, or create the document with `jalon doc new`")
    public static let documentStatusHint = t("statuts d’un document : draft (brouillon), review (en relecture), validated (validé)", "document statuses: draft, review, validated")
    public static func unknownDocumentStatus(_ s: String) -> Text { t("statut de document inconnu « \(s) »", "unknown document status `\(s)`") }
    public static func orphanSidecar(_ target: String) -> Text { t("fiche de métadonnées sans document : \(target) n’existe pas", "metadata file without its document: \(target) does not exist") }
    public static let orphanSidecarHint = t("supprimez la fiche ou remettez le document à côté", "delete the metadata file or put the document back next to it")
    public static func binaryWithoutSidecar(_ sidecar: String) -> Text { t("document sans fiche de métadonnées (\(sidecar) manquant)", "document without its metadata file (\(sidecar) is missing)") }
    public static let binarySidecarHint = t("ajoutez-le avec « jalon doc new TITRE --attach FICHIER », ou écrivez la fiche à la main (id, title, author, status, version)",
                                            "add it with `jalon doc new TITLE --attach FILE`, or write the metadata file by hand (id, title, author, status, version)")
    public static func duplicateDocumentID(_ id: String, _ other: String) -> Text { t("l’identifiant \(id) est déjà celui de \(other)", "id \(id) is already used by \(other)") }
    public static let duplicateIDHint = t("donnez un nouvel identifiant à l’un des deux", "give one of them a new id")
    public static func namingProblem(_ p: DocumentNaming.Problem) -> Text {
        switch p {
        case .spaces: return t("espaces", "spaces")
        case .accents: return t("accents", "accents")
        case .specialCharacters(let c): return t("caractères spéciaux « \(c) »", "special characters `\(c)`")
        case .dateNotISO(let d): return t("date « \(d) » pas dans l’ordre ISO (AAAA-MM-JJ)", "date `\(d)` not in ISO order (YYYY-MM-DD)")
        }
    }
    public static func badDocumentName(_ name: String, _ problems: [DocumentNaming.Problem]) -> Text {
        let fr = problems.map { namingProblem($0).fr }.joined(separator: ", ")
        let en = problems.map { namingProblem($0).en }.joined(separator: ", ")
        return t("nom « \(name) » hors règle de nommage : \(fr)", "name `\(name)` breaks the naming rule: \(en)")
    }
    public static func renameDocumentHint(_ path: String, _ suggested: String) -> Text {
        let name = suggested.split(separator: "/").last.map(String.init) ?? suggested
        return t("renommez-le \(suggested) : jalon doc rename \"\(path)\" \(name)", "rename it \(suggested): jalon doc rename \"\(path)\" \(name)")
    }
    public static func renameFolderHint(_ suggested: String) -> Text {
        t("renommez le dossier \(suggested) (git mv)", "rename the folder \(suggested) (git mv)")
    }

    // MARK: Spec

    public static let specWithoutFrontMatter = t("cahier des charges sans en-tête (title, version, status)", "spec without a header (title, version, status)")
    public static let specFrontMatterHint = t("ajoutez en tête --- title: …, version: 0.1, status: draft ---", "start the file with --- title: …, version: 0.1, status: draft ---")
    public static func duplicateDeliverable(_ id: String) -> Text { t("livrable \(id) déclaré deux fois", "deliverable \(id) is declared twice") }
    public static let duplicateDeliverableHint = t("numérotez les livrables L1, L2, L3… sans doublon", "number the deliverables L1, L2, L3… without duplicates")
    public static func specSectionMissing(_ heading: Text) -> Text { t("rubrique « \(heading.fr) » absente", "section “\(heading.en)” is missing") }
    public static func specSectionMissingHint(_ heading: Text) -> Text { t("ajoutez une rubrique « ## \(heading.fr) »", "add a “## \(heading.en)” section") }
    public static func specSubsectionMissingHint(_ heading: Text) -> Text { t("ajoutez « ### \(heading.fr) » dans les contraintes", "add “### \(heading.en)” under the constraints") }
    public static func specSectionEmpty(_ heading: String) -> Text { t("rubrique « \(heading) » vide", "section “\(heading)” is empty") }
    public static func specSectionTemplate(_ heading: String) -> Text { t("rubrique « \(heading) » encore telle que le modèle", "section “\(heading)” is still the template's text") }
    public static let specSectionFillHint = t("rédigez-la avec l’équipe et le client ; « jalon spec show » montre l’ensemble", "write it with the team and the client; `jalon spec show` gives the whole picture")
    public static let objectivesNotMeasurable = t("aucun objectif mesurable (aucun chiffre : délai, quantité, taux…)", "no measurable objective (no figure: date, amount, rate…)")
    public static let objectivesHint = t("donnez à chaque objectif une mesure, par ex. « 5 pages en ligne avant le 05/02/2027 »", "give each objective a measure, e.g. \"5 pages online by Feb 5, 2027\"")
    public static let noDeliverableIDs = t("les livrables n’ont pas d’identifiant", "the deliverables have no ids")
    public static let deliverableIDHint = t("listez-les dans un tableau | L1 | Livrable | Échéance |, pour les relier aux jalons et aux tâches", "list them in a table | L1 | Deliverable | Due |, so milestones and tasks can point to them")
    public static func deliverableNotLinked(_ id: String, _ title: String) -> Text {
        t("livrable \(id) « \(title) » relié à aucun jalon ni aucune tâche", "deliverable \(id) “\(title)” is linked to no milestone and no task")
    }
    public static func deliverableLinkHint(_ id: String) -> Text {
        t("reliez-le : jalon spec link \(id) M-A1 (ou ajoutez « deliverables: [\(id)] » au jalon ou à la tâche)", "link it: jalon spec link \(id) M-A1 (or add `deliverables: [\(id)]` to the milestone or task)")
    }
    public static func unknownDeliverable(_ id: String) -> Text { t("livrable \(id) absent du cahier des charges", "deliverable \(id) is not in the spec") }
    public static let unknownDeliverableHint = t("déclarez-le dans la rubrique Livrables de spec.md, ou corrigez l’identifiant", "declare it in the Deliverables section of spec.md, or fix the id")
    public static func milestoneAfterEnd(_ id: String, _ date: String, _ end: String) -> Text {
        t("le jalon \(id) (\(date)) tombe après la fin du projet (\(end))", "milestone \(id) (\(date)) falls after the project end (\(end))")
    }
    public static func deliverableAfterEnd(_ id: String, _ date: String, _ end: String) -> Text {
        t("le livrable \(id) est attendu le \(date), après la fin du projet (\(end))", "deliverable \(id) is due on \(date), after the project end (\(end))")
    }
    public static let afterEndHint = t("avancez la date, ou repoussez la fin du projet, clé end: de jalon.yml, avec l’accord du client", "move the date earlier, or move the project end, key end: of jalon.yml, with the client's agreement")
    public static func budgetMismatch(_ sum: Decimal, _ total: Decimal) -> Text {
        t("les lignes du budget font \(SpecDocument.formatAmount(sum, .fr)) mais le total annonce \(SpecDocument.formatAmount(total, .fr))",
          "the budget lines add up to \(SpecDocument.formatAmount(sum, .en)) but the total says \(SpecDocument.formatAmount(total, .en))")
    }
    public static let budgetMismatchHint = t("corrigez une ligne ou le total", "fix a line or the total")
    public static let budgetNoTotal = t("le budget n’a pas de ligne Total", "the budget has no Total line")
    public static let budgetNoTotalHint = t("ajoutez une ligne | **Total** | montant |", "add a | **Total** | amount | line")

    // MARK: Meetings

    public static let meetingIDHint = t("créez le compte-rendu avec « jalon meeting new » (id R-A1…)", "create minutes with `jalon meeting new` (ids R-A1…)")
    public static let actionItemHint = t("chaque action s’écrit « - who: bob », « what: … », « due: AAAA-MM-JJ »", "each action is written `- who: bob`, `what: …`, `due: YYYY-MM-DD`")
    public static func duplicateMeetingID(_ id: String, _ other: String) -> Text { t("l’identifiant \(id) est déjà celui de \(other)", "id \(id) is already used by \(other)") }
    public static func meetingNameDate(_ name: String, _ date: String) -> Text {
        t("le nom \(name) ne commence pas par la date de la réunion (\(date))", "name \(name) does not start with the meeting's date (\(date))")
    }
    public static let meetingNameHint = t("les comptes-rendus s’appellent meetings/AAAA-MM-JJ-sujet.md", "minutes are named meetings/YYYY-MM-DD-topic.md")
    public static let attendeeHint = t("les participants sont des membres (id) ; les personnes extérieures vont dans guests", "attendees are members (ids); people from outside go in guests")
    public static func missingActionTask(_ id: String) -> Text { t("l’action renvoie à la tâche \(id), qui n’existe pas", "the action points to task \(id), which does not exist") }

    // MARK: Comments

    public static let commentFormatHint = t("un commentaire est comments/ID/AAAAMMJJTHHMMSSZ-membre-xxxx.md avec author, date (ISO 8601), mentions", "a comment is comments/ID/YYYYMMDDTHHMMSSZ-member-xxxx.md with author, date (ISO 8601), mentions")
    public static func badCommentDate(_ text: String) -> Text { t("date de commentaire illisible « \(text) »", "unreadable comment date `\(text)`") }
    public static let misplacedComment = t("commentaire mal rangé : il doit être dans comments/ID/", "misplaced comment: it must be in comments/ID/")
    public static func commentOnUnknownItem(_ item: String) -> Text { t("commentaire sur \(item), qui n’existe pas", "comment on \(item), which does not exist") }
    public static let commentItemHint = t("l’élément a peut-être été supprimé ; le commentaire reste dans l’historique", "the item may have been deleted; the comment stays in the history")
}
