// The project's spec, documentation and communication: `spec`, `doc`, `meeting`, `comment`,
// `news`, `remind`, and `merge` (bringing a teammate's branch in through libgit2).
import ArgumentParser
import BoardCore
import BoardFiles
import BoardStore
import Foundation
import Planning
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

/// Refuses a typed path that leaves the board (`../…`, absolute), named as the user typed it.
func rejectOutside(_ typed: String) throws {
    if typed.hasPrefix("/") || typed.split(separator: "/").contains("..") { try BoardPath.validate(typed) }
}

/// The templates this board can use: its own `templates/` first, then the shipped ones.
func documentTemplates(_ ctx: CommandContext) throws -> TemplateSet {
    TemplateSet(shipped: BoardFiles.documentTemplates, board: try ctx.store.boardTemplates())
}

func template(_ name: String, _ ctx: CommandContext) throws -> DocumentTemplate {
    let set = try documentTemplates(ctx)
    guard let t = set.resolve(name, language: ctx.board.settings.language) else { throw DocsError.unknownTemplate(name, set.names) }
    return t
}

/// Problems of the spec, documents, minutes and comments, for `jalon check` (file:line each,
/// relative to the board folder like the board's own diagnostics).
func documentationProblems(_ ctx: CommandContext) throws -> [Diagnostic] {
    try ctx.store.documentationProblems(board: ctx.board, shippedTemplates: BoardFiles.documentTemplates)
}

/// When each document last changed and who changed it, from the history engine.
func documentLastChanges(_ ctx: CommandContext) -> [String: DocsText.LastChange] {
    guard let history = try? ctx.store.history() else { return [:] }
    var out: [String: DocsText.LastChange] = [:]
    for commit in history.commits {
        for e in commit.events where out[e.item] == nil {
            switch e.kind {
            case .documentCreated, .documentEdited, .documentStatus:
                let by: String
                switch e.actor {
                case .member(let id): by = ctx.board.settings.member(id)?.name ?? id
                case .outsider(let name, _): by = name
                }
                out[e.item] = DocsText.LastChange(date: e.date, by: by, commit: e.commit)
            default: continue
            }
        }
    }
    return out
}

func printProblems(_ problems: [Diagnostic], format: OutputFormat, ok: Text, _ ctx: CommandContext) -> Bool {
    let errors = problems.filter { $0.severity == .error }.count
    switch format {
    case .json: ctx.say(BoardJSON.diagnostics(problems, language: ctx.language))
    case .text:
        for p in problems {
            let line = p.rendered(ctx.language, pathPrefix: ctx.store.prefix)
            ctx.say(p.severity == .warning ? CLIText.warningPrefix(ctx.language) + line : line)
        }
        ctx.say(problems.isEmpty ? ok(ctx.language) : CLIText.checkSummary(errors, problems.count - errors)(ctx.language))
    }
    return errors > 0
}

// MARK: spec

struct SpecCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "spec", abstract: DocsCLIText.helpSpec(helpLanguage), subcommands: [Init.self, Show.self, Check.self, Link.self, Status.self])
    }

    struct Init: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpSpecInit(helpLanguage)) }
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try withBoard(global) { ctx in
                let (actor, _) = try ctx.actor()
                let outcome = try ctx.store.initSpec(template: try template("cahier-des-charges", ctx), actor: actor)
                ctx.say(DocsCLIText.specCreated(ctx.store.prefix + SpecDocument.path, outcome.commit.short)(ctx.language))
            }
        }
    }

    static func load(_ ctx: CommandContext) throws -> (SpecDocument, [Diagnostic]) {
        guard let text = try ctx.store.readText(SpecDocument.path) else { throw DocsError.noSpec }
        let (spec, problems) = SpecDocument.parse(text)
        guard let spec else { throw ActionError.brokenFile(ctx.store.prefix + SpecDocument.path, problems.map { $0.text(pathPrefix: ctx.store.prefix) }) }
        let templates = try documentTemplates(ctx).specTemplateTexts
        return (spec, problems + SpecCheck.problems(spec, board: ctx.board, templates: templates))
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpSpecShow(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text
        @Flag(help: help(DocsCLIText.helpMarkdown)) var markdown = false

        func run() throws {
            try withBoard(global) { ctx in
                if markdown {
                    guard let text = try ctx.store.readText(SpecDocument.path) else { throw DocsError.noSpec }
                    ctx.say(text.hasSuffix("\n") ? String(text.dropLast()) : text)
                    return
                }
                let (spec, problems) = try SpecCommand.load(ctx)
                ctx.say(format == .json ? DocsJSON.spec(spec, board: ctx.board, problems: problems, language: ctx.language)
                                        : DocsText.spec(spec, board: ctx.board, problems: problems, language: ctx.language, style: ctx.style))
            }
        }
    }

    struct Check: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpSpecCheck(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            var failed = false
            try withBoard(global) { ctx in
                let (spec, problems) = try SpecCommand.load(ctx)
                let linked = spec.deliverables.count
                failed = printProblems(problems, format: format, ok: DocsCLIText.specOK(spec.allSections.count, linked), ctx)
            }
            if failed { throw ExitCode(1) }
        }
    }

    struct Link: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpSpecLink(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(DocsCLIText.helpDeliverable)) var deliverable: String
        @Argument(help: help(DocsCLIText.helpItems)) var items: [String]

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                let ids = try commaList(items).map { try ctx.itemID($0) }
                guard !ids.isEmpty else { throw ActionError.nothingToDo }
                let (actor, _) = try ctx.actor()
                let outcome = try ctx.store.linkDeliverable(deliverable.uppercased(), to: ids, actor: actor)
                ctx.say(DocsCLIText.specLinked(deliverable.uppercased(), ids.map(\.description).joined(separator: ", "), outcome.commit.short)(ctx.language))
            }
        }
    }
}

extension SpecCommand {
    struct Status: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpSpecStatus(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(CLIText.helpSpecStatusValue)) var status: String?
        @Option(help: help(DocsCLIText.helpVersion)) var version: String?

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                guard let status else {
                    if version != nil { throw JalonError(.invalidInput, CLIText.specVersionNeedsStatus, hint: CLIText.specStatusHint) }
                    guard let text = try ctx.store.readText(SpecDocument.path) else { throw DocsError.noSpec }
                    let spec = SpecDocument.parse(text).0
                    let shown = (spec?.status).map { $0.isEmpty ? "?" : StatusWords.document($0, ctx.language) } ?? "?"
                    ctx.say(CLIText.specStatusIs(shown, spec?.version ?? "?")(ctx.language))
                    return
                }
                guard let value = DocumentStatus(word: status) else { throw DocsError.badDocumentStatus(status) }
                let (actor, _) = try ctx.actor()
                let (previous, outcome) = try ctx.store.setSpecStatus(value, version: version, actor: actor)
                guard let outcome else { ctx.say(DocsCLIText.docUnchanged(ctx.store.prefix + SpecDocument.path)(ctx.language)); return }
                ctx.say(CLIText.specStatusSet(previous.isEmpty ? "?" : StatusWords.document(previous, ctx.language),
                                              StatusWords.document(value.rawValue, ctx.language), outcome.commit.short)(ctx.language))
            }
        }
    }
}

// MARK: doc

struct DocCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "doc", abstract: DocsCLIText.helpDoc(helpLanguage),
                             subcommands: [New.self, List.self, Tree.self, Show.self, Status.self, Rename.self, Check.self])
    }

    struct New: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpDocNew(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(CLIText.helpTitle)) var title: String
        @Option(help: help(DocsCLIText.helpDocTemplate)) var template: String?
        @Option(help: help(DocsCLIText.helpFolder)) var folder: String?
        @Option(help: help(DocsCLIText.helpFileName)) var name: String?
        @Option(help: help(DocsCLIText.helpTag)) var tag: [String] = []
        @Option(help: help(DocsCLIText.helpAttach)) var attach: String?

        func run() throws {
            try withBoard(global) { ctx in
                let (actor, _) = try ctx.actor()
                var draft = DocumentDraft(title: title)
                draft.folder = folder ?? ""
                draft.fileName = name
                draft.tags = commaList(tag)
                if let attach {
                    let source = attach.hasPrefix("/") ? attach : (ctx.environment.directory as NSString).appendingPathComponent(attach)
                    guard let data = FileManager.default.contents(atPath: source) else { throw DocsError.unreadableAttachment(attach) }
                    draft.attachment = Array(data)
                    draft.attachmentName = (attach as NSString).lastPathComponent
                    if let template { draft.template = try DocsCommands.template(template, ctx) }
                } else {
                    draft.template = try DocsCommands.template(template ?? "note", ctx)
                    draft.values = DocsCommands.reportValues(ctx, template: draft.template)
                }
                let (doc, outcome) = try ctx.store.newDocument(draft, actor: actor)
                ctx.say(DocsCLIText.docCreated(doc.meta.id?.description ?? "?", ctx.store.prefix + doc.path, outcome.commit.short)(ctx.language))
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpDocList(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Option(help: help(DocsCLIText.helpFilterDocStatus)) var status: String?
        @Option(help: help(DocsCLIText.helpFolder)) var folder: String?
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            try withBoard(global) { ctx in
                let wanted = try status.map { s in try DocumentStatus(word: s).map(\.rawValue) ?? { throw DocsError.badDocumentStatus(s) }() }
                var docs = try ctx.store.documentationFiles().documents.documents
                if let wanted { docs = docs.filter { $0.meta.status == wanted } }
                if let folder {
                    let f = try ctx.store.documentFolder(folder)
                    docs = docs.filter { $0.folder == f || $0.folder.hasPrefix(f + "/") }
                }
                let last = documentLastChanges(ctx)
                let zone = ctx.environment.clock.timeZone
                ctx.say(format == .json ? DocsJSON.documents(docs, lastChanges: last, timeZone: zone)
                                        : DocsText.documentList(docs, lastChanges: last, board: ctx.board, language: ctx.language, style: ctx.style, timeZone: zone))
            }
        }
    }

    struct Tree: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpDocTree(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            try withBoard(global) { ctx in
                let docs = try ctx.store.documentationFiles().documents.documents
                ctx.say(format == .json ? DocsJSON.tree(docs, lastChanges: documentLastChanges(ctx), timeZone: ctx.environment.clock.timeZone)
                                        : DocsText.documentTree(docs, language: ctx.language, style: ctx.style))
            }
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpDocShow(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(DocsCLIText.helpDocKey)) var document: String
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            try withBoard(global) { ctx in
                if ItemID(document) == nil {
                    try rejectOutside(document)
                    let path = document.hasPrefix(BoardDocument.folder + "/") ? document : BoardDocument.folder + "/" + document
                    try ctx.store.confine(path)
                }
                let files = try ctx.store.documentationFiles()
                guard let doc = files.documents.document(ctx.boardKey(document)) else { throw DocsError.unknownDocument(document) }
                let comments = doc.meta.id.map { files.comments.thread($0.description) } ?? []
                let last = documentLastChanges(ctx)[doc.path]
                let zone = ctx.environment.clock.timeZone
                ctx.say(format == .json ? DocsJSON.render(DocsJSON.document(doc, lastChange: last, timeZone: zone, body: true, comments: comments))
                                        : DocsText.documentDetail(doc, lastChange: last, comments: comments, board: ctx.board, language: ctx.language, style: ctx.style, timeZone: zone))
            }
        }
    }

    struct Status: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpDocStatus(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(DocsCLIText.helpDocKey)) var document: String
        @Argument(help: help(DocsCLIText.helpDocStatusValue)) var status: String
        @Option(help: help(DocsCLIText.helpVersion)) var version: String?

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                guard let value = DocumentStatus(word: status) else { throw DocsError.badDocumentStatus(status) }
                let (actor, _) = try ctx.actor()
                let (doc, previous, outcome) = try ctx.store.setDocumentStatus(ctx.boardKey(document), to: value, version: version, actor: actor)
                let label = doc.meta.id?.description ?? doc.path
                guard let outcome else { ctx.say(DocsCLIText.docUnchanged(label)(ctx.language)); return }
                ctx.say(DocsCLIText.docStatus(label, previous.isEmpty ? "?" : StatusWords.document(previous, ctx.language), StatusWords.document(value.rawValue, ctx.language), outcome.commit.short)(ctx.language))
                if value == .validated, let by = doc.meta.validatedBy, let at = doc.meta.validatedAt.flatMap(Comment.parseDate) {
                    ctx.say(DocsCLIText.docValidated(ctx.board.settings.member(by)?.name ?? by, DocsText.dateTime(at, ctx.language, timeZone: ctx.environment.clock.timeZone))(ctx.language))
                }
            }
        }
    }

    struct Rename: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpDocRename(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(DocsCLIText.helpDocKey)) var document: String
        @Argument(help: help(DocsCLIText.helpNewName)) var newName: String?

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                let (actor, _) = try ctx.actor()
                let (from, to, outcome) = try ctx.store.renameDocument(ctx.boardKey(document), to: newName, actor: actor)
                ctx.say(DocsCLIText.docRenamed(from, to, outcome.commit.short)(ctx.language))
            }
        }
    }

    struct Check: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpDocCheck(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            var failed = false
            try withBoard(global) { ctx in
                let problems = try documentationProblems(ctx)
                let count = try ctx.store.documentationFiles().documents.documents.count
                failed = printProblems(problems, format: format, ok: DocsCLIText.docsOK(count), ctx)
            }
            if failed { throw ExitCode(1) }
        }
    }
}

/// Shared helpers of the documentation commands.
enum DocsCommands {
    static func template(_ name: String, _ ctx: CommandContext) throws -> DocumentTemplate { try JalonCLI.template(name, ctx) }

    /// Values a weekly report starts from: the week's Monday, tasks done since then (from the
    /// history, only when the template asks for them), tasks in progress, late tasks, milestones ahead.
    static func reportValues(_ ctx: CommandContext, template: DocumentTemplate? = nil) -> [String: String] {
        let board = ctx.board, L = ctx.language, today = ctx.today
        let done = board.settings.doneStatus
        func line(_ t: BoardTask) -> String {
            "- \(t.id) " + (L == .fr ? "« \(t.title) »" : "“\(t.title)”") + (t.assignees.isEmpty ? "" : " (\(t.assignees.joined(separator: ", ")))")
                + (t.due.map { " — " + (L == .fr ? "échéance " : "due ") + $0.formatted(L) } ?? "")
        }
        let first = board.settings.statuses.first
        let doing = board.tasks.filter { $0.status != done && $0.status != first }.map(line)
        let lateness = (try? ctx.lateness()) ?? Lateness.forecast(board, today: today)
        let late = board.tasks.filter { lateness.isLate($0.id) }.map(line)
        let upcoming = board.milestones.filter { m in m.date.map { $0 >= today && $0 <= today.adding(days: 14) } ?? false }
            .map { "- \($0.id) " + (L == .fr ? "« \($0.title) »" : "“\($0.title)”") + " — " + ($0.date?.formatted(L) ?? "") }
        let none = L == .fr ? "- aucune" : "- none"
        let monday = today.adding(days: 1 - today.weekday)
        var values = ["doing": doing.isEmpty ? none : doing.joined(separator: "\n"), "late": late.isEmpty ? none : late.joined(separator: "\n"),
                      "upcoming": upcoming.isEmpty ? "- …" : upcoming.joined(separator: "\n"), "week": monday.formatted(L)]
        if template?.body.contains("{{done}}") == true {
            let finished = board.tasks.filter { $0.status == done }
            // Actual end dates from the history engine, as the forecast reads them.
            let dates = (try? ctx.history()).map { ActualDates.from($0, board: board, through: today, timeZone: ctx.environment.clock.timeZone) } ?? [:]
            let thisWeek = finished.filter { t in dates[t.id]?.end.map { $0 >= monday && $0 <= today } ?? false }
            values["done"] = thisWeek.isEmpty ? none : thisWeek.map(line).joined(separator: "\n")
        }
        return values
    }
}

// MARK: meeting

struct MeetingCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "meeting", abstract: DocsCLIText.helpMeeting(helpLanguage), subcommands: [New.self, Actions.self, Action.self, List.self, Show.self])
    }

    struct New: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpMeetingNew(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Option(help: help(DocsCLIText.helpMeetingDate)) var date: String?
        @Option(help: help(DocsCLIText.helpAttendees)) var attendees: [String] = []
        @Option(help: help(DocsCLIText.helpGuests)) var guest: [String] = []
        @Option(help: help(DocsCLIText.helpMeetingTemplate)) var template: String = "reunion-hebdo"
        @Option(help: help(DocsCLIText.helpMeetingTitle)) var title: String?

        func run() throws {
            try withBoard(global) { ctx in
                let (actor, _) = try ctx.actor()
                var draft = MeetingDraft(date: try date.map(ArgumentReader.day) ?? ctx.today)
                draft.attendees = commaList(attendees)
                draft.guests = guest.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                draft.title = title
                draft.template = try DocsCommands.template(template, ctx)
                var onDay = ctx
                onDay.statusDate = draft.date
                draft.lateTasks = Set(try onDay.lateness().days.keys)
                let (minutes, outcome) = try ctx.store.newMeeting(draft, actor: actor)
                ctx.say(DocsCLIText.meetingCreated(minutes.id.description, ctx.store.prefix + minutes.path, outcome.commit.short)(ctx.language))
            }
        }
    }

    static func find(_ key: String, _ ctx: CommandContext) throws -> (MeetingMinutes, DocumentationFiles) {
        if ItemID(key) == nil { try rejectOutside(key); try ctx.store.confine(key.hasPrefix(MeetingMinutes.folder + "/") ? key : MeetingMinutes.folder + "/" + key) }
        let files = try ctx.store.documentationFiles()
        let all = files.meetings.minutes
        if let id = ItemID(key), let m = all.first(where: { $0.id == id }) { return (m, files) }
        let path = key.hasPrefix(MeetingMinutes.folder + "/") ? key : MeetingMinutes.folder + "/" + key
        if let m = all.first(where: { $0.path == path || $0.path == path + ".md" }) { return (m, files) }
        throw DocsError.unknownMeeting(key)
    }

    struct Actions: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpMeetingActions(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(DocsCLIText.helpMeetingKey)) var meeting: String
        @Flag(help: help(DocsCLIText.helpCreateTasks)) var createTasks = false
        @Option(help: help(CLIText.helpWith)) var with: [String] = []
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            try withBoard(global) { ctx in
                if createTasks {
                    let (actor, co) = try ctx.actor(with: commaList(with))
                    let (minutes, tasks, outcome) = try ctx.store.createActionTasks(ctx.boardKey(meeting), actor: actor, coAuthors: co)
                    ctx.say(DocsCLIText.tasksCreated(tasks.map(\.id.description).joined(separator: ", "), minutes.id.description, outcome.commit.short)(ctx.language))
                    let board = try ctx.store.load()
                    if format == .json {
                        ctx.say(DocsJSON.render(.object(["meeting": .string(minutes.id.description), "actions": .array(minutes.actions.map { DocsJSON.action($0, board: board) })])))
                    } else {
                        ctx.say(DocsText.actionTable(minutes, board: board, language: ctx.language, style: ctx.style))
                    }
                    return
                }
                let (minutes, _) = try MeetingCommand.find(ctx.boardKey(meeting), ctx)
                if format == .json {
                    ctx.say(DocsJSON.render(.object(["meeting": .string(minutes.id.description), "actions": .array(minutes.actions.map { DocsJSON.action($0, board: ctx.board) })])))
                } else {
                    ctx.say(DocsText.actionTable(minutes, board: ctx.board, language: ctx.language, style: ctx.style))
                }
            }
        }
    }

    struct Action: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(abstract: CLIText.helpMeetingAction(helpLanguage), subcommands: [Add.self])
        }

        struct Add: ParsableCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpMeetingActionAdd(helpLanguage)) }
            @OptionGroup var global: GlobalOptions
            @Argument(help: help(DocsCLIText.helpMeetingKey)) var meeting: String
            @Argument(help: help(CLIText.helpActionWhat)) var what: String
            @Option(help: help(CLIText.helpActionWho)) var who: String
            @Option(help: help(CLIText.helpActionDue)) var due: String?

            func run() throws {
                try withBoard(global, scope: .settings) { ctx in
                    let day = try due.map(ArgumentReader.day)
                    let (actor, _) = try ctx.actor()
                    let (minutes, action, outcome) = try ctx.store.addMeetingAction(ctx.boardKey(meeting), who: who, what: what, due: day, actor: actor)
                    ctx.say(CLIText.meetingActionAdded(minutes.id.description, action.what, action.who, action.due?.formatted(ctx.language), outcome.commit.short)(ctx.language))
                    if ctx.board.settings.member(action.who) == nil { ctx.say(CLIText.actionOwnerOutside(action.who)(ctx.language)) }
                }
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpMeetingList(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            try withBoard(global) { ctx in
                let minutes = try ctx.store.documentationFiles().meetings.minutes
                ctx.say(format == .json ? DocsJSON.meetings(minutes, board: ctx.board) : DocsText.meetingList(minutes, board: ctx.board, language: ctx.language, style: ctx.style))
            }
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpMeetingShow(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(DocsCLIText.helpMeetingKey)) var meeting: String
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            try withBoard(global) { ctx in
                let (minutes, files) = try MeetingCommand.find(ctx.boardKey(meeting), ctx)
                let comments = files.comments.thread(minutes.id.description)
                ctx.say(format == .json ? DocsJSON.render(DocsJSON.meeting(minutes, board: ctx.board, body: true, comments: comments))
                                        : DocsText.meetingDetail(minutes, comments: comments, board: ctx.board, language: ctx.language, style: ctx.style, timeZone: ctx.environment.clock.timeZone))
            }
        }
    }
}

// MARK: comment

struct CommentCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "comment", abstract: DocsCLIText.helpComment(helpLanguage), subcommands: [Add.self, List.self], defaultSubcommand: Add.self)
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpCommentAdd(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(DocsCLIText.helpItem)) var item: String
        @Argument(help: help(DocsCLIText.helpCommentText)) var text: String

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                let (actor, _) = try ctx.actor()
                let (comment, outcome) = try ctx.store.addComment(on: ctx.itemID(item).description, text: text, actor: actor)
                ctx.say(DocsCLIText.commentAdded(comment.item, ctx.store.prefix + comment.path, comment.mentions, outcome.commit.short)(ctx.language))
            }
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpCommentList(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(DocsCLIText.helpItem)) var item: String
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                let id = try ctx.itemID(item)
                let comments = try ctx.store.documentationFiles().comments.thread(id.description)
                if format == .json { ctx.say(DocsJSON.comments(id.description, comments)); return }
                ctx.say(comments.isEmpty ? DocsWordsCLI.noComments(id.description)(ctx.language)
                                         : DocsText.commentThread(comments, board: ctx.board, language: ctx.language, style: ctx.style, timeZone: ctx.environment.clock.timeZone))
            }
        }
    }
}

enum DocsWordsCLI {
    static func noComments(_ item: String) -> Text {
        Text(fr: "Aucun commentaire sur \(item) ; « jalon comment \(item) \"texte\" » en ajoute un.", en: "No comments on \(item); `jalon comment \(item) \"text\"` adds one.")
    }
}

// MARK: news and reminders

struct NewsCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "news", abstract: DocsCLIText.helpNews(helpLanguage)) }
    @OptionGroup var global: GlobalOptions
    @Option(help: help(DocsCLIText.helpSince)) var since: String = "last"
    @Flag(help: help(DocsCLIText.helpPeek)) var peek = false
    @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

    func run() throws {
        try withBoard(global) { ctx in
            let (actor, _) = try ctx.actor()
            guard let member = actor.memberID else { throw DocsCLIText.notAMemberForNews(actor.name) }
            let zone = ctx.environment.clock.timeZone
            let now = ctx.environment.clock.now
            var from: Date
            var sinceText: String
            let sinceLastLook = ["last", "dernier"].contains(since.lowercased())
            if sinceLastLook {
                if let marker = ctx.store.newsMarker(for: member) {
                    from = marker.date
                    sinceText = DocsText.dateTime(marker.date, ctx.language, timeZone: zone)
                } else {
                    from = now.addingTimeInterval(-7 * 86_400)
                    sinceText = DocsCLIText.firstNews(ctx.language)
                }
            } else if let day = Day.parse(since) {
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = zone
                from = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) ?? now
                sinceText = day.formatted(ctx.language)
            } else if let date = Clock.parse(since) {
                from = date
                sinceText = DocsText.dateTime(date, ctx.language, timeZone: zone)
            } else {
                _ = try ArgumentReader.day(since)
                return
            }
            let history = try ctx.store.history()
            let files = try ctx.store.documentationFiles()
            var authors: [String: String] = [:]
            for d in files.documents.documents { if let a = d.meta.author { authors[d.path] = a } }
            let digest = NewsDigest.build(events: history.events, board: ctx.board, member: member, since: from, comments: files.comments.comments, documentAuthors: authors)
            ctx.say(format == .json ? DocsJSON.news(digest, board: ctx.board, timeZone: zone)
                                    : DocsText.news(digest, board: ctx.board, sinceText: sinceText, language: ctx.language, style: ctx.style, timeZone: zone))
            if format != .json, let n = ctx.store.unpushedBoardWork(), n > 0 { ctx.say(SyncText.unpushedReminder(n)(ctx.language)) }
            if !peek && sinceLastLook {
                try ctx.store.saveNewsMarker(NewsMarker(date: now, commit: history.head), for: member)
            }
        }
    }
}

enum RemindFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
}

struct RemindCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "remind", abstract: DocsCLIText.helpRemind(helpLanguage)) }
    @OptionGroup var global: GlobalOptions
    @Option(help: help(DocsCLIText.helpDays)) var days: Int = 3
    @Option(help: help(DocsCLIText.helpRemindMember)) var member: String?
    @Option(help: help(DocsCLIText.helpRemindFormat)) var format: RemindFormat = .text

    func run() throws {
        try withBoard(global) { ctx in
            guard (0...365).contains(days) else { throw DocsCLIText.badDays(days) }
            var memberID: String?
            if let member {
                guard let m = ctx.board.settings.member(member) else { throw ActionError.unknownMember(member, ctx.board.settings.members.map(\.id)) }
                memberID = m.id
            }
            let files = try ctx.store.documentationFiles()
            let digest = ReminderDigest.build(board: ctx.board, documents: files.documents.documents, comments: files.comments.comments,
                                              today: ctx.today, days: days, member: memberID, late: try ctx.lateness())
            switch format {
            case .json: ctx.say(DocsJSON.reminders(digest))
            case .markdown: ctx.say(DocsText.reminders(digest, board: ctx.board, language: ctx.language, style: ctx.style, markdown: true))
            case .text: ctx.say(DocsText.reminders(digest, board: ctx.board, language: ctx.language, style: ctx.style, markdown: false))
            }
            if format != .json, let n = ctx.store.unpushedBoardWork(), n > 0 { ctx.say(SyncText.unpushedReminder(n)(ctx.language)) }
        }
    }
}

// MARK: merge

struct MergeCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "merge", abstract: DocsCLIText.helpMerge(helpLanguage)) }
    @OptionGroup var global: GlobalOptions
    @Argument(help: help(DocsCLIText.helpRef)) var ref: String

    func run() throws {
        try withBoard(global, scope: .settings) { ctx in
            let (actor, _) = try ctx.actor()
            switch try ctx.store.merge(ref, actor: actor) {
            case .upToDate: ctx.say(DocsCLIText.upToDate(ctx.language))
            case .fastForward(let to, let files): ctx.say(DocsCLIText.fastForward(to.short, files.count)(ctx.language))
            case .merged(let commit, let files, let report):
                ctx.say((report.bodyConflicts.isEmpty ? DocsCLIText.merged(commit.short, files.count) : DocsCLIText.mergedWithBodyConflicts(commit.short, files.count))(ctx.language))
                printMergeReport(report, say: ctx.say, language: ctx.language)
            }
        }
    }
}
