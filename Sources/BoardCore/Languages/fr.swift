// The French table of every user-facing text (see `LanguageTable` for the format): one
// `key = template` line per text, after a comment line saying where it is shown. A key missing
// here is shown from the English table.
extension LanguageTable {
    static let fr = LanguageTable(source: #"""
# How French is written: the plural rule (0 and 1 take the singular), the decimal mark, dates.
language.name = français
language.plural = n<2
language.decimal = ,
# No text: an optional part of a text left out.
language.empty =
# A text shown as it is, the same in every language (a name, a label).
language.verbatim = {text}
# A number with its decimal mark.
language.number = {number}
# A date in full and without the year: {d} the day, {dd} and {mm} on two digits, {yyyy}, {month} from language.monthN.
language.date = {dd}/{mm}/{yyyy}
language.dateShort = {dd}/{mm}
# Short month names (Gantt headers, dates).
language.month1 = janv.
language.month2 = févr.
language.month3 = mars
language.month4 = avr.
language.month5 = mai
language.month6 = juin
language.month7 = juil.
language.month8 = août
language.month9 = sept.
language.month10 = oct.
language.month11 = nov.
language.month12 = déc.
# BoardCore/Catalog.swift, File problems — func brokenYAML(_ problem: String) -> Text
core.brokenYAML = YAML illisible : {problem}
# BoardCore/Catalog.swift, File problems — let brokenYAMLHint
core.brokenYAMLHint = corrigez la syntaxe à cette ligne (indentation, deux-points, guillemets) puis lancez « jalon check »
# BoardCore/Catalog.swift, File problems — let notAMapping
core.notAMapping = l’en-tête YAML doit être une liste de clés « clé: valeur »
# BoardCore/Catalog.swift, File problems — func duplicateKey(_ key: String) -> Text
core.duplicateKey = la clé « {key} » apparaît deux fois
# BoardCore/Catalog.swift, File problems — let duplicateKeyHint
core.duplicateKeyHint = gardez une seule ligne pour cette clé
# BoardCore/Catalog.swift, File problems — let typeText
core.typeText = un texte
# BoardCore/Catalog.swift, File problems — let typeList
core.typeList = une liste
# BoardCore/Catalog.swift, File problems — let typeNumber
core.typeNumber = un nombre
# BoardCore/Catalog.swift, File problems — func wrongType(_ key: String, _ expected: Text) -> Text
core.wrongType = « {key} » devrait être {expected}
# BoardCore/Catalog.swift, File problems — let wrongTypeHint
core.wrongTypeHint = voir le format des fichiers dans le README
# BoardCore/Catalog.swift, File problems — func impossibleDate(_ text: String) -> Text
core.impossibleDate = date impossible « {text} »
# BoardCore/Catalog.swift, File problems — func notADate(_ text: String) -> Text
core.notADate = « {text} » n’est pas une date
# BoardCore/Catalog.swift, File problems — let dateHint
core.dateHint = écrivez une date réelle, AAAA-MM-JJ (ou JJ/MM/AAAA)
# BoardCore/Catalog.swift, File problems — func notAnEffort(_ key: String, _ text: String) -> Text
core.notAnEffort = « {key} » : durée illisible « {text} »
# BoardCore/Catalog.swift, File problems — let effortHint
core.effortHint = écrivez par ex. 2d (jours), 4h (heures) ou 1w (semaine)
# BoardCore/Catalog.swift, File problems — func effortTooLarge(_ text: String) -> Text
core.effortTooLarge = durée « {text} » trop grande (au plus {effortDays}d)
# BoardCore/Catalog.swift, File problems — let effortTooLargeHint
core.effortTooLargeHint = découpez la tâche ; une durée s’écrit par ex. 2d, 4h ou 1w
# BoardCore/Catalog.swift, File problems — func dateOutOfRange(_ text: String) -> Text
core.dateOutOfRange = date « {text} » hors des années {lowerBound}–{upperBound}
# BoardCore/Catalog.swift, File problems — func numberOutOfRange(_ key: String, _ text: String) -> Text
core.numberOutOfRange = « {key} » : nombre « {text} » hors de {lowerBound}–{upperBound}
# BoardCore/Catalog.swift, File limits (README: Limits) — func fileTooLarge(_ bytes: Int) -> Text
core.fileTooLarge = fichier trop gros ({bytes} octets, au plus {fileBytes})
# BoardCore/Catalog.swift, File limits (README: Limits) — let fileTooLargeHint
core.fileTooLargeHint = un fichier du tableau est un petit texte ; découpez-le ou placez les gros fichiers hors du tableau
# BoardCore/Catalog.swift, File limits (README: Limits) — func lineTooLong(_ bytes: Int) -> Text
core.lineTooLong = ligne trop longue ({bytes} octets, au plus {lineBytes})
# BoardCore/Catalog.swift, File limits (README: Limits) — let lineTooLongHint
core.lineTooLongHint = coupez la ligne
# BoardCore/Catalog.swift, File limits (README: Limits) — let invalidUTF8
core.invalidUTF8 = texte invalide : ce n’est pas de l’UTF-8
# BoardCore/Catalog.swift, File limits (README: Limits) — let invalidUTF8Hint
core.invalidUTF8Hint = enregistrez le fichier en UTF-8 (votre éditeur : « Enregistrer avec l’encodage »)
# BoardCore/Catalog.swift, File limits (README: Limits) — let u
core.controlCharacter = caractère de contrôle {u} dans le texte
# BoardCore/Catalog.swift, File limits (README: Limits) — let controlCharacterHint
core.controlCharacterHint = supprimez ce caractère invisible (seules la tabulation et la fin de ligne sont admises)
# BoardCore/Catalog.swift, File limits (README: Limits) — let yamlAlias
core.yamlAlias = ancre ou alias YAML (& ou *) refusé dans un fichier du tableau
# BoardCore/Catalog.swift, File limits (README: Limits) — let yamlAliasHint
core.yamlAliasHint = écrivez la valeur en entier, ou mettez-la entre guillemets si elle commence par & ou *
# BoardCore/Catalog.swift, File limits (README: Limits) — func yamlTooDeep(_ depth: Int) -> Text
core.yamlTooDeep = YAML imbriqué trop profond (plus de {depth} niveaux)
# BoardCore/Catalog.swift, File limits (README: Limits) — let yamlTooDeepHint
core.yamlTooDeepHint = un en-tête de tableau tient en « clé: valeur » simples
# BoardCore/Catalog.swift, File limits (README: Limits) — let symbolicLink
core.symbolicLink = lien symbolique : fichier ignoré (Jalon ne suit pas les liens)
# BoardCore/Catalog.swift, File limits (README: Limits) — let symbolicLinkHint
core.symbolicLinkHint = remplacez le lien par le fichier lui-même
# BoardCore/Catalog.swift, File limits (README: Limits) — func notAnID(_ key: String, _ text: String) -> Text
core.notAnID = « {key} » : « {text} » n’est pas un identifiant
# BoardCore/Catalog.swift, File limits (README: Limits) — let idHint
core.idHint = les identifiants s’écrivent T-A1 (tâche) ou M-A1 (jalon)
# BoardCore/Catalog.swift, File limits (README: Limits) — func notADependency(_ text: String) -> Text
core.notADependency = dépendance illisible « {text} »
# BoardCore/Catalog.swift, File limits (README: Limits) — let dependencyHint
core.dependencyHint = écrivez T-A3, T-A3+2d (avec délai) ou ss:T-A3 (début à début)
# BoardCore/Catalog.swift, File limits (README: Limits) — func progressRange(_ p: Int) -> Text
core.progressRange = avancement {p} hors de 0–100
# BoardCore/Catalog.swift, File limits (README: Limits) — let progressHint
core.progressHint = un pourcentage entre 0 et 100
# BoardCore/Catalog.swift, File limits (README: Limits) — func idMismatch(_ found: String, _ expected: String) -> Text
core.idMismatch = l’identifiant {found} ne correspond pas au nom du fichier ({expected})
# BoardCore/Catalog.swift, File limits (README: Limits) — let idMismatchHint
core.idMismatchHint = renommez le fichier ou corrigez la clé id
# BoardCore/Catalog.swift, File limits (README: Limits) — func missingKey(_ key: String) -> Text
core.missingKey = clé « {key} » manquante
# BoardCore/Catalog.swift, File limits (README: Limits) — let missingTitleHint
core.missingTitleHint = ajoutez une ligne « title: … »
# BoardCore/Catalog.swift, File limits (README: Limits) — let missingStatusHint
core.missingStatusHint = ajoutez une ligne « status: … » avec un statut du tableau
# BoardCore/Catalog.swift, File limits (README: Limits) — let boardNameHint
core.boardNameHint = ajoutez une ligne « name: … » dans jalon.yml
# BoardCore/Catalog.swift, File limits (README: Limits) — let memberIDHint
core.memberIDHint = chaque membre a un « id » court, par ex. alice
# BoardCore/Catalog.swift, File limits (README: Limits) — func badMemberCode(_ id: String, _ code: String) -> Text
core.badMemberCode = le membre {id} a un code invalide « {code} »
# BoardCore/Catalog.swift, File limits (README: Limits) — let memberCodeHint
core.memberCodeHint = le code est 1 à 3 majuscules propres au membre (X est réservé aux non-membres)
# BoardCore/Catalog.swift, File limits (README: Limits) — func unknownLanguage(_ text: String) -> Text
core.unknownLanguage = langue inconnue « {text} »
# BoardCore/Catalog.swift, File limits (README: Limits) — let languageHint
core.languageHint = fr ou en
# BoardCore/Catalog.swift, File limits (README: Limits) — let noStatuses
core.noStatuses = la liste des statuts est vide
# BoardCore/Catalog.swift, File limits (README: Limits) — let noStatusesHint
core.noStatusesHint = par ex. statuses: [todo, doing, review, done]
# BoardCore/Catalog.swift, File limits (README: Limits) — func unknownWeekday(_ text: String) -> Text
core.unknownWeekday = jour inconnu « {text} »
# BoardCore/Catalog.swift, File limits (README: Limits) — let weekdayHint
core.weekdayHint = mon, tue, wed, thu, fri, sat ou sun
# BoardCore/Catalog.swift, File limits (README: Limits) — func endBeforeStart(_ end: String, _ start: String) -> Text
core.endBeforeStart = la fin ({end}) précède le début ({start})
# BoardCore/Catalog.swift, File limits (README: Limits) — let endBeforeStartHint
core.endBeforeStartHint = corrigez start ou end
# BoardCore/Catalog.swift, File limits (README: Limits) — let noFrontMatter
core.noFrontMatter = pas d’en-tête YAML (le fichier doit commencer par une ligne ---)
# BoardCore/Catalog.swift, File limits (README: Limits) — let noFrontMatterHint
core.noFrontMatterHint = encadrez l’en-tête par deux lignes ---
# BoardCore/Catalog.swift, File limits (README: Limits) — let missingSettings
core.missingSettings = fichier du tableau introuvable
# BoardCore/Catalog.swift, File limits (README: Limits) — let cannotOpen
core.cannotOpen = fichier présent mais impossible à ouvrir
# BoardCore/Catalog.swift, File limits (README: Limits) — let cannotOpenHint
core.cannotOpenHint = vérifiez ses droits (ls -l)
# BoardCore/Catalog.swift, File limits (README: Limits) — let skippedFile
core.skippedFile = fichier ignoré
# BoardCore/Catalog.swift, File limits (README: Limits) — let missingSettingsHint
core.missingSettingsHint = lancez « jalon init »
# BoardCore/Catalog.swift, File limits (README: Limits) — func badFileName(_ stem: String) -> Text
core.badFileName = nom de fichier « {stem} » : ce n’est pas un identifiant, fichier ignoré
# BoardCore/Catalog.swift, File limits (README: Limits) — let badFileNameHint
core.badFileNameHint = nommez-le comme son id, par ex. T-A3.md
# BoardCore/Catalog.swift, File limits (README: Limits) — func badHours(_ text: String) -> Text
core.badHours = heures par jour invalides « {text} »
# BoardCore/Catalog.swift, File limits (README: Limits) — let hoursHint
core.hoursHint = un nombre d’heures entre 0,25 et 24, par ex. 3.5
# BoardCore/Catalog.swift, File limits (README: Limits) — let periodHint
core.periodHint = chaque période s’écrit « - from: AAAA-MM-JJ », « to: AAAA-MM-JJ »
# BoardCore/Catalog.swift, Cross-file problems — func duplicateMember(_ id: String) -> Text
core.duplicateMember = membre « {id} » déclaré deux fois
# BoardCore/Catalog.swift, Cross-file problems — let duplicateMemberHint
core.duplicateMemberHint = gardez une seule entrée par membre
# BoardCore/Catalog.swift, Cross-file problems — func duplicateCode(_ code: String) -> Text
core.duplicateCode = code de membre « {code} » déjà pris
# BoardCore/Catalog.swift, Cross-file problems — func sharedEmail(_ email: String, _ a: String, _ b: String) -> Text
core.sharedEmail = l’adresse {email} appartient à {a} et à {b}
# BoardCore/Catalog.swift, Cross-file problems — let sharedEmailHint
core.sharedEmailHint = une adresse ne désigne qu’un membre
# BoardCore/Catalog.swift, Cross-file problems — func unknownStatus(_ status: String, _ statuses: [String]) -> Text
core.unknownStatus = statut inconnu « {status} » (statuts : {statuses})
# BoardCore/Catalog.swift, Cross-file problems — let unknownStatusHint
core.unknownStatusHint = utilisez un statut du tableau ou ajoutez-le dans jalon.yml
# BoardCore/Catalog.swift, Cross-file problems — func unknownMember(_ id: String) -> Text
core.unknownMember = membre inconnu « {id} »
# BoardCore/Catalog.swift, Cross-file problems — func unknownMemberHint(_ ids: [String]) -> Text
core.unknownMemberHintNoMembers = ajoutez-le avec « jalon member add »
# BoardCore/Catalog.swift, Cross-file problems — func unknownMemberHint(_ ids: [String]) -> Text
core.unknownMemberHintKnown = membres : {ids} ; ou « jalon member add »
# BoardCore/Catalog.swift, Cross-file problems — func unknownMilestone(_ id: String) -> Text
core.unknownMilestone = jalon inconnu {id}
# BoardCore/Catalog.swift, Cross-file problems — let unknownItemHint
core.unknownItemHint = vérifiez l’identifiant avec « jalon task list » ou « jalon milestone list »
# BoardCore/Catalog.swift, Cross-file problems — func missingDependency(_ id: String) -> Text
core.missingDependency = dépend de {id}, qui n’existe pas
# BoardCore/Catalog.swift, Cross-file problems — func dependsOnItself(_ id: String) -> Text
core.dependsOnItself = {id} dépend de lui-même
# BoardCore/Catalog.swift, Cross-file problems — func dependencyCycle(_ cycle: String) -> Text
core.dependencyCycle = cycle de dépendances : {cycle}
# BoardCore/Catalog.swift, Cross-file problems — let cycleHint
core.cycleHint = retirez une des dépendances du cycle
# BoardCore/Catalog.swift, Cross-file problems — func dueBeforeStart(_ due: String, _ start: String) -> Text
core.dueBeforeStart = échéance ({due}) avant le début ({start})
# BoardCore/Catalog.swift, Cross-file problems — let dueBeforeStartHint
core.dueBeforeStartHint = corrigez start ou due
# BoardCore/TimeBooking.swift — func negativeSpent(_ text: String) -> Text
core.negativeSpent = temps passé négatif « {text} »
# BoardCore/TimeBooking.swift — let spentHint
core.spentHint = le temps passé d’une journée s’écrit par ex. 2h ou 0.5d, au plus 24h par membre et par jour
# BoardCore/TimeBooking.swift — func unknownTask(_ id: String) -> Text
core.unknownTask = tâche inconnue {id}
# BoardCore/TimeBooking.swift — func tooMuchSpent(_ member: String, _ day: Day, _ hours: Double) -> Text
core.tooMuchSpent = {member} a {hours} h de temps passé le {day} : plus de 24 h dans une journée
# BoardCore/TimeBooking.swift — let bookingFormatHint
core.bookingFormatHint = une saisie de temps a les clés task, member, date et spent (voir « jalon time log »)
# BoardCore/StatusWords.swift — let taskWords: [String: Text]
core.taskWords.todo = à faire
# BoardCore/StatusWords.swift — let taskWords: [String: Text]
core.taskWords.doing = en cours
# BoardCore/StatusWords.swift — let taskWords: [String: Text]
core.taskWords.review = en revue
# BoardCore/StatusWords.swift — let taskWords: [String: Text]
core.taskWords.done = terminé
# BoardCore/StatusWords.swift — let taskWords: [String: Text]
core.taskWords.blocked = bloqué
# BoardCore/StatusWords.swift — let documentWords: [String: Text]
core.documentWords.draft = brouillon
# BoardCore/StatusWords.swift — let documentWords: [String: Text]
core.documentWords.review = en revue
# BoardCore/StatusWords.swift — let documentWords: [String: Text]
core.documentWords.validated = validé
# BoardCore/ConflictMarkers.swift — var number
core.diagnostics = marqueurs de conflit Git (<<<<<<< … >>>>>>>) : une fusion n’a pas été terminée dans ce fichier
# BoardCore/ConflictMarkers.swift — var number
core.diagnosticsHint = gardez la bonne version, supprimez les lignes <<<<<<<, ======= et >>>>>>>, puis « git add » le fichier
# BoardCore/Catalog+Docs.swift, Documents — let documentWithoutMetadata
docs.documentWithoutMetadata = document sans en-tête de métadonnées (id, title, author, status, version)
# BoardCore/Catalog+Docs.swift, Documents — let documentMetadataHint
docs.documentMetadataHint = ajoutez un en-tête --- id, title, author, status: draft, version --- ou créez le document avec « jalon doc new »
# BoardCore/Catalog+Docs.swift, Documents — let documentStatusHint
docs.documentStatusHint = statuts d’un document : draft (brouillon), review (en relecture), validated (validé)
# BoardCore/Catalog+Docs.swift, Documents — func unknownDocumentStatus(_ s: String) -> Text
docs.unknownDocumentStatus = statut de document inconnu « {s} »
# BoardCore/Catalog+Docs.swift, Documents — func orphanSidecar(_ target: String) -> Text
docs.orphanSidecar = fiche de métadonnées sans document : {target} n’existe pas
# BoardCore/Catalog+Docs.swift, Documents — let orphanSidecarHint
docs.orphanSidecarHint = supprimez la fiche ou remettez le document à côté
# BoardCore/Catalog+Docs.swift, Documents — func binaryWithoutSidecar(_ sidecar: String) -> Text
docs.binaryWithoutSidecar = document sans fiche de métadonnées ({sidecar} manquant)
# BoardCore/Catalog+Docs.swift, Documents — let binarySidecarHint
docs.binarySidecarHint = ajoutez-le avec « jalon doc new TITRE --attach FICHIER », ou écrivez la fiche à la main (id, title, author, status, version)
# BoardCore/Catalog+Docs.swift, Documents — func duplicateDocumentID(_ id: String, _ other: String) -> Text
docs.duplicateDocumentID = l’identifiant {id} est déjà celui de {other}
# BoardCore/Catalog+Docs.swift, Documents — let duplicateIDHint
docs.duplicateIDHint = donnez un nouvel identifiant à l’un des deux
# BoardCore/Catalog+Docs.swift, Documents — func namingProblem(_ p: DocumentNaming.Problem) -> Text
docs.namingProblem.spaces = espaces
# BoardCore/Catalog+Docs.swift, Documents — func namingProblem(_ p: DocumentNaming.Problem) -> Text
docs.namingProblem.accents = accents
# BoardCore/Catalog+Docs.swift, Documents — func namingProblem(_ p: DocumentNaming.Problem) -> Text
docs.namingProblem.specialCharacters = caractères spéciaux « {c} »
# BoardCore/Catalog+Docs.swift, Documents — func namingProblem(_ p: DocumentNaming.Problem) -> Text
docs.namingProblem.dateNotISO = date « {d} » pas dans l’ordre ISO (AAAA-MM-JJ)
# BoardCore/Catalog+Docs.swift, Documents — let name
docs.renameDocumentHint = renommez-le {suggested} : jalon doc rename "{path}" {name}
# BoardCore/Catalog+Docs.swift, Documents — func renameFolderHint(_ suggested: String) -> Text
docs.renameFolderHint = renommez le dossier {suggested} (git mv)
# BoardCore/Catalog+Docs.swift, Spec — let specWithoutFrontMatter
docs.specWithoutFrontMatter = cahier des charges sans en-tête (title, version, status)
# BoardCore/Catalog+Docs.swift, Spec — let specFrontMatterHint
docs.specFrontMatterHint = ajoutez en tête --- title: …, version: 0.1, status: draft ---
# BoardCore/Catalog+Docs.swift, Spec — func duplicateDeliverable(_ id: String) -> Text
docs.duplicateDeliverable = livrable {id} déclaré deux fois
# BoardCore/Catalog+Docs.swift, Spec — let duplicateDeliverableHint
docs.duplicateDeliverableHint = numérotez les livrables L1, L2, L3… sans doublon
# BoardCore/Catalog+Docs.swift, Spec — func specSectionMissing(_ heading: Text) -> Text
docs.specSectionMissing = rubrique « {heading} » absente
# BoardCore/Catalog+Docs.swift, Spec — func specSectionMissingHint(_ heading: Text) -> Text
docs.specSectionMissingHint = ajoutez une rubrique « ## {heading} »
# BoardCore/Catalog+Docs.swift, Spec — func specSubsectionMissingHint(_ heading: Text) -> Text
docs.specSubsectionMissingHint = ajoutez « ### {heading} » dans les contraintes
# BoardCore/Catalog+Docs.swift, Spec — func specSectionEmpty(_ heading: String) -> Text
docs.specSectionEmpty = rubrique « {heading} » vide
# BoardCore/Catalog+Docs.swift, Spec — func specSectionTemplate(_ heading: String) -> Text
docs.specSectionTemplate = rubrique « {heading} » encore telle que le modèle
# BoardCore/Catalog+Docs.swift, Spec — let specSectionFillHint
docs.specSectionFillHint = rédigez-la avec l’équipe et le client ; « jalon spec show » montre l’ensemble
# BoardCore/Catalog+Docs.swift, Spec — let objectivesNotMeasurable
docs.objectivesNotMeasurable = aucun objectif mesurable (aucun chiffre : délai, quantité, taux…)
# BoardCore/Catalog+Docs.swift, Spec — let objectivesHint
docs.objectivesHint = donnez à chaque objectif une mesure, par ex. « 5 pages en ligne avant le 05/02/2027 »
# BoardCore/Catalog+Docs.swift, Spec — let noDeliverableIDs
docs.noDeliverableIDs = les livrables n’ont pas d’identifiant
# BoardCore/Catalog+Docs.swift, Spec — let deliverableIDHint
docs.deliverableIDHint = listez-les dans un tableau | L1 | Livrable | Échéance |, pour les relier aux jalons et aux tâches
# BoardCore/Catalog+Docs.swift, Spec — func deliverableNotLinked(_ id: String, _ title: String) -> Text
docs.deliverableNotLinked = livrable {id} « {title} » relié à aucun jalon ni aucune tâche
# BoardCore/Catalog+Docs.swift, Spec — func deliverableLinkHint(_ id: String) -> Text
docs.deliverableLinkHint = reliez-le : jalon spec link {id} M-A1 (ou ajoutez « deliverables: [{id}] » au jalon ou à la tâche)
# BoardCore/Catalog+Docs.swift, Spec — func unknownDeliverable(_ id: String) -> Text
docs.unknownDeliverable = livrable {id} absent du cahier des charges
# BoardCore/Catalog+Docs.swift, Spec — let unknownDeliverableHint
docs.unknownDeliverableHint = déclarez-le dans la rubrique Livrables de spec.md, ou corrigez l’identifiant
# BoardCore/Catalog+Docs.swift, Spec — func milestoneAfterEnd(_ id: String, _ date: String, _ end: String) -> Text
docs.milestoneAfterEnd = le jalon {id} ({date}) tombe après la fin du projet ({end})
# BoardCore/Catalog+Docs.swift, Spec — func deliverableAfterEnd(_ id: String, _ date: String, _ end: String) -> Text
docs.deliverableAfterEnd = le livrable {id} est attendu le {date}, après la fin du projet ({end})
# BoardCore/Catalog+Docs.swift, Spec — let afterEndHint
docs.afterEndHint = avancez la date, ou repoussez la fin du projet, clé end: de jalon.yml, avec l’accord du client
# BoardCore/Catalog+Docs.swift, Spec — func budgetMismatch(_ sum: Decimal, _ total: Decimal) -> Text
docs.budgetMismatch = les lignes du budget font {sum} mais le total annonce {total}
# BoardCore/Catalog+Docs.swift, Spec — let budgetMismatchHint
docs.budgetMismatchHint = corrigez une ligne ou le total
# BoardCore/Catalog+Docs.swift, Spec — let budgetNoTotal
docs.budgetNoTotal = le budget n’a pas de ligne Total
# BoardCore/Catalog+Docs.swift, Spec — let budgetNoTotalHint
docs.budgetNoTotalHint = ajoutez une ligne | **Total** | montant |
# BoardCore/Catalog+Docs.swift, Meetings — let meetingIDHint
docs.meetingIDHint = créez le compte-rendu avec « jalon meeting new » (id R-A1…)
# BoardCore/Catalog+Docs.swift, Meetings — let actionItemHint
docs.actionItemHint = chaque action s’écrit « - who: bob », « what: … », « due: AAAA-MM-JJ »
# BoardCore/Catalog+Docs.swift, Meetings — func duplicateMeetingID(_ id: String, _ other: String) -> Text
docs.duplicateMeetingID = l’identifiant {id} est déjà celui de {other}
# BoardCore/Catalog+Docs.swift, Meetings — func meetingNameDate(_ name: String, _ date: String) -> Text
docs.meetingNameDate = le nom {name} ne commence pas par la date de la réunion ({date})
# BoardCore/Catalog+Docs.swift, Meetings — let meetingNameHint
docs.meetingNameHint = les comptes-rendus s’appellent meetings/AAAA-MM-JJ-sujet.md
# BoardCore/Catalog+Docs.swift, Meetings — let attendeeHint
docs.attendeeHint = les participants sont des membres (id) ; les personnes extérieures vont dans guests
# BoardCore/Catalog+Docs.swift, Meetings — func missingActionTask(_ id: String) -> Text
docs.missingActionTask = l’action renvoie à la tâche {id}, qui n’existe pas
# BoardCore/Catalog+Docs.swift, Comments — let commentFormatHint
docs.commentFormatHint = un commentaire est comments/ID/AAAAMMJJTHHMMSSZ-membre-xxxx.md avec author, date (ISO 8601), mentions
# BoardCore/Catalog+Docs.swift, Comments — func badCommentDate(_ text: String) -> Text
docs.badCommentDate = date de commentaire illisible « {text} »
# BoardCore/Catalog+Docs.swift, Comments — let misplacedComment
docs.misplacedComment = commentaire mal rangé : il doit être dans comments/ID/
# BoardCore/Catalog+Docs.swift, Comments — func commentOnUnknownItem(_ item: String) -> Text
docs.commentOnUnknownItem = commentaire sur {item}, qui n’existe pas
# BoardCore/Catalog+Docs.swift, Comments — let commentItemHint
docs.commentItemHint = l’élément a peut-être été supprimé ; le commentaire reste dans l’historique
# JalonCLI/ErrorWording.swift — ActionError.unknownMember
action.unknownMember = membre inconnu « {id} »
# JalonCLI/ErrorWording.swift — ActionError.unknownMember
action.unknownMemberAddHint = ajoutez-le d’abord : jalon member add {id} --name … --email …
# JalonCLI/ErrorWording.swift — ActionError.unknownMember
action.unknownMemberKnownHint = membres : {known}
# JalonCLI/ErrorWording.swift — ActionError.noIdentity
action.noIdentity = impossible de savoir qui agit
# JalonCLI/ErrorWording.swift — ActionError.noIdentity
action.noIdentityHint = réglez git config user.name et user.email, ou passez --as MEMBRE
# JalonCLI/ErrorWording.swift — ActionError.noIdentityForAs
action.noIdentityForAs = --as {member} : votre propre identité Git est inconnue, or elle doit rester celle du committer
# JalonCLI/ErrorWording.swift — ActionError.noIdentityForAs
action.noIdentityForAsHint = réglez git config user.name et user.email (le commit sera au nom de {member}, committé par vous)
# JalonCLI/ErrorWording.swift — ActionError.unknownItem
action.unknownItem = {id} n’existe pas
# JalonCLI/ErrorWording.swift — ActionError.unknownItem
action.unknownItemHint = voyez « jalon task list » ou « jalon milestone list »
# JalonCLI/ErrorWording.swift — ActionError.badID
action.badID = « {text} » n’est pas un identifiant
# JalonCLI/ErrorWording.swift — ActionError.notAnItemPath
action.notAnItemPath = « {text} » ne désigne aucun fichier de tâche, de jalon, de commentaire, de temps, de compte-rendu ni de document de ce tableau
# JalonCLI/ErrorWording.swift — ActionError.notAnItemPath
action.notAnItemPathHint = donnez l’identifiant (T-A1, M-A1) ou le chemin que Jalon affiche (tasks/T-A1.md) ; --board choisit le tableau
# JalonCLI/ErrorWording.swift — ActionError.unknownStatus
action.unknownStatus = statut inconnu « {status} »
# JalonCLI/ErrorWording.swift — ActionError.emptyTitle
action.emptyTitle = le titre est vide
# JalonCLI/ErrorWording.swift — ActionError.emptyTitle
action.emptyTitleHint = donnez un titre entre guillemets
# JalonCLI/ErrorWording.swift — ActionError.cycle
action.cycle = cette dépendance crée un cycle : {cycle}
# JalonCLI/ErrorWording.swift — ActionError.cycle
action.cycleHint = une tâche ne peut pas dépendre, même indirectement, d’elle-même
# JalonCLI/ErrorWording.swift — ActionError.brokenFile
action.brokenFile = {path} est illisible : Jalon ne le réécrira pas
# JalonCLI/ErrorWording.swift — ActionError.brokenFile
action.brokenFileHint = corrigez le fichier (jalon check dit où), puis relancez ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — ActionError.badMemberID
action.badMemberID = identifiant de membre invalide « {id} »
# JalonCLI/ErrorWording.swift — ActionError.badMemberID
action.badMemberIDHint = lettres et chiffres sans espace ni accent, par ex. alice
# JalonCLI/ErrorWording.swift — ActionError.memberExists
action.memberExists = le membre « {id} » existe déjà
# JalonCLI/ErrorWording.swift — ActionError.emailTaken
action.emailTaken = l’adresse {email} est déjà celle de {owner}
# JalonCLI/ErrorWording.swift — ActionError.codeTaken
action.codeTaken = code de membre « {code} » indisponible
# JalonCLI/ErrorWording.swift — ActionError.codeTaken
action.codeTakenHint = 1 à 3 majuscules, pas X, pas déjà pris
# JalonCLI/ErrorWording.swift — ActionError.badBaselineName
action.badBaselineName = nom de référence invalide « {name} »
# JalonCLI/ErrorWording.swift — ActionError.badBaselineName
action.badBaselineNameHint = utilisez des lettres et des chiffres, par ex. « planning initial »
# JalonCLI/ErrorWording.swift — ActionError.baselineExists
action.baselineExists = la référence « {name} » existe déjà
# JalonCLI/ErrorWording.swift — ActionError.baselineExists
action.baselineExistsHint = choisissez un autre nom ; « jalon baseline list » les montre
# JalonCLI/ErrorWording.swift — ActionError.unknownBaseline
action.unknownBaseline = référence inconnue « {name} »
# JalonCLI/ErrorWording.swift — ActionError.unknownBaseline
action.unknownBaselineSaveHint = enregistrez-en une : jalon baseline save "planning initial"
# JalonCLI/ErrorWording.swift — ActionError.unknownBaseline
action.unknownBaselineKnownHint = références : {known}
# JalonCLI/ErrorWording.swift — ActionError.emptyBoard
action.emptyBoard = le tableau n’a encore aucun commit
# JalonCLI/ErrorWording.swift — ActionError.emptyBoard
action.emptyBoardHint = lancez d’abord « jalon init »
# JalonCLI/ErrorWording.swift — ActionError.taskReferenced
action.taskReferenced = {id} n’est pas supprimée : d’autres éléments y renvoient
# JalonCLI/ErrorWording.swift — ActionError.taskReferenced
action.taskReferencedHint = retirez ces renvois, ou « jalon task delete {id} --force » les retire dans le même commit ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — ActionError.notInList
action.notInList = {id} n’a pas « {value} » parmi ses {field}
# JalonCLI/ErrorWording.swift — ActionError.notInList
action.notInListEmptyHint = elle n’en a aucun(e) ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — ActionError.notInList
action.notInListCurrentHint = actuellement : {current} ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — ActionError.nothingToDo
action.nothingToDo = rien à changer
# JalonCLI/ErrorWording.swift — ActionError.unknownTemplate
action.unknownTemplate = modèle inconnu « {name} »
# JalonCLI/ErrorWording.swift — ActionError.unknownTemplate
action.unknownTemplateHint = modèles : {known}
# JalonCLI/ErrorWording.swift — ActionError.memberEdited
action.memberEdited = Membre {name} ({id}) modifié
# JalonCLI/ErrorWording.swift — ActionError.initSubject
action.initSubject = Création du tableau « {name} »
# JalonCLI/ErrorWording.swift — ActionError.memberAdded
action.memberAdded = Ajout du membre {name} ({id})
# JalonCLI/ErrorWording.swift — ActionError.milestoneAdded
action.milestoneAdded = Jalon {id} « {title} » créé
# JalonCLI/ErrorWording.swift — ActionError.milestoneEdited
action.milestoneEdited = Jalon {id} « {title} » modifié
# JalonCLI/ErrorWording.swift — ActionError.taskAdded
action.taskAdded = Tâche {id} « {title} » créée
# JalonCLI/ErrorWording.swift — ActionError.taskMoved
action.taskMoved = Tâche {id} « {title} » : {from} → {to}
# JalonCLI/ErrorWording.swift — ActionError.taskDone
action.taskDone = Tâche {id} « {title} » terminée
# JalonCLI/ErrorWording.swift — ActionError.taskDeleted
action.taskDeleted = Tâche {id} « {title} » supprimée
# JalonCLI/ErrorWording.swift — ActionError.taskDeletedWithReferences
action.taskDeletedWithReferences = Tâche {id} « {title} » supprimée, renvois retirés de {others}
# JalonCLI/ErrorWording.swift — ActionError.taskEdited
action.taskEdited = Tâche {id} « {title} » modifiée ({fields})
# JalonCLI/ErrorWording.swift — StoreError.git
store.git = Git a échoué : {message}
# JalonCLI/ErrorWording.swift — StoreError.git
store.gitHint = {function}, code {code}, classe {errorClass}
# JalonCLI/ErrorWording.swift — StoreError.uncommittedChanges
store.uncommittedChanges = des modifications non commitées touchent les fichiers à changer : {paths}
# JalonCLI/ErrorWording.swift — StoreError.uncommittedChanges
store.uncommittedChangesHint = commitez-les (git commit) ou mettez-les de côté (git stash), puis relancez la commande ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — StoreError.branchKeptMoving
store.branchKeptMoving = la branche {branch} a changé pendant chacun des {attempts} essais
# JalonCLI/ErrorWording.swift — StoreError.branchKeptMoving
store.branchKeptMovingHint = d’autres programmes écrivent en même temps ; relancez la commande ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — StoreError.journalNotWritten
store.journalNotWritten = impossible d’écrire le journal .git/jalon/pending : {error}
# JalonCLI/ErrorWording.swift — StoreError.journalNotWritten
store.journalNotWrittenHint = vérifiez les droits et la place libre du dossier .git ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — StoreError.worktreeNotWritten
store.worktreeNotWritten = impossible d’écrire la copie de travail : {error}
# JalonCLI/ErrorWording.swift — StoreError.worktreeNotWritten
store.worktreeNotWrittenHint = vérifiez les droits des fichiers ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — StoreError.worktreeNotRestored
store.worktreeNotRestored = le changement n’a pas été enregistré et la copie de travail n’a pas pu être remise en état : {error}
# JalonCLI/ErrorWording.swift — StoreError.worktreeNotRestored
store.worktreeNotRestoredHint = la prochaine commande jalon la remet en état (par ex. « jalon check »)
# JalonCLI/ErrorWording.swift — StoreError.includedInAnotherCommit
store.includedInAnotherCommit = le changement est enregistré, dans le commit {short} fait au même moment par un autre programme (il a pris les fichiers préparés par Jalon)
# JalonCLI/ErrorWording.swift — StoreError.includedInAnotherCommit
store.includedInAnotherCommitHint = ne relancez pas la commande : il n’y a rien à refaire
# JalonCLI/ErrorWording.swift — StoreError.referenceLocked
store.referenceLocked = la branche est verrouillée par un autre programme ({path})
# JalonCLI/ErrorWording.swift — StoreError.referenceLocked
store.referenceLockedHint = attendez qu’il finisse et relancez ; si aucune commande Git ne tourne, supprimez {path} ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — StoreError.indexLocked
store.indexLocked = l’index Git est verrouillé par un autre programme ({path})
# JalonCLI/ErrorWording.swift — StoreError.indexLocked
store.indexLockedHint = attendez qu’il finisse et relancez ; si aucune commande Git ne tourne, supprimez {path} ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — StoreNotice.staleLockRemoved
store.staleLockRemoved = verrou abandonné par un Jalon interrompu supprimé : {path}
# JalonCLI/ErrorWording.swift — StoreNotice.pendingFinished
store.pendingFinished = mise à jour interrompue terminée (commit {short} déjà enregistré) : {paths}
# JalonCLI/ErrorWording.swift — StoreNotice.pendingUndone
store.pendingUndone = changement interrompu avant d’être enregistré, fichiers remis comme avant : {paths}
# JalonCLI/ErrorWording.swift — StoreNotice.pendingLeftAlone
store.pendingLeftAlone = fichiers modifiés depuis une mise à jour interrompue, laissés tels quels : {paths} (vérifiez-les avec « git status »)
# JalonCLI/ErrorWording.swift — StoreNotice.pendingDropped
store.pendingDropped = mise à jour interrompue : {reference} a été déplacée depuis (par un commit Git) ; les fichiers suivent ce commit
# JalonCLI/ErrorWording.swift — StoreError.checkedOutElsewhere
store.checkedOutElsewhere = la branche du tableau ({branch}) est extraite dans une autre copie de travail : {path}
# JalonCLI/ErrorWording.swift — StoreError.checkedOutElsewhere
store.checkedOutElsewhereHint = lancez la commande dans {path} ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — StoreError.unreadableFile
store.unreadableFile = fichier illisible : {rendered}
# JalonCLI/ErrorWording.swift — StoreError.unreadableFile
store.unreadableFileHint = corrigez ce fichier puis lancez « jalon check » ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — StoreError.unreadableSettings
store.unreadableSettings = le fichier du tableau est illisible : {prefix}
# JalonCLI/ErrorWording.swift — StoreError.unreadableSettings
store.unreadableSettingsHint = corrigez jalon.yml (ou « git checkout -- jalon.yml ») puis relancez ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — StoreError.pathOutsideBoard
store.pathOutsideBoard = chemin refusé « {path} » : il sort du tableau
# JalonCLI/ErrorWording.swift — StoreError.pathOutsideBoard
store.pathOutsideBoardHint = donnez un chemin relatif, sans « .. », à l’intérieur du tableau
# JalonCLI/ErrorWording.swift — StoreError.lockFailed
store.lockFailed = impossible de verrouiller {path}
# JalonCLI/ErrorWording.swift — StoreError.lockFailed
store.lockFailedHint = vérifiez les droits sur le dossier .git
# JalonCLI/ErrorWording.swift — StoreError.notARepository
store.notARepository = pas de dépôt Git ici ({path})
# JalonCLI/ErrorWording.swift — StoreError.notARepository
store.notARepositoryHint = placez-vous dans le dépôt du projet, ou lancez « jalon init » pour en créer un
# JalonCLI/ErrorWording.swift — StoreError.noBoard
store.noBoard = aucun tableau Jalon trouvé depuis {path}
# JalonCLI/ErrorWording.swift — StoreError.noBoard
store.noBoardHint = lancez « jalon init », ou donnez --board DOSSIER
# JalonCLI/ErrorWording.swift — StoreError.list
store.severalBoards = plusieurs tableaux Jalon sous {path} : {list}
# JalonCLI/ErrorWording.swift — StoreError.list
store.severalBoardsHint = choisissez-en un avec --board DOSSIER, ou lancez la commande depuis son dossier
# JalonCLI/ErrorWording.swift — StoreError.boardExists
store.boardExists = il y a déjà un tableau ici ({path})
# JalonCLI/ErrorWording.swift — StoreError.boardExists
store.boardExistsHint = utilisez-le, ou choisissez un autre dossier avec --board
# JalonCLI/ErrorWording.swift — StoreError.detachedHead
store.detachedHead = HEAD est détachée : le tableau a besoin d’une branche
# JalonCLI/ErrorWording.swift — StoreError.detachedHead
store.detachedHeadHint = « git switch main » (ou une autre branche), puis relancez
# JalonCLI/ErrorWording.swift — StoreError.bareRepository
store.bareRepository = ce dépôt n’a pas de copie de travail
# JalonCLI/ErrorWording.swift — StoreError.bareRepository
store.bareRepositoryHint = clonez-le d’abord (git clone)
# JalonCLI/ErrorWording.swift — TimeError.notAMember
store.notAMember = {name} n’est pas membre de l’équipe : le temps passé est celui d’un membre
# JalonCLI/ErrorWording.swift — TimeError.notAMember
store.notAMemberHint = passez --as MEMBRE, ou ajoutez votre adresse à votre membre (jalon member edit)
# JalonCLI/ErrorWording.swift — TimeError.notPositive
store.notPositive = le temps passé doit être positif
# JalonCLI/ErrorWording.swift — TimeError.notPositive
store.notPositiveHint = par ex. jalon time log T-A1 2h
# JalonCLI/ErrorWording.swift — TimeError.future
store.future = le {day} n’est pas encore passé
# JalonCLI/ErrorWording.swift — TimeError.future
store.futureHint = saisissez le temps le jour même ou après, avec --date JOUR
# JalonCLI/ErrorWording.swift — TimeError.overDay
store.overDay = {member} a déjà {already} h le {day} : une journée ne dépasse pas 24 h
# JalonCLI/ErrorWording.swift — TimeError.overDay
store.overDayHint = vérifiez la date (--date) et la durée ; « jalon time list » montre les saisies
# BoardStore/TimeActions.swift — func subject(_ id: String, _ title: String, _ hours: Double, _ day: Day) -> Text
store.subject = Temps passé sur {id} « {title} » : {hours} h le {day}
# JalonCLI/ErrorWording.swift — TaskReference.text: a reference that stops a task delete
store.text.milestoneDependency = le jalon {id} en dépend ({file})
# JalonCLI/ErrorWording.swift — TaskReference.text: a reference that stops a task delete
store.text.taskDependency = la tâche {id} en dépend ({file})
# JalonCLI/ErrorWording.swift — TaskReference.text: a reference that stops a task delete
store.text.meetingAction = c’est la tâche de l’action « {what} » de la réunion {meeting} ({file})
# JalonCLI/ErrorWording.swift — TaskReference.text: a reference that stops a task delete
store.text.deliverable = elle produit le livrable {d} du cahier des charges ({path})
# JalonCLI/ErrorWording.swift — TaskReference.text: a reference that stops a task delete
store.text.comments = {n} {n|commentaire|commentaires} ({file})
# JalonCLI/ErrorWording.swift — TaskReference.removal: what task delete --force changed
store.removal.dependency = dépendance retirée de {id} ({file})
# JalonCLI/ErrorWording.swift — TaskReference.removal: what task delete --force changed
store.removal.meetingAction = l’action « {what} » de {meeting} n’a plus de tâche ({file})
# JalonCLI/ErrorWording.swift — TaskReference.removal: what task delete --force changed
store.removal.deliverable = le livrable {d} n’est plus relié à cette tâche
# JalonCLI/ErrorWording.swift — TaskReference.removal: what task delete --force changed
store.removal.comments = {n} {n|commentaire supprimé|commentaires supprimés} ({file} ; l’historique Git les garde)
# JalonCLI/ErrorWording.swift — TaskListField.name, in action.notInList
action.listField.assignees = membres assignés
# JalonCLI/ErrorWording.swift — TaskListField.name, in action.notInList
action.listField.labels = étiquettes
# JalonCLI/ErrorWording.swift — TaskListField.name, in action.notInList
action.listField.dependencies = dépendances
# JalonCLI/ErrorWording.swift — StoreError.noBoardYet
store.noBoardYet = le tableau n’a aucun commit au {iso} ou avant
# JalonCLI/ErrorWording.swift — StoreError.noBoardYet
store.noBoardYetHint = choisissez une date de situation (--at) postérieure au premier commit
# JalonCLI/ErrorWording.swift — StoreError.newsMarkerNotSaved
store.saveNewsMarker = impossible d’enregistrer la date de lecture dans {path}
# JalonCLI/ErrorWording.swift — StoreError.newsMarkerNotSaved
store.saveNewsMarkerHint = vérifiez les droits du dossier .git
# BoardStore/MergeDriver.swift — let declared
store.declared = Pilote de fusion Jalon déclaré dans .gitattributes
# BoardCore/BoardTemplate.swift — let file: File
store.text = modèle {name} illisible : {error}
# JalonCLI/ErrorWording.swift — DocsError.linkOutsideBoard
docsError.linkOutsideBoard = chemin refusé « {path} » : c’est un lien qui mène hors du tableau ({target})
# JalonCLI/ErrorWording.swift — DocsError.linkOutsideBoard
docsError.linkOutsideBoardHint = Jalon ne lit ni n’écrit hors du dossier du tableau ; remplacez le lien par un vrai dossier
# JalonCLI/ErrorWording.swift — DocsError.writeThroughLink
docsError.writeThroughLink = chemin refusé « {path} » : il passe par un lien symbolique
# JalonCLI/ErrorWording.swift — DocsError.writeThroughLink
docsError.writeThroughLinkHint = Jalon n’écrit pas à travers un lien ; choisissez un vrai dossier du tableau
# JalonCLI/ErrorWording.swift — DocsError.noSpec
docsError.noSpec = pas encore de cahier des charges (spec.md)
# JalonCLI/ErrorWording.swift — DocsError.noSpec
docsError.noSpecHint = créez-le : jalon spec init
# JalonCLI/ErrorWording.swift — DocsError.specExists
docsError.specExists = le cahier des charges existe déjà (spec.md)
# JalonCLI/ErrorWording.swift — DocsError.specExists
docsError.specExistsHint = modifiez spec.md, puis « jalon spec check » ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — DocsError.unknownTemplate
docsError.unknownTemplate = modèle de document inconnu « {name} »
# JalonCLI/ErrorWording.swift — DocsError.unknownTemplate
docsError.unknownTemplateHint = modèles : {known} (ou un fichier templates/{name}.md du tableau)
# JalonCLI/ErrorWording.swift — DocsError.unknownDocument
docsError.unknownDocument = document inconnu « {key} »
# JalonCLI/ErrorWording.swift — DocsError.unknownDocument
docsError.unknownDocumentHint = voyez « jalon doc list » (identifiant D-… ou chemin docs/…)
# JalonCLI/ErrorWording.swift — DocsError.documentExists
docsError.documentExists = un fichier existe déjà à {path}
# JalonCLI/ErrorWording.swift — DocsError.documentExists
docsError.documentExistsHint = choisissez un autre titre ou un autre dossier (--folder, --name) ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — DocsError.badDocumentStatus
docsError.badDocumentStatus = statut de document inconnu « {status} »
# JalonCLI/ErrorWording.swift — DocsError.documentWithoutID
docsError.documentWithoutID = {path} n’a pas de métadonnées lisibles
# JalonCLI/ErrorWording.swift — DocsError.documentWithoutID
docsError.documentWithoutIDHint = corrigez son en-tête (jalon doc check dit où) ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — DocsError.badFileName
docsError.badFileName = nom de fichier « {name} » hors règle de nommage
# JalonCLI/ErrorWording.swift — DocsError.badFileName
docsError.badFileNameHint = par exemple {suggested} (sans espace, accent ni caractère spécial ; dates AAAA-MM-JJ)
# JalonCLI/ErrorWording.swift — DocsError.unreadableAttachment
docsError.unreadableAttachment = impossible de lire le fichier à joindre {path}
# JalonCLI/ErrorWording.swift — DocsError.unreadableAttachment
docsError.unreadableAttachmentHint = vérifiez le chemin et les droits
# JalonCLI/ErrorWording.swift — DocsError.unknownMeeting
docsError.unknownMeeting = compte-rendu inconnu « {key} »
# JalonCLI/ErrorWording.swift — DocsError.unknownMeeting
docsError.unknownMeetingHint = voyez « jalon meeting list » (identifiant R-…)
# JalonCLI/ErrorWording.swift — DocsError.brokenMeeting
docsError.brokenMeeting = {path} est illisible : Jalon ne le réécrira pas
# JalonCLI/ErrorWording.swift — DocsError.brokenMeeting
docsError.brokenMeetingHint = corrigez le fichier (jalon check dit où), puis relancez ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — DocsError.noActions
docsError.noActions = aucune action sans tâche dans ce compte-rendu
# JalonCLI/ErrorWording.swift — DocsError.noActions
docsError.noActionsHint = ajoutez des actions (who, what, due) sous « actions: » dans l’en-tête
# JalonCLI/ErrorWording.swift — DocsError.noActionOwner
docsError.noActionOwner = qui fait cette action ? --who est vide
# JalonCLI/ErrorWording.swift — DocsError.noActionOwner
docsError.noActionOwnerHint = un membre (par ex. --who alice) ou le nom d’une personne extérieure
# JalonCLI/ErrorWording.swift — DocsError.unknownActionOwner
docsError.unknownActionOwner = « {who} » n’est ni un membre ni un invité de cette réunion
# JalonCLI/ErrorWording.swift — DocsError.unknownActionOwner
docsError.unknownActionOwnerHint = possibles : {known} ; un invité s’ajoute sous « guests: » dans l’en-tête
# JalonCLI/ErrorWording.swift — DocsError.emptyComment
docsError.emptyComment = le commentaire est vide
# JalonCLI/ErrorWording.swift — DocsError.emptyComment
docsError.emptyCommentHint = donnez le texte entre guillemets
# JalonCLI/ErrorWording.swift — DocsError.unknownCommentTarget
docsError.unknownCommentTarget = {id} n’existe pas : rien à commenter
# JalonCLI/ErrorWording.swift — DocsError.unknownCommentTarget
docsError.unknownCommentTargetHint = on commente une tâche (T-…), un jalon (M-…), un document (D-…) ou un compte-rendu (R-…)
# JalonCLI/ErrorWording.swift — DocsError.unknownMention
docsError.unknownMention = @{name} ne désigne aucun membre
# JalonCLI/ErrorWording.swift — DocsError.unknownMention
docsError.unknownMentionHint = membres : {members}, ou @tous pour toute l’équipe ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — DocsError.badDeliverable
docsError.badDeliverable = « {id} » n’est pas un livrable du cahier des charges
# JalonCLI/ErrorWording.swift — DocsError.badDeliverable
docsError.badDeliverableHint = les livrables sont L1, L2… dans la rubrique Livrables de spec.md
# JalonCLI/ErrorWording.swift — DocsError.uncommittedDeliverable
docsError.uncommittedDeliverable = le livrable {id} n’est que dans votre copie de {path}, pas encore commitée
# JalonCLI/ErrorWording.swift — DocsError.uncommittedDeliverable
docsError.uncommittedDeliverableHint = commitez d’abord le cahier des charges : git commit {path} -m "…" ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — DocsError.unknownRevision
docsError.unknownRevision = « {ref} » ne désigne aucun commit
# JalonCLI/ErrorWording.swift — DocsError.unknownRevision
docsError.unknownRevisionHint = donnez une branche (origin/main après git fetch), une étiquette ou un identifiant de commit
# JalonCLI/ErrorWording.swift — DocsError.mergeConflicts
docsError.mergeConflicts = la fusion de {ref} est en conflit sur {pathsCount} {pathsCount|fichier|fichiers} : {paths}
# JalonCLI/ErrorWording.swift — DocsError.mergeConflicts
docsError.mergeConflictsHint = rien n’a été modifié ; sur la branche du tableau (« git switch {home} »), fusionnez avec « git merge {ref} », corrigez ces fichiers, puis « git commit » et « jalon check »
# JalonCLI/ErrorWording.swift — DocsError.noCommonHistory
docsError.noCommonHistory = les deux branches n’ont aucun historique commun
# JalonCLI/ErrorWording.swift — DocsError.noCommonHistory
docsError.noCommonHistoryHint = vérifiez la branche à fusionner ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — ClassFileError.badLine
classFile.badLine = {file}:{line} : ligne illisible
# JalonCLI/ErrorWording.swift — ClassFileError.badLine
classFile.badLineHint = le fichier liste les équipes sous « teams: », chacune « - name: … » puis « path: … » ou « url: … »
# JalonCLI/ErrorWording.swift — ClassFileError.noTeams
classFile.noTeams = {file} : aucune équipe
# JalonCLI/ErrorWording.swift — ClassFileError.noTeams
classFile.noTeamsHint = ajoutez une liste « teams: » avec « - name: … » et « path: … » ou « url: … » (voir Boards/classe-exemple.yml)
# JalonCLI/ErrorWording.swift — ClassFileError.teamWithoutName
classFile.teamWithoutName = ligne {line} : équipe sans « name »
# JalonCLI/ErrorWording.swift — ClassFileError.teamWithoutSource
classFile.teamWithoutSource = ligne {line} : ni « path » ni « url »
# JalonCLI/ErrorWording.swift — ClassFileError.badTeamLine
classFile.badTeamLine = ligne {line} illisible
# JalonCLI/ErrorWording.swift — ClassFileError.cannotRead
classFile.cannotRead = impossible de lire {file}
# JalonCLI/ErrorWording.swift — ClassFileError.cannotRead
classFile.cannotReadHint = vérifiez le chemin du fichier de classe
# JalonCLI/ErrorWording.swift — ClassFileError.fetchFailed
classFile.fetchFailed = récupération impossible de {url} : {message}
# JalonCLI/ErrorWording.swift — ClassFileError.fetchFailed
classFile.fetchFailedHint = vérifiez l’adresse et l’accès au dépôt (réseau, droits)
# JalonCLI/ErrorWording.swift — ClassFileError.noBoardInRemote
classFile.noBoardInRemote = aucun tableau Jalon dans {url}
# JalonCLI/ErrorWording.swift — ClassFileError.noBoardInRemote
classFile.noBoardInRemoteHint = indiquez son dossier avec « board: » et sa branche avec « branch: »
# JalonCLI/ErrorWording.swift — ClassFileError.brokenSettings
classFile.brokenSettings = jalon.yml illisible
# JalonCLI/ErrorWording.swift — ClassFileError.brokenSettings
classFile.brokenSettingsHint = l’équipe doit le corriger (« jalon check »)
# JalonCLI/ErrorWording.swift — SyncError.noRemote
sync.noRemote = aucun dépôt distant « {name} »
# JalonCLI/ErrorWording.swift — SyncError.noRemote
sync.noRemoteHint = ajoutez-le (git remote add origin URL) ou donnez une URL : jalon sync URL ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — SyncError.authentication
sync.authentication = authentification refusée par {remote}
# JalonCLI/ErrorWording.swift — SyncError.authentication
sync.authenticationHint = mettez un jeton dans JALON_GIT_TOKEN, ou l’identifiant dans ~/.git-credentials, ou chargez votre clé SSH (ssh-add) ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — SyncError.unreachable
sync.unreachable = dépôt distant injoignable ({remote}) : {why}
# JalonCLI/ErrorWording.swift — SyncError.unreachable
sync.unreachableHint = vérifiez l’adresse (git remote -v) et le réseau, puis relancez ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — SyncError.certificate
sync.certificate = certificat du serveur non vérifié ({remote}) : {why}
# JalonCLI/ErrorWording.swift — SyncError.certificate
sync.certificateHint = si le serveur de l’établissement a sa propre autorité de certification, indiquez-la à Git (git config http.sslCAInfo /chemin/ca.pem), Jalon lit le même réglage ; puis relancez ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — SyncError.rejected
sync.rejected = {remote} a refusé {reference} : {why}
# JalonCLI/ErrorWording.swift — SyncError.rejected
sync.rejectedHint = une branche protégée demande une autorisation (ou une demande de fusion) ; rien n’a été modifié ici
# JalonCLI/ErrorWording.swift — SyncError.unknownHostKey
sync.unknownHostKey = clé d’hôte SSH inconnue ou changée pour {remote}
# JalonCLI/ErrorWording.swift — SyncError.unknownHostKey
sync.unknownHostKeyHint = connectez-vous une fois avec ssh (ou git fetch) pour l’ajouter à ~/.ssh/known_hosts, après avoir vérifié son empreinte ; rien n’a été modifié
# JalonCLI/ErrorWording.swift — SyncError.remoteKeepsMoving
sync.remoteKeepsMoving = le dépôt distant a changé à chaque tentative
# JalonCLI/ErrorWording.swift — SyncError.remoteKeepsMoving
sync.remoteKeepsMovingHint = relancez jalon sync dans un moment
# JalonCLI/ErrorWording.swift — SyncError.failed
sync.failed = échange avec {remote} impossible : {message}
# JalonCLI/ErrorWording.swift — SyncError.failed
sync.failedHint = vérifiez l’adresse et vos droits, puis relancez ; rien n’a été modifié
# BoardStore/Docs/SpecActions.swift — let specCreated
specAction.specCreated = Cahier des charges créé
# BoardStore/Docs/SpecActions.swift — func specLinked(_ deliverable: String, _ items: String) -> Text
specAction.specLinked = Livrable {deliverable} relié à {items}
# BoardStore/Docs/SpecActions.swift — func documentAdded(_ id: String, _ title: String) -> Text
specAction.documentAdded = Document {id} « {title} » créé
# BoardStore/Docs/SpecActions.swift — func documentStatus(_ id: String, _ title: String, _ from: String, _ to: String) -> Text
specAction.documentStatus = Document {id} « {title} » : {from} → {to}
# BoardStore/Docs/SpecActions.swift — func documentRenamed(_ from: String, _ to: String) -> Text
specAction.documentRenamed = Document renommé : {from} → {to}
# BoardStore/Docs/SpecActions.swift — func meetingAdded(_ id: String, _ title: String, _ date: Day) -> Text
specAction.meetingAdded = Compte-rendu {id} « {title} » du {date}
# BoardStore/Docs/SpecActions.swift — func meetingTasks(_ id: String, _ tasks: [String]) -> Text
specAction.meetingTasks = Actions du compte-rendu {id} : tâches {tasks} créées
# BoardStore/Docs/SpecActions.swift — func meetingActionAdded(_ id: String, _ what: String) -> Text
specAction.meetingActionAdded = Action ajoutée au compte-rendu {id} : « {what} »
# BoardStore/Docs/SpecActions.swift — func specStatus(_ from: String, _ to: String) -> Text
specAction.specStatus = Cahier des charges : {from} → {to}
# BoardStore/Docs/SpecActions.swift — func merged(_ ref: String, _ branch: String) -> Text
specAction.merged = Fusion de {ref} dans {branch}
# BoardCore/Catalog+Docs.swift, Documents — a document name and the naming problems found (docs.namingProblem.*), comma-separated
docs.badDocumentName = nom « {name} » hors règle de nommage : {problems}
# JalonCLI/ErrorWording.swift — ActionError.unknownStatus(status, statuses): the board's statuses, comma-separated
action.unknownStatusHint = statuts du tableau : {statuses}
# BoardStore/ActionError.swift — a holiday or absence of one day, in commit subjects
action.periodDay = {day}
# BoardStore/ActionError.swift — a holiday or absence of several days, in commit subjects
action.period = du {from} au {to}
# BoardStore/ActionError.swift — commit subject: a holiday (its name, action.holidayName or action.holidayUnnamed) and its period (action.period)
action.holidayAdded = Congé « {name} » {period}
# BoardStore/ActionError.swift — the name of a holiday, as typed
action.holidayName = {name}
# BoardStore/ActionError.swift — the name of a holiday given none
action.holidayUnnamed = fermeture
# BoardStore/ActionError.swift — commit subject: a member away, the period (action.period) and the reason in brackets when given
action.absenceAdded = Absence de {name} {period}{reason}
# BoardStore/Docs/SpecActions.swift — commit subject: a comment on a task or document, with its title (specAction.commentTitle) when known
specAction.commentAdded = Commentaire sur {item}{title}
# BoardStore/Docs/SpecActions.swift — the quoted title after the item of a comment
specAction.commentTitle = \u{20}« {title} »
# JalonCLI/ErrorWording.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.merge = une fusion Git est en cours
# JalonCLI/ErrorWording.swift — how to finish or leave that Git operation
store.gitOperationHint.merge = terminez-la (« git commit ») ou annulez-la (« git merge --abort »)
# JalonCLI/ErrorWording.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.rebase = un rebase Git est en cours
# JalonCLI/ErrorWording.swift — how to finish or leave that Git operation
store.gitOperationHint.rebase = « git rebase --continue » ou « git rebase --abort »
# JalonCLI/ErrorWording.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.cherryPick = un cherry-pick Git est en cours
# JalonCLI/ErrorWording.swift — how to finish or leave that Git operation
store.gitOperationHint.cherryPick = « git cherry-pick --continue » ou « git cherry-pick --abort »
# JalonCLI/ErrorWording.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.revert = un revert Git est en cours
# JalonCLI/ErrorWording.swift — how to finish or leave that Git operation
store.gitOperationHint.revert = « git revert --continue » ou « git revert --abort »
# JalonCLI/ErrorWording.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.bisect = une bissection Git est en cours
# JalonCLI/ErrorWording.swift — how to finish or leave that Git operation
store.gitOperationHint.bisect = « git bisect reset » quand vous avez fini
# JalonCLI/ErrorWording.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.applyMailbox = un « git am » est en cours
# JalonCLI/ErrorWording.swift — how to finish or leave that Git operation
store.gitOperationHint.applyMailbox = « git am --continue » ou « git am --abort »
# JalonCLI/ErrorWording.swift — refusal while Git is in the middle of an operation (store.gitOperation.*)
store.unfinishedGitOperation = {operation} : Jalon ne change pas le tableau pendant ce temps
# JalonCLI/ErrorWording.swift — how to leave that operation (store.gitOperationHint.*)
store.unfinishedGitOperationHint = {hint}, puis relancez la commande ; rien n’a été modifié
# BoardStore/Docs/MeetingActions.swift, the agenda of new minutes — a quoted title
agenda.quoted = « {text} »
# BoardStore/Docs/MeetingActions.swift, the agenda of new minutes — heading (Markdown)
agenda.lateTasks = ### Tâches en retard
# BoardStore/Docs/MeetingActions.swift, the agenda of new minutes — no late task (Markdown list item)
agenda.noLateTask = - aucune
# BoardStore/Docs/MeetingActions.swift, the agenda of new minutes — the due date after a task or an action
agenda.due = \u{20}— échéance {date}
# BoardStore/Docs/MeetingActions.swift, the agenda of new minutes — heading (Markdown)
agenda.upcomingMilestones = ### Prochains jalons
# BoardStore/Docs/MeetingActions.swift, the agenda of new minutes — no upcoming milestone (Markdown list item)
agenda.noMilestone = - aucun
# BoardStore/Docs/MeetingActions.swift, the agenda of new minutes — after a milestone: how many of its tasks are open
agenda.openTasks = \u{20}({open} {open|tâche ouverte|tâches ouvertes})
# BoardStore/Docs/MeetingActions.swift, the agenda of new minutes — heading (Markdown)
agenda.openQuestions = ### Questions ouvertes
# BoardStore/Docs/MeetingActions.swift, the agenda of new minutes — an open action of earlier minutes: quoted, who, which minutes, its task in brackets, its due date (agenda.due)
agenda.followUp = - Suivi de l’action {what} ({who}, {meeting}){task}{due}
# BoardStore/Docs/MeetingActions.swift, the agenda of new minutes — heading (Markdown)
agenda.otherBusiness = ### Points divers
# BoardStore/Docs/MeetingActions.swift — the title of new minutes given none
agenda.defaultTitle = Réunion
# BoardStore/Docs/MeetingActions.swift — the guests of new minutes when there are none
agenda.noGuests = aucun
# BoardStore/Docs/MeetingActions.swift — new minutes without a template: title, date and the agenda (agenda.*)
agenda.body = # {title} — {date}\n\n## Ordre du jour\n\n{agenda}\n
# BoardStore/Docs/MeetingActions.swift — the body of a task made from an action of minutes: the meeting date, its id and file, who it is given to (agenda.actionGivenTo) when not a member
agenda.actionTaskBody = Action décidée à la réunion du {day} ({id}, {path}){given}.\n
# BoardStore/Docs/MeetingActions.swift — who an action is given to, when not a member of the board
agenda.actionGivenTo = \u{20}; confiée à {who}
# Reports/Catalog+Planning.swift, Calendar words — let n
plan.weekLabel = S{n}
# Reports/Catalog+Planning.swift, Calendar words — func workingDays(_ n: Int) -> Text
plan.workingDays = {n} j
# Reports/Catalog+Planning.swift, Calendar words — func signedDays(_ n: Int) -> Text
plan.signedDaysZero = 0
# Reports/Catalog+Planning.swift, Calendar words — let sign
plan.signedDays = {sign}{n} j
# Reports/Catalog+Planning.swift, Calendar words — func quoted(_ s: String) -> Text
plan.quoted = «\u{A0}{s}\u{A0}»
# Reports/Catalog+Planning.swift, Gantt chart — let ganttNothing
plan.ganttNothing = rien à planifier : ajoutez des tâches avec «\u{A0}jalon task add\u{A0}»
# Reports/Catalog+Planning.swift, Gantt chart — func ganttNothingBetween(_ from: String, _ to: String) -> Text
plan.ganttNothingBetween = rien de planifié du {from} au {to} : élargissez la période (--from/--to)
# Reports/Catalog+Planning.swift, Gantt chart — func ganttTruncated(_ at: String) -> Text
plan.ganttTruncated = graphique coupé au {at} faute de place : réduisez la période (--from/--to), passez à --scale week ou month, ou élargissez (--width)
# Reports/Catalog+Planning.swift, Gantt chart — let ganttNoMilestone
plan.ganttNoMilestone = Sans jalon
# Reports/Catalog+Planning.swift, Gantt chart — let ganttTasks
plan.ganttTasks = Tâches
# Reports/Catalog+Planning.swift, Gantt chart — let ganttUnassigned
plan.ganttUnassigned = Non assignées
# Reports/Catalog+Planning.swift, Gantt chart — let ganttMilestones
plan.ganttMilestones = Jalons
# Reports/Catalog+Planning.swift, Gantt chart — let legendDone
plan.legendDone = fait
# Reports/Catalog+Planning.swift, Gantt chart — let legendRemaining
plan.legendRemaining = reste à faire
# Reports/Catalog+Planning.swift, Gantt chart — let legendMilestone
plan.legendMilestone = jalon
# Reports/Catalog+Planning.swift, Gantt chart — let legendCritical
plan.legendCritical = critique
# Reports/Catalog+Planning.swift, Gantt chart — let legendLate
plan.legendLate = en retard
# Reports/Catalog+Planning.swift, Gantt chart — let legendOutside
plan.legendOutside = hors période
# Reports/Catalog+Planning.swift, Gantt chart — func legendToday(_ day: String) -> Text
plan.legendToday = aujourd’hui ({day})
# Reports/Catalog+Planning.swift, Gantt chart — func legendNonWorking(_ names: [String]) -> Text
plan.legendNonWorking = non travaillé
# Reports/Catalog+Planning.swift, Gantt chart — func legendNonWorking(_ names: [String]) -> Text
plan.legendNonWorkingNamed = non travaillé ({names})
# Reports/Catalog+Planning.swift, Gantt chart — func legendBaseline(_ name: String?) -> Text
plan.legendBaseline = prévu
# Reports/Catalog+Planning.swift, Gantt chart — func legendBaseline(_ name: String?) -> Text
plan.legendBaselineNamed = prévu («\u{A0}{name}\u{A0}»)
# Reports/Catalog+Planning.swift, Gantt chart — let baselineDefaultName
plan.baselineDefaultName = prévu
# Reports/Catalog+Planning.swift, Plan — let columnEnd
plan.columnEnd = Fin
# Reports/Catalog+Planning.swift, Plan — let columnSlack
plan.columnSlack = Marge
# Reports/Catalog+Planning.swift, Plan — let columnCritical
plan.columnCritical = Critique
# Reports/Catalog+Planning.swift, Plan — let columnLate
plan.columnLate = Retard
# Reports/Catalog+Planning.swift, Plan — let columnMember
plan.columnMember = Membre
# Reports/Catalog+Planning.swift, Plan — func criticalPath(_ chain: String) -> Text
plan.criticalPath = Chemin critique : {chain}
# Reports/Catalog+Planning.swift, Plan — let noCriticalPath
plan.noCriticalPath = Chemin critique : aucun
# Reports/Catalog+Planning.swift, Plan — func planSpan(_ start: String, _ end: String) -> Text
plan.planSpan = Projet du {start} au {end}
# Reports/Catalog+Planning.swift, Plan — func planLegend(_ critical: String, _ late: String) -> Text
plan.planLegend = {critical} = critique (sans marge : un jour de retard retarde la fin du projet) ; {late} = en retard ; marge en jours ouvrés
# Reports/Catalog+Planning.swift, Plan — func conflictsHeader(_ n: Int) -> Text
plan.conflictsHeader = Conflits ({n}) :
# Reports/Catalog+Planning.swift, Plan — let noConflicts
plan.noConflicts = Aucun conflit.
# Reports/Catalog+Planning.swift, Plan — func move(_ task: String, _ from: String, _ to: String, withinSlack: Bool) -> Text
plan.moveWithinSlack = {task} : début déplacé du {from} au {to}, dans sa marge
# Reports/Catalog+Planning.swift, Plan — func move(_ task: String, _ from: String, _ to: String, withinSlack: Bool) -> Text
plan.moveBeyondSlack = {task} : début déplacé du {from} au {to}, au-delà de sa marge (la fin du projet recule)
# Reports/Catalog+Planning.swift, Conflicts — func conflictCycle(_ chain: String, _ first: String) -> Text
plan.conflictCycle = Cycle de dépendances : {chain}. Retirez une de ces dépendances («\u{A0}jalon task edit {first} --depends …\u{A0}»).
# Reports/Catalog+Planning.swift, Conflicts — func conflictDueBeforeEnd(_ task: String, _ due: String, _ earliest: String, _ id: String) -> Text
plan.conflictDueBeforeEnd = {task} : échéance le {due}, mais fin au plus tôt le {earliest}. Repoussez l’échéance («\u{A0}jalon task edit {id} --due …\u{A0}»), réduisez l’estimation ou ajoutez quelqu’un à la tâche.
# Reports/Catalog+Planning.swift, Conflicts — func conflictMilestoneMissed(_ milestone: String, _ date: String, _ forecast: String, _ id: String) -> Text
plan.conflictMilestoneMissed = Jalon {milestone} prévu le {date}, mais ses tâches finissent au plus tôt le {forecast}. Décalez le jalon («\u{A0}jalon milestone edit {id} --date …\u{A0}») ou raccourcissez ses tâches.
# Reports/Catalog+Planning.swift, Conflicts — let h
plan.conflictHoliday = {task} : travail prévu le {day}, jour non travaillé{h}. Changez son début («\u{A0}jalon task edit {id} --start …\u{A0}») ou le calendrier.
# Reports/Catalog+Planning.swift, Conflicts — let r
plan.conflictAbsence = {task} : {member} est absent·e le {day}{r}. Confiez la tâche à quelqu’un d’autre («\u{A0}jalon task edit {id} --assign …\u{A0}») ou décalez-la.
# Reports/Catalog+Planning.swift, Conflicts — func conflictOverload(_ member: String, _ hours: Text, _ week: Text, _ monday: String, _ capacity: Text) -> Text
plan.conflictOverload = {member} : {hours} de travail la semaine {week} (du {monday}) pour {capacity} disponibles. Lancez «\u{A0}jalon plan --level\u{A0}» ou répartissez ses tâches.
# Reports/Catalog+Planning.swift, Workload — func loadCaption(_ week: Text, _ monday: String) -> Text
plan.loadCaption = Charge par membre et par semaine, en heures / capacité ({week} = semaine du {monday})
# Reports/Catalog+Planning.swift, Workload — let noLoad
plan.noLoad = aucune charge planifiée (pas de tâche assignée avec une estimation)
# Reports/Catalog+Planning.swift, Workload — func overloadLegend(_ marker: String) -> Text
plan.overloadLegend = {marker} = surcharge, plus d’heures que la capacité : lancez «\u{A0}jalon plan --level\u{A0}» ou répartissez les tâches
# Reports/Catalog+Planning.swift, Baseline comparison — func comparisonTitle(_ name: String) -> Text
plan.comparisonTitle = Écarts par rapport à «\u{A0}{name}\u{A0}»
# Reports/Catalog+Planning.swift, Baseline comparison — let columnPlannedStart
plan.columnPlannedStart = Début prévu
# Reports/Catalog+Planning.swift, Baseline comparison — let columnCurrentStart
plan.columnCurrentStart = Début actuel
# Reports/Catalog+Planning.swift, Baseline comparison — let columnPlannedEnd
plan.columnPlannedEnd = Fin prévue
# Reports/Catalog+Planning.swift, Baseline comparison — let columnCurrentEnd
plan.columnCurrentEnd = Fin actuelle
# Reports/Catalog+Planning.swift, Baseline comparison — let columnStartSlip
plan.columnStartSlip = Écart début
# Reports/Catalog+Planning.swift, Baseline comparison — let columnEndSlip
plan.columnEndSlip = Écart fin
# Reports/Catalog+Planning.swift, Baseline comparison — func addedSince(_ name: String, _ n: Int) -> Text
plan.addedSince = Ajoutées depuis «\u{A0}{name}\u{A0}» ({n}) :
# Reports/Catalog+Planning.swift, Baseline comparison — func removedSince(_ name: String, _ n: Int) -> Text
plan.removedSince = Retirées depuis «\u{A0}{name}\u{A0}» ({n}) :
# Reports/Catalog+Planning.swift, Baseline comparison — func noSlipItems(_ name: String) -> Text
plan.noSlipItems = rien à comparer avec «\u{A0}{name}\u{A0}»
# Reports/Catalog+Planning.swift, Baseline comparison — let slipLegend
plan.slipLegend = écarts en jours ouvrés ; + = plus tard que prévu, - = plus tôt
# Reports/Catalog+Planning.swift, Baseline comparison — func slipSummary(_ late: Int, _ early: Int, _ onTime: Int) -> Text
plan.slipSummary = {late} en retard, {early} en avance, {onTime} à l’heure
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnID
report.columnID = ID
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnTitle
report.columnTitle = Titre
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnStatus
report.columnStatus = Statut
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnAssignees
report.columnAssignees = Responsables
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnDue
report.columnDue = Échéance
# Reports/Catalog+Reports.swift — static let columnExpectedBy: the late table's date column (due date or baseline end)
report.columnExpectedBy = Attendue le
# Reports/Catalog+Reports.swift — func lateAgainstBaseline: a late task's expected day when it is the baseline's end
report.lateAgainstBaseline = {date} (référence)
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnStart
report.columnStart = Début
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnEstimate
report.columnEstimate = Estimation
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnDuration
report.columnDuration = Durée
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnProgress
report.columnProgress = Avancement
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnMilestone
report.columnMilestone = Jalon
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnDepends
report.columnDepends = Dépend de
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnLabels
report.columnLabels = Étiquettes
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnFile
report.columnFile = Fichier
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnDate
report.columnDate = Date
# Reports/Catalog+Reports.swift, Column headers and field labels — Milestone list: tasks of the milestone done / all its tasks.
report.columnTasksDone = Tâches finies/total
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnState
report.columnState = État
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnCode
report.columnCode = Code
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnName
report.columnName = Nom
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnEmails
report.columnEmails = E-mails
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnRole
report.columnRole = Rôle
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnOpenTasks
report.columnOpenTasks = Tâches ouvertes
# Reports/Catalog+Reports.swift, Column headers and field labels — func fieldLabel(_ label: Text) -> Text
report.fieldLabel = {label} :
# Reports/Catalog+Reports.swift, Values — let late
report.late = en retard
# Reports/Catalog+Reports.swift, Values — func lateLegend(_ marker: String) -> Text
report.lateLegend = {marker} = en retard : la prévision finit après l’échéance ou après la fin prévue au planning de référence (jalon task show dit laquelle)
# Reports/Catalog+Reports.swift, Values — func finishedOn(_ date: String) -> Text
report.finishedOn = fini {date}
# Reports/Catalog+Reports.swift, Values — func daysLate(_ days: Int) -> Text
report.daysLate = en retard de {days} j
# Reports/Catalog+Reports.swift — func daysLateAgainstBaseline: task show, a task late against its baseline's end
report.daysLateAgainstBaseline = {days} j après la fin prévue au planning de référence ({end})
# Reports/Catalog+Reports.swift, Values — let unassigned
report.unassigned = non assignée
# Reports/Catalog+Reports.swift, Values — func doneFolded(_ n: Int, _ since: String) -> Text
report.doneFolded = + {n} {n|autre tâche finie|autres tâches finies} avant le {date} (jalon board --all les montre)
# Reports/Catalog+Reports.swift, Values — func boardOfMember(_ board: String, _ member: String) -> Text
report.boardOfMember = {board} — tâches de {member}
# Reports/Catalog+Reports.swift, Values — let noTasksOfMember
report.noTasksOfMember = aucune tâche pour ce membre
# Reports/Catalog+Reports.swift, Values — let noTasks
report.noTasks = aucune tâche
# Reports/Catalog+Reports.swift, Values — let noMilestones
report.noMilestones = aucun jalon
# Reports/Catalog+Reports.swift, Values — let noMembers
report.noMembers = aucun membre
# Reports/Catalog+Reports.swift, Values — let noDescription
report.noDescription = (pas de description)
# Reports/Catalog+Reports.swift, Values — let reached
report.reached = atteint
# Reports/Catalog+Reports.swift, Values — let past
report.past = passé
# Reports/Catalog+Reports.swift, Values — let dueToday
report.dueToday = aujourd’hui
# Reports/Catalog+Reports.swift, Values — func inDays(_ days: Int) -> Text
report.inDays = dans {days} j
# Reports/Catalog+Reports.swift, Values — func percent(_ value: Int) -> Text
report.percent = {value} %
# Reports/Catalog+Reports.swift, Values — func statusCount(_ status: String, _ count: Int) -> Text
report.statusCount = {status} ({countCount})
# Reports/TaskSurroundings.swift — let taskMeetings
report.taskMeetings = Réunions
# Reports/TaskSurroundings.swift — let taskNamedInMinutes
report.taskNamedInMinutes = la tâche y est citée
# Reports/TaskSurroundings.swift — func taskComments(_ n: Int) -> Text
report.taskComments = Commentaires ({n})
# Reports/TaskSurroundings.swift — let taskHistorySection
report.taskHistorySection = Historique
# Reports/TaskSurroundings.swift — func ctStatusWords(_ a: String, _ b: String) -> Text
report.ctStatusWords = statut {a} → {b}
# Reports/TaskSurroundings.swift — func taskHistoryLine(_ day: String, _ who: String, _ what: String, _ commit: String) -> Text
report.taskHistoryLine = {day} — {who} : {what} ({commit})
# Reports/GanttChart.swift, - Text rendering — var legend: [(glyph: String, tone: Tone, text: String)]
report.fits.task = absence du membre (PFMP…) sur ses lignes
# Reports/Catalog+Contributions.swift — let ctContributionsTitle
contrib.ctContributionsTitle = Contributions
# Reports/Catalog+Contributions.swift — let ctEvidenceTitle
contrib.ctEvidenceTitle = Dossier de preuves
# Reports/Catalog+Contributions.swift — func ctComputedAt(_ commit: String) -> Text
contrib.ctComputedAt = Calculé au commit {commit} (tête de la branche du tableau) ; vérifiable avec « git show {commit} ».
# Reports/Catalog+Contributions.swift — let ctNoHead
contrib.ctNoHead = Calculé sur une branche sans commit.
# Reports/Catalog+Contributions.swift — func ctPeriod(_ from: String?, _ to: String?) -> Text
contrib.ctPeriodWhole = Période : tout l’historique.
# Reports/Catalog+Contributions.swift — func ctPeriod(_ from: String?, _ to: String?) -> Text
contrib.ctPeriodFrom = Période : depuis le {f}.
# Reports/Catalog+Contributions.swift — func ctPeriod(_ from: String?, _ to: String?) -> Text
contrib.ctPeriodUntil = Période : jusqu’au {e}.
# Reports/Catalog+Contributions.swift — func ctPeriod(_ from: String?, _ to: String?) -> Text
contrib.ctPeriodBetween = Période : du {f} au {e}.
# Reports/Catalog+Contributions.swift — let ctSharesNote
contrib.ctSharesNote = Part = pourcentage du total de l’équipe. Le travail en binôme (Co-authored-by) crédite entièrement chaque co-auteur : les parts peuvent dépasser 100 % au total.
# Reports/Catalog+Contributions.swift — func ctExcludedNote(_ globs: String) -> Text
contrib.ctExcludedNote = Fichiers exclus des lignes : {globs}.
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.commits = Commits
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.activeDays = Jours actifs
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.activeWeeks = Semaines actives
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.tasksCreated = Tâches créées
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.tasksDone = Tâches finies (assigné·e)
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.tasksClosed = Tâches clôturées
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.reviews = Relectures (travail des autres)
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.selfReviews = Auto-relectures (à part)
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.documents = Documents écrits
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.minutes = Comptes-rendus
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.comments = Commentaires
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.filesTouched = Fichiers modifiés
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.linesAdded = Lignes ajoutées
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.linesRemoved = Lignes supprimées
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.contentLines = Lignes de contenu ajoutées
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.survivingLines = Lignes présentes à la tête
# Reports/Catalog+Contributions.swift — func ctFileKind(_ k: FileKind) -> Text
contrib.ctFileKind.code = Code
# Reports/Catalog+Contributions.swift — func ctFileKind(_ k: FileKind) -> Text
contrib.ctFileKind.content = Contenu
# Reports/Catalog+Contributions.swift — func ctFileKind(_ k: FileKind) -> Text
contrib.ctFileKind.document = Documents
# Reports/Catalog+Contributions.swift — func ctFileKind(_ k: FileKind) -> Text
contrib.ctFileKind.binary = Images et binaires
# Reports/Catalog+Contributions.swift — func ctFileKind(_ k: FileKind) -> Text
contrib.ctFileKind.board = Tableau Jalon
# Reports/Catalog+Contributions.swift — let ctColumnMetric
contrib.ctColumnMetric = Indicateur
# Reports/Catalog+Contributions.swift — let ctColumnValue
contrib.ctColumnValue = Valeur
# Reports/Catalog+Contributions.swift — let ctColumnShare
contrib.ctColumnShare = Part
# Reports/Catalog+Contributions.swift — let ctColumnMember
contrib.ctColumnMember = Membre
# Reports/Catalog+Contributions.swift — let ctColumnKind
contrib.ctColumnKind = Type
# Reports/Catalog+Contributions.swift — let ctColumnFiles
contrib.ctColumnFiles = Fichiers
# Reports/Catalog+Contributions.swift — let ctColumnAdded
contrib.ctColumnAdded = Ajoutées
# Reports/Catalog+Contributions.swift — let ctColumnRemoved
contrib.ctColumnRemoved = Supprimées
# Reports/Catalog+Contributions.swift — let ctColumnWeek
contrib.ctColumnWeek = Semaine du
# Reports/Catalog+Contributions.swift — let ctColumnCommit
contrib.ctColumnCommit = Commit
# Reports/Catalog+Contributions.swift — let ctColumnWhat
contrib.ctColumnWhat = Quoi
# Reports/Catalog+Contributions.swift — let ctColumnWho
contrib.ctColumnWho = Qui
# Reports/Catalog+Contributions.swift — let ctColumnEmail
contrib.ctColumnEmail = E-mail
# Reports/Catalog+Contributions.swift — let ctColumnFirst
contrib.ctColumnFirst = Premier
# Reports/Catalog+Contributions.swift — let ctColumnLast
contrib.ctColumnLast = Dernier
# Reports/Catalog+Contributions.swift — let ctColumnCoAuthored
contrib.ctColumnCoAuthored = Co-écrits
# Reports/Catalog+Contributions.swift — let ctTeamSummary
contrib.ctTeamSummary = Équipe
# Reports/Catalog+Contributions.swift — let ctLinesByKind
contrib.ctLinesByKind = Lignes par type de fichier
# Reports/Catalog+Contributions.swift — let ctNotableTitle
contrib.ctNotableTitle = Contributions notables (commit vérifiable)
# Reports/Catalog+Contributions.swift — let ctNoNotable
contrib.ctNoNotable = aucune contribution notable sur la période
# Reports/Catalog+Contributions.swift — let ctWeeklyTitle
contrib.ctWeeklyTitle = Activité par semaine (commits)
# Reports/Catalog+Contributions.swift — let ctUnmatchedTitle
contrib.ctUnmatchedTitle = Identités hors équipe (aucun membre ne correspond)
# Reports/Catalog+Contributions.swift — let ctUnmatchedHint
contrib.ctUnmatchedHint = Ajoutez l’adresse à un membre (jalon member edit ID --email …) ou une ligne à .mailmap si c’est l’un d’eux.
# Reports/Catalog+Contributions.swift — let ctNoUnmatched
contrib.ctNoUnmatched = Aucune : chaque commit correspond à un membre.
# Reports/Catalog+Contributions.swift — let ctActivePeriod
contrib.ctActivePeriod = Période d’activité
# Reports/Catalog+Contributions.swift — let ctRoleLabel
contrib.ctRoleLabel = Rôle
# Reports/Catalog+Contributions.swift — func ctUnknownMember(_ id: String) -> Text
contrib.ctUnknownMember = membre inconnu « {id} »
# Reports/Catalog+Contributions.swift — func ctNotableMore(_ n: Int) -> Text
contrib.ctNotableMore = … et {n} de plus (--all pour tout lister)
# Reports/Catalog+Contributions.swift — let ctShareCommits
contrib.ctShareCommits = Part commits
# Reports/Catalog+Contributions.swift — let ctShareContent
contrib.ctShareContent = Part contenu
# Reports/Catalog+Contributions.swift — let ctColumnContent
contrib.ctColumnContent = Lignes contenu
# Reports/Catalog+Contributions.swift — let ctSideBySideNote
contrib.ctSideBySideNote = La part du travail est donnée par commits et par lignes de contenu (code et textes, sans les fichiers du tableau ni les documents), côte à côte : les clics sur le tableau ne passent pas pour du contenu.
# Reports/Catalog+Contributions.swift — func ctBoundary(_ commit: String, _ date: String) -> Text
contrib.ctBoundary = ⚠ Historique coupé au commit {commit} ({date}) : clone superficiel (shallow). Ce qui précède n’est pas dans ce clone et n’est pas compté ; ce commit n’est crédité d’aucun fichier ni événement. « git fetch --unshallow » pour tout compter.
# Reports/Catalog+Contributions.swift — func ctUnreadable(_ files: Int, _ commits: Int) -> Text
contrib.ctUnreadable = ⚠ {files} {files|fichier illisible|fichiers illisibles} dans {commits} {commits|commit|commits} : objets absents de ce clone (clone partiel ou pack endommagé). Leurs lignes, et les événements du tableau qu’ils portent, sont inconnus (comptés 0) ; les commits sont comptés exactement. « git fetch » depuis un clone complet, ou « git fsck », pour en savoir plus.
# Reports/Catalog+Contributions.swift — func ctSurvivingUnreadable(_ files: Int, _ lines: Int) -> Text
contrib.ctSurvivingUnreadable = ⚠ Lignes présentes à la tête : {files} {files|fichier|fichiers} de la tête {files|illisible|illisibles} (objets absents de ce clone). Leurs lignes sont inconnues et ne sont attribuées à personne ({lines} {lines|ligne lisible|lignes lisibles} sans auteur connu, le reste ne peut pas être compté) ; les autres fichiers sont comptés exactement.
# Reports/Catalog+Contributions.swift — func ctTemplateItems(_ n: Int) -> Text
contrib.ctTemplateItems = {n} {n|élément créé|éléments créés} par un modèle (init --template) : la création n’est attribuée à personne.
# Reports/Catalog+Contributions.swift — let ctOnBehalfTitle
contrib.ctOnBehalfTitle = Commits écrits à son nom par quelqu’un d’autre (auteur ≠ committer)
# Reports/Catalog+Contributions.swift — func ctOnBehalf(_ committer: String) -> Text
contrib.ctOnBehalf = committé par {committer}
# Reports/Catalog+Contributions.swift — func ctSigned(_ n: Int) -> Text
contrib.ctSigned = {n} {n|commit signé|commits signés} (GPG/SSH, signature non vérifiée).
# Reports/Catalog+Contributions.swift — let ctAppendixTitle
contrib.ctAppendixTitle = Annexe : chaque événement compté
# Reports/Catalog+Contributions.swift — let ctColumnFigure
contrib.ctColumnFigure = Indicateur
# Reports/Catalog+Contributions.swift — let tf
contrib.ctCounted = {item} (+{amount})
# Reports/Catalog+Contributions.swift — func ctExplainTitle(_ figure: String, _ name: String, _ value: Int) -> Text
contrib.ctExplainTitle = {figure} de {name} : {value} — les commits qui le prouvent
# Reports/Catalog+Contributions.swift — let ctExplainNone
contrib.ctExplainNone = Aucun commit derrière ce chiffre.
# Reports/Catalog+Contributions.swift — let titleEn
contrib.ctNotable.specWritten = Cahier des charges commencé ({item})
# Reports/Catalog+Contributions.swift — let titleEn
contrib.ctNotable.documentCreated = Document {item} créé
# Reports/Catalog+Contributions.swift — let titleEn
contrib.ctNotable.documentValidated = Document {item} passé à « {s} »
# Reports/Catalog+Contributions.swift — let titleEn
contrib.ctNotable.minutesWritten = Compte-rendu {item} rédigé
# Reports/Catalog+Contributions.swift — let titleEn
contrib.ctNotable.largeCommit = « {item} » : {lines} lignes, {files} {files|fichier|fichiers}
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.title = titre
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.status = statut
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.assignees = assignés
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.milestone = jalon
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.start = début
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.due = échéance
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.estimate = charge
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.duration = durée
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.depends = dépendances
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.progress = avancement
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.labels = étiquettes
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.description = description
# Reports/Catalog+Contributions.swift, Task history and activity — let descriptionChanged
contrib.descriptionChanged = description modifiée
# Reports/Catalog+Contributions.swift, Task history and activity — let ctNoEvents
contrib.ctNoEvents = Aucun événement dans l’historique.
# Reports/Catalog+Contributions.swift, Task history and activity — func ctUnknownItem(_ id: String) -> Text
contrib.ctUnknownItem = aucun événement pour « {id} » dans l’historique
# Reports/Catalog+Contributions.swift, Task history and activity — let ctUnknownItemHint
contrib.ctUnknownItemHint = vérifiez l’identifiant avec « jalon task list »
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.taskCreated = créée
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.taskEdited = modifiée : {fieldName}
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.taskMoved = statut {a} → {b}
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.taskAssigned = assignée à {m}
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.taskUnassigned = retirée à {m}
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.taskDone = terminée
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.taskReopened = rouverte ({to})
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.taskDeleted = supprimée
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.milestoneCreated = jalon créé
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.milestoneEdited = jalon modifié : {list}
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.milestoneDeleted = jalon supprimé
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.memberAdded = membre {m} ajouté
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.memberEdited = membre {m} modifié
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.settingsEdited = réglages modifiés : {list}
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.specCreated = cahier des charges créé
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.specEdited = cahier des charges modifié
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.documentCreated = document créé
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.documentEdited = document modifié
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.documentStatus = document : {a} → {b}
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.documentDeleted = document supprimé
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.minutesCreated = compte-rendu créé
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.minutesEdited = compte-rendu modifié
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.commentAdded = commentaire
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.commentAddedMentions = commentaire (mentionne {list})
# Reports/Catalog+Contributions.swift, Task history and activity — func ctActivityTitle(_ weeks: Int) -> Text
contrib.ctActivityTitle = Activité des {weeks} dernières semaines
# Reports/Catalog+Contributions.swift, Task history and activity — let ctActivityLegend
contrib.ctActivityLegend = c = commits, ✓ = tâches clôturées, é = autres événements du tableau
# Reports/Catalog+Contributions.swift, Task history and activity — let ctActivityLegendASCII
contrib.ctActivityLegendASCII = c = commits, v = tâches clôturées, e = autres événements du tableau
# Reports/Catalog+Contributions.swift, Task history and activity — let ctOutsidersColumn
contrib.ctOutsidersColumn = hors équipe
# Reports/Catalog+Contributions.swift, Seals and verification — func ctSealed(_ tag: String, _ commit: String) -> Text
contrib.ctSealed = Scellé {tag} posé sur {commit} ; « jalon verify » dira si l’historique est réécrit ensuite.
# Reports/Catalog+Contributions.swift, Seals and verification — let ctVerifyTitle
contrib.ctVerifyTitle = Vérification de l’historique
# Reports/Catalog+Contributions.swift, Seals and verification — let ctNoSeals
contrib.ctNoSeals = Aucun scellé (« jalon seal » en pose un).
# Reports/Catalog+Contributions.swift, Seals and verification — func ctSealIntact(_ tag: String, _ commit: String, _ date: String) -> Text
contrib.ctSealIntact = ✓ {tag} ({commit}, {date}) : toujours dans l’historique
# Reports/Catalog+Contributions.swift, Seals and verification — func ctSealBroken(_ tag: String, _ commit: String, _ date: String) -> Text
contrib.ctSealBroken = ✗ historique réécrit depuis le scellé {tag} : le commit {commit} ({date}) n’est plus dans la branche
# Reports/Catalog+Contributions.swift, Seals and verification — let ctAnomaliesTitle
contrib.ctAnomaliesTitle = Faits à examiner (pas des accusations : chacun a souvent une explication simple)
# Reports/Catalog+Contributions.swift, Seals and verification — let ctNoAnomalies
contrib.ctNoAnomalies = Aucun fait particulier.
# Reports/Catalog+Contributions.swift, Seals and verification — let gap
contrib.ctAnomaly.dateGapDays = {days} jours
# Reports/Catalog+Contributions.swift, Seals and verification — let gap
contrib.ctAnomaly.dateGapHours = {hours} h
# Reports/Catalog+Contributions.swift, Seals and verification — let gap
contrib.ctAnomaly.dateGap = {prefix} ({names}) : date d’auteur et date de commit écartées de {gap}
# Reports/Catalog+Contributions.swift, Seals and verification — let gap
contrib.ctAnomaly.outOfOrder = {prefix} est daté avant son parent {prefix2}
# Reports/Catalog+Contributions.swift, Seals and verification — let gap
contrib.ctAnomaly.unknownIdentity = {name} <{email}> ne correspond à aucun membre : {commits} {commits|commit|commits}, par ex. {prefix}
# Reports/Catalog+Contributions.swift, Seals and verification — let gap
contrib.ctAnomaly.bulkCommit = {prefix} ({names}) : commit massif, {lines} lignes dans {files} {files|fichier|fichiers}
# Reports/Catalog+Contributions.swift, Seals and verification — let gap
contrib.ctAnomaly.onBehalf = {prefix} : écrit au nom de {names}, commité par {names2}
# Reports/Catalog+Contributions.swift, Seals and verification — let gap
contrib.ctAnomaly.signed = {countCount} {countCount|commit signé|commits signés} (GPG : {gpg}, SSH : {ssh}) ; signatures non vérifiées
# Reports/Catalog+Contributions.swift, Seals and verification — func ctVerifyBroken(_ n: Int) -> Text
contrib.ctVerifyBroken = {n} {n|scellé rompu|scellés rompus} : l’historique a été réécrit (reset, rebase ou push forcé).
# Reports/Catalog+Contributions.swift, Seals and verification — func ctRemoteTitle(_ r: String) -> Text
contrib.ctRemoteTitle = Scellés et références (baselines) sur le dépôt distant « {r} »
# Reports/Catalog+Contributions.swift, Seals and verification — func ctRemoteMissing(_ tag: String) -> Text
contrib.ctRemoteMissing = ✗ {tag} n’existe plus sur le dépôt distant (supprimé là-bas, ou jamais poussé)
# Reports/Catalog+Contributions.swift, Seals and verification — func ctRemoteMoved(_ tag: String) -> Text
contrib.ctRemoteMoved = ✗ {tag} désigne un autre objet sur le dépôt distant (déplacé là-bas)
# Reports/Catalog+Contributions.swift, Seals and verification — func ctRemoteRewritten(_ tag: String) -> Text
contrib.ctRemoteRewritten = ✗ la branche distante ne contient plus le commit scellé par {tag} (réécrite là-bas, push forcé)
# Reports/Catalog+Contributions.swift, Seals and verification — let ctRemoteUnknownHead
contrib.ctRemoteUnknownHead = La tête de la branche distante n’est pas dans ce clone : « git fetch » pour savoir si elle contient les scellés.
# Reports/Catalog+Contributions.swift, Seals and verification — func ctRemoteOnlyUpstream(_ tag: String) -> Text
contrib.ctRemoteOnlyUpstream = · {tag} existe seulement sur le dépôt distant
# Reports/Catalog+Contributions.swift, Seals and verification — func ctRemoteOK(_ n: Int) -> Text
contrib.ctRemoteOK = {n} {n|scellé identique|scellés identiques} sur le dépôt distant.
# Reports/Catalog+Contributions.swift, Seals and verification — func ctRemoteProblems(_ n: Int) -> Text
contrib.ctRemoteProblems = {n} {n|problème|problèmes} sur le dépôt distant : scellés ou baselines supprimés, déplacés, ou branche réécrite.
# Reports/Catalog+Contributions.swift, Seals and verification — func ctVerifyOK(_ n: Int) -> Text
contrib.ctVerifyOK = {n} {n|scellé intact|scellés intacts}.
# Reports/Catalog+Trainer.swift, Shared — let trPeriod
trainer.trPeriod = Période
# Reports/Catalog+Trainer.swift, Shared — let trAsOf
trainer.trAsOf = Situation au
# Reports/Catalog+Trainer.swift, Shared — let trProgress
trainer.trProgress = Avancement global
# Reports/Catalog+Trainer.swift, Shared — func trProgressValue(_ percent: Int, _ done: String, _ planned: String, _ tasksDone: Int, _ tasks: Int) -> Text
trainer.trProgressValue = {percent} % ({done} sur {planned} de charge ; {tasksDone}/{tasks} tâches terminées)
# Reports/Catalog+Trainer.swift, Shared — let trForecastEnd
trainer.trForecastEnd = Fin prévue
# Reports/Catalog+Trainer.swift, Shared — func trTarget(_ day: String) -> Text
trainer.trTarget = objectif {day}
# Reports/Catalog+Trainer.swift, Shared — let trLateCount
trainer.trLateCount = Tâches en retard
# Reports/Catalog+Trainer.swift, Shared — let trHeadCommit
trainer.trHeadCommit = Calculé au commit
# Reports/Catalog+Trainer.swift, Shared — func trFooter(_ commit: String?, _ day: String) -> Text
trainer.trFooterNoCommit = Rapport Jalon du {day} (dépôt sans commit).
# Reports/Catalog+Trainer.swift, Shared — func trFooter(_ commit: String?, _ day: String) -> Text
trainer.trFooterAtCommit = Rapport Jalon calculé le {day} au commit {commit} : « git checkout {commit} » retrouve les données.
# Reports/Catalog+Trainer.swift, Shared — let trMilestones
trainer.trMilestones = Jalons
# Reports/Catalog+Trainer.swift, Shared — let trPlanned
trainer.trPlanned = Prévu
# Reports/Catalog+Trainer.swift, Shared — let trForecast
trainer.trForecast = Prévision
# Reports/Catalog+Trainer.swift, Shared — let trSlip
trainer.trSlip = Écart
# Reports/Catalog+Trainer.swift, Shared — let trSlipLegend: under the status and review milestone tables
trainer.trSlipLegend = Écart : jours ouvrés entre la date prévue et la prévision (ou le jour où le jalon a été atteint), positif quand c’est plus tard
# Reports/Catalog+Trainer.swift, Shared — let trLight
trainer.trLight = Feu
# Reports/Catalog+Trainer.swift, Shared — func trLightName(_ light: TrafficLight) -> Text
trainer.trLightName.green = vert
# Reports/Catalog+Trainer.swift, Shared — func trLightName(_ light: TrafficLight) -> Text
trainer.trLightName.amber = orange
# Reports/Catalog+Trainer.swift, Shared — func trLightName(_ light: TrafficLight) -> Text
trainer.trLightName.red = rouge
# Reports/Catalog+Trainer.swift, Shared — func trLightName(_ light: TrafficLight) -> Text
trainer.trLightName.none = —
# Reports/Catalog+Trainer.swift, Shared — func trReachedOn(_ day: String) -> Text
trainer.trReachedOn = atteint le {day}
# Reports/Catalog+Trainer.swift, Shared — let trDoneThisPeriod
trainer.trDoneThisPeriod = Terminé pendant la période
# Reports/Catalog+Trainer.swift, Shared — let trInProgress
trainer.trInProgress = En cours
# Reports/Catalog+Trainer.swift, Shared — let trLate
trainer.trLate = En retard
# Reports/Catalog+Trainer.swift, Shared — let trWorkload
trainer.trWorkload = Charge par membre
# Reports/Catalog+Trainer.swift, Shared — func trLoadValue(_ hours: String, _ capacity: String) -> Text
trainer.trLoadValue = {hours} / {capacity}
# Reports/Catalog+Trainer.swift, Shared — let trCommits
trainer.trCommits = Commits
# Reports/Catalog+Trainer.swift, Shared — let trLastActivity
trainer.trLastActivity = Dernière activité
# Reports/Catalog+Trainer.swift, Shared — let trDoneOn
trainer.trDoneOn = Terminée le
# Reports/Catalog+Trainer.swift, Shared — let trPlannedEnd
trainer.trPlannedEnd = Fin prévue
# Reports/Catalog+Trainer.swift, Shared — func trDays(_ n: Int) -> Text
trainer.trDays = {n} j
# Reports/Catalog+Trainer.swift, Shared — let trNoneDone
trainer.trNoneDone = aucune tâche terminée pendant la période
# Reports/Catalog+Trainer.swift, Shared — let trNoneInProgress
trainer.trNoneInProgress = aucune tâche en cours
# Reports/Catalog+Trainer.swift, Shared — let trNoneLate
trainer.trNoneLate = aucune tâche en retard
# Reports/Catalog+Trainer.swift, Shared — let trNoneNext
trainer.trNoneNext = aucune tâche à démarrer
# Reports/Catalog+Trainer.swift, Shared — let trMeetings
trainer.trMeetings = Réunions de la période
# Reports/Catalog+Trainer.swift, Shared — let trNoMeetings
trainer.trNoMeetings = aucun compte-rendu de réunion pour cette période (meetings/)
# Reports/Catalog+Trainer.swift, Shared — func trMeetingsHeld(_ titles: String) -> Text
trainer.trMeetingsHeld = Comptes-rendus : {titles}
# Reports/Catalog+Trainer.swift, Shared — let trDecisions
trainer.trDecisions = Décisions
# Reports/Catalog+Trainer.swift, Shared — let trNoDecisions
trainer.trNoDecisions = aucune décision relevée
# Reports/Catalog+Trainer.swift, Shared — let trActions
trainer.trActions = Actions
# Reports/Catalog+Trainer.swift, Shared — let trNoActions
trainer.trNoActions = aucune action relevée
# Reports/Catalog+Trainer.swift, Shared — let trWho
trainer.trWho = Qui
# Reports/Catalog+Trainer.swift, Shared — let trAction
trainer.trAction = Action
# Reports/Catalog+Trainer.swift, Shared — let trRisks
trainer.trRisks = Risques (cahier des charges)
# Reports/Catalog+Trainer.swift, Shared — let trNoRisks
trainer.trNoRisks = le cahier des charges ne liste aucun risque (section « Risques »)
# Reports/Catalog+Trainer.swift, Shared — let trNoSpec
trainer.trNoSpec = pas de cahier des charges (spec.md) : risques non renseignés
# Reports/Catalog+Trainer.swift, Shared — func trStatusTitle(_ board: String) -> Text
trainer.trStatusTitle = Rapport d’avancement — {board}
# Reports/Catalog+Trainer.swift, Charts — let trGanttTitle
trainer.trGanttTitle = Diagramme de Gantt
# Reports/Catalog+Trainer.swift, Charts — let trLegendFinished
trainer.trLegendFinished = terminée
# Reports/Catalog+Trainer.swift, Charts — let trLegendBaseline
trainer.trLegendBaseline = planning initial
# Reports/Catalog+Trainer.swift, Charts — func trLegendToday(_ day: String) -> Text
trainer.trLegendToday = aujourd’hui ({day})
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanTitle(_ board: String) -> Text
trainer.bilanTitle = Bilan du projet — {board}
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanSubtitle(_ day: String) -> Text
trainer.bilanSubtitle = Prévu et réalisé au {day}
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanDocTitle
trainer.bilanDocTitle = Bilan du projet
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanBaseline
trainer.bilanBaseline = Planning de référence
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanBaselineValue(_ name: String, _ day: String) -> Text
trainer.bilanBaselineValue = « {name} » du {day}
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanNoBaseline
trainer.bilanNoBaseline = aucun (jalon baseline save)
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanTasksDone
trainer.bilanTasksDone = Tâches terminées
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanAccuracy
trainer.bilanAccuracy = Exactitude des estimations
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanScope
trainer.bilanScope = Périmètre depuis la référence
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanScopeValue(_ added: Int, _ removed: Int) -> Text
trainer.bilanScopeValue = {added} {added|ajouté|ajoutés}, {removed} {removed|retiré|retirés}
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanTasksSection
trainer.bilanTasksSection = Tâches : prévu et réalisé
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanTasksLegend
trainer.bilanTasksLegend = Écarts en jours ouvrés entre la fin prévue (planning de référence, ou échéance « éch. » pour une tâche ajoutée depuis) et la fin réelle (ou prévue pour une tâche non finie) ; + = plus tard. Réel = jours ouvrés du premier passage en cours jusqu’à « terminé », lus dans l’historique.
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanPlannedEnd
trainer.bilanPlannedEnd = Fin prévue
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanActualStart
trainer.bilanActualStart = Début réel
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanActualEnd
trainer.bilanActualEnd = Fin réelle
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanPlannedDays
trainer.bilanPlannedDays = Prévu
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanActualDays
trainer.bilanActualDays = Réel
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanRatio
trainer.bilanRatio = Réel/prévu
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanAddedMark
trainer.bilanAddedMark = (ajoutée)
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanRemovedMark
trainer.bilanRemovedMark = (retirée)
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanDueMark
trainer.bilanDueMark = éch.
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanDateMark
trainer.bilanDateMark = (date)
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanForecastMark(_ day: String) -> Text
trainer.bilanForecastMark = prévue {day}
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanActualOrForecast
trainer.bilanActualOrForecast = Atteint / prévu
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanMilestonesSection
trainer.bilanMilestonesSection = Jalons : prévu et réalisé
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanAccuracySection
trainer.bilanAccuracySection = Exactitude des estimations
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanAccuracyLegend
trainer.bilanAccuracyLegend = Sur les tâches terminées : jours ouvrés réels ÷ jours prévus par l’estimation. ×1,00 = exact ; au-delà de ×1,25 l’estimation était trop optimiste, en deçà de ×0,80 trop prudente.
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanAccuracyChart
trainer.bilanAccuracyChart = Jours réels par membre (trait : jours prévus)
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanDaysVersus(_ actual: Int, _ planned: Int) -> Text
trainer.bilanDaysVersus = {actual} j / {planned} j prévus
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanTasksCounted
trainer.bilanTasksCounted = Tâches
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanTeam
trainer.bilanTeam = Équipe
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanNoAccuracy
trainer.bilanNoAccuracy = aucune tâche terminée avec une date de début et de fin dans l’historique
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanScopeSection
trainer.bilanScopeSection = Périmètre : ajouts et retraits depuis la référence
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanNoBaselineScope
trainer.bilanNoBaselineScope = pas de planning de référence : enregistrez-en un avec « jalon baseline save » en début de projet
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanAdded(_ n: Int) -> Text
trainer.bilanAdded = Ajoutés ({n})
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanRemoved(_ n: Int) -> Text
trainer.bilanRemoved = Retirés ({n})
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanLessonsSection
trainer.bilanLessonsSection = Leçons et mesures correctives
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanFacts
trainer.bilanFacts = Les faits
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanBiggestSlips
trainer.bilanBiggestSlips = Les plus gros retards :
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanNoSlips
trainer.bilanNoSlips = Aucune tâche n’a fini plus tard que prévu.
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanSlipLine(_ id: String, _ title: String, _ slip: String, _ reference: String) -> Text
trainer.bilanSlipLine = {id} « {title} » : {slip} {reference}
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanVersusBaseline
trainer.bilanVersusBaseline = par rapport au planning de référence
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanVersusDue
trainer.bilanVersusDue = par rapport à l’échéance
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanOverloadedWeeks
trainer.bilanOverloadedWeeks = Les semaines les plus chargées (heures planifiées au-delà de la capacité) :
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanNoOverload
trainer.bilanNoOverload = Aucune semaine surchargée dans le planning.
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanReopened
trainer.bilanReopened = Tâches rouvertes après avoir été terminées :
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanNoReopened
trainer.bilanNoReopened = Aucune tâche rouverte après avoir été terminée.
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanReopenedLine(_ id: String, _ title: String, _ day: String, _ by: String, _ to: String, _ commit: String) -> Text
trainer.bilanReopenedLine = {id} « {title} » rouverte le {day} par {by} (→ {to}, commit {commit})
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanAccuracyFact(_ ratio: String, _ tasks: Int) -> Text
trainer.bilanAccuracyFact = Exactitude des estimations de l’équipe : {ratio} sur {tasks} tâches terminées.
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanScopeFact(_ added: Int, _ removed: Int) -> Text
trainer.bilanScopeFact = Périmètre : {added} éléments ajoutés et {removed} retirés depuis le planning de référence.
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanWentWell
trainer.bilanWentWell = Ce qui a bien fonctionné
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanWentWrong
trainer.bilanWentWrong = Ce qui n’a pas fonctionné, et pourquoi
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanMeasures
trainer.bilanMeasures = Mesures correctives
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanMeasuresHint
trainer.bilanMeasuresHint = Pour chaque écart : la cause, la mesure, qui s’en charge et pour quand.
# Reports/Catalog+Trainer.swift, Class overview — func classTitle(_ name: String?) -> Text
trainer.classTitleNamed = Suivi de la classe — {item}
# Reports/Catalog+Trainer.swift, Class overview — func classTitle(_ name: String?) -> Text
trainer.classTitle = Suivi de la classe
# Reports/Catalog+Trainer.swift, Class overview — let classTeams
trainer.classTeams = Équipes
# Reports/Catalog+Trainer.swift, Class overview — let classReadable
trainer.classReadable = Tableaux lus
# Reports/Catalog+Trainer.swift, Class overview — let classRedTeams
trainer.classRedTeams = Équipes au rouge
# Reports/Catalog+Trainer.swift, Class overview — let classOverviewSection
trainer.classOverviewSection = Vue d’ensemble
# Reports/Catalog+Trainer.swift, Class overview — let classTeam
trainer.classTeam = Équipe
# Reports/Catalog+Trainer.swift, Class overview — let classLight
trainer.classLight = Feu
# Reports/Catalog+Trainer.swift, Class overview — let classNextMilestone
trainer.classNextMilestone = Prochain jalon
# Reports/Catalog+Trainer.swift, Class overview — let classLateTasks
trainer.classLateTasks = Retards
# Reports/Catalog+Trainer.swift, Class overview — let classBalance
trainer.classBalance = Équilibre (commits)
# Reports/Catalog+Trainer.swift, Class overview — let classInactive
trainer.classInactive = Inactifs
# Reports/Catalog+Trainer.swift, Class overview — let classNoTeams
trainer.classNoTeams = aucune équipe
# Reports/Catalog+Trainer.swift, Class overview — let classUnreadable
trainer.classUnreadable = illisible
# Reports/Catalog+Trainer.swift, Class overview — func classUnreadableLong(_ source: String) -> Text
trainer.classUnreadableLong = Tableau illisible ({source}) :
# Reports/Catalog+Trainer.swift, Class overview — let classAllReached
trainer.classAllReached = tous atteints
# Reports/Catalog+Trainer.swift, Class overview — let classNoActivity
trainer.classNoActivity = aucune activité
# Reports/Catalog+Trainer.swift, Class overview — let classNever
trainer.classNever = jamais
# Reports/Catalog+Trainer.swift, Class overview — func classLegend(_ days: Int) -> Text
trainer.classLegend = Feu : celui du prochain jalon, orange s’il y a des tâches en retard, rouge si l’une a plus de 7 jours de retard. Équilibre : part des commits de chaque membre (auteur ou co-auteur). Inactif : aucun commit depuis {days} jours ou plus.
# Reports/Catalog+Trainer.swift, Class overview — let classProgressChart
trainer.classProgressChart = Avancement par équipe
# Reports/Catalog+Trainer.swift, Class overview — func classFooter(_ day: String) -> Text
trainer.classFooter = Rapport Jalon du {day}.
# Reports/Catalog+Trainer.swift, Class overview — let classFact
trainer.classFact = Indicateur
# Reports/Catalog+Trainer.swift, Class overview — let classValue
trainer.classValue = Valeur
# Reports/Catalog+Trainer.swift, Class overview — let classSource
trainer.classSource = Dépôt
# Reports/Catalog+Trainer.swift, Class overview — let classShare
trainer.classShare = Part des commits
# Reports/Catalog+Trainer.swift, Class overview — let classMembers
trainer.classMembers = Membres : charge et activité
# Reports/Catalog+Trainer.swift, Class overview — let classInactiveMark
trainer.classInactiveMark = (inactif)
# Reports/Catalog+Trainer.swift, Class overview — let classFetchSection
trainer.classFetchSection = Ce qu’ont vu les récupérations du formateur
# Reports/Catalog+Trainer.swift, Class overview — func classFetches(_ n: Int, _ first: String, _ last: String) -> Text
trainer.classFetches = {n} {n|récupération|récupérations} du dépôt par ce poste, la première le {first}, la dernière le {last}.
# Reports/Catalog+Trainer.swift, Class overview — let classFetchNothing
trainer.classFetchNothing = Rien à signaler : aucun commit arrivé après coup, aucune branche réécrite, aucun sceau ni référence de base disparu.
# Reports/Catalog+Trainer.swift, Class overview — func classFetchLate(_ n: Int) -> Text
trainer.classFetchLate = {n} {n|commit arrivé|commits arrivés} après une récupération antérieure à leur date (poussés tard ou antidatés) :
# Reports/Catalog+Trainer.swift, Class overview — let classFetchCommit
trainer.classFetchCommit = Commit
# Reports/Catalog+Trainer.swift, Class overview — let classFetchDated
trainer.classFetchDated = Daté du
# Reports/Catalog+Trainer.swift, Class overview — let classFetchFirstSeen
trainer.classFetchFirstSeen = Vu pour la première fois
# Reports/Catalog+Trainer.swift, Class overview — let classFetchPrevious
trainer.classFetchPrevious = Récupération précédente (sans lui)
# Reports/Catalog+Trainer.swift, Class overview — func classFetchRewritten(_ branch: String, _ old: String, _ new: String, _ when: String) -> Text
trainer.classFetchRewritten = Branche « {branch} » réécrite (poussée en force) : {old} n’est plus dans son historique, remplacée par {new} (vu le {when}).
# Reports/Catalog+Trainer.swift, Class overview — func classFetchTagGone(_ tag: String, _ old: String, _ when: String) -> Text
trainer.classFetchTagGone = Étiquette « {tag} » ({old}) supprimée sur le dépôt distant (vu le {when}).
# Reports/Catalog+Trainer.swift, Class overview — func classFetchTagMoved(_ tag: String, _ old: String, _ new: String, _ when: String) -> Text
trainer.classFetchTagMoved = Étiquette « {tag} » déplacée sur le dépôt distant : {old} → {new} (vu le {when}).
# Reports/Catalog+Trainer.swift, Class overview — let classFetchLegend
trainer.classFetchLegend = Ces faits sont tenus par le cache du formateur, que l’équipe ne peut pas réécrire ; un commit fait hors ligne et poussé plus tard est légitime : ce sont des faits à lire avec l’équipe, pas une note.
# Reports/Catalog+Trainer.swift, Exports — let icsMilestone
trainer.icsMilestone = Jalon du projet
# Reports/Catalog+Trainer.swift, Exports — let icsReached
trainer.icsReached = Atteint.
# Reports/Catalog+Trainer.swift, Exports — func icsForecast(_ day: String) -> Text
trainer.icsForecast = Prévision actuelle : {day}.
# Reports/Catalog+Trainer.swift, Exports — func siteTitle(_ board: String) -> Text
trainer.siteTitle = Rapports — {board}
# Reports/Catalog+Trainer.swift, Exports — let siteIndex
trainer.siteIndex = Accueil
# Reports/Catalog+Trainer.swift, Exports — let siteBoard
trainer.siteBoard = Tableau
# Reports/Catalog+Trainer.swift, Exports — let siteBoardHint
trainer.siteBoardHint = Le kanban : une colonne par statut, les tâches en retard signalées.
# Reports/Catalog+Trainer.swift, Exports — func boardPageTitle(_ board: String) -> Text
trainer.boardPageTitle = Tableau — {board}
# Reports/Catalog+Trainer.swift, Exports — let siteStatus
trainer.siteStatus = Avancement
# Reports/Catalog+Trainer.swift, Exports — let siteGantt
trainer.siteGantt = Planning
# Reports/Catalog+Trainer.swift, Exports — let siteBilan
trainer.siteBilan = Bilan
# Reports/Catalog+Trainer.swift, Exports — let siteContributions
trainer.siteContributions = Contributions
# Reports/Catalog+Trainer.swift, Exports — let siteStatusHint
trainer.siteStatusHint = Rapport d’avancement de la semaine : jalons, retards, charge, réunions, risques.
# Reports/Catalog+Trainer.swift, Exports — let siteGanttHint
trainer.siteGanttHint = Diagramme de Gantt et tableau du planning, avec le planning de référence.
# Reports/Catalog+Trainer.swift, Exports — let siteBilanHint
trainer.siteBilanHint = Prévu et réalisé, exactitude des estimations, leçons et mesures correctives.
# Reports/Catalog+Trainer.swift, Exports — let siteContributionsHint
trainer.siteContributionsHint = Contribution de chaque membre, d’après l’historique.
# Reports/Catalog+Trainer.swift, Exports — func siteGenerated(_ day: String, _ commit: String) -> Text
trainer.siteGenerated = Généré le {day} au commit {commit}.
# Reports/Catalog+Trainer.swift, Exports — func ganttPageTitle(_ board: String) -> Text
trainer.ganttPageTitle = Planning — {board}
# Reports/Catalog+Trainer.swift, Exports — let ganttSpan
trainer.ganttSpan = Du … au
# Reports/Catalog+Trainer.swift, Exports — let ganttCritical
trainer.ganttCritical = Chemin critique
# Reports/Catalog+Trainer.swift, Exports — let ganttTable
trainer.ganttTable = Tâches et jalons
# Reports/GrilleReport.swift — func grCriterion(_ c: GrilleReport.Criterion) -> Text
grille.grCriterion.spec = Pertinence de la participation à la définition du cahier des charges
# Reports/GrilleReport.swift — func grCriterion(_ c: GrilleReport.Criterion) -> Text
grille.grCriterion.documentation = Fiabilité de l’organisation et de l’accès à la base documentaire
# Reports/GrilleReport.swift — func grCriterion(_ c: GrilleReport.Criterion) -> Text
grille.grCriterion.tools = Maîtrise des fonctionnalités de base des outils de gestion de projet
# Reports/GrilleReport.swift — func grCriterion(_ c: GrilleReport.Criterion) -> Text
grille.grCriterion.planning = Fiabilité du suivi de la planification du projet
# Reports/GrilleReport.swift — func grCriterion(_ c: GrilleReport.Criterion) -> Text
grille.grCriterion.writing = Qualité de la communication écrite et orale avec les acteurs du projet
# Reports/GrilleReport.swift — func grCriterion(_ c: GrilleReport.Criterion) -> Text
grille.grCriterion.information = Fiabilité des informations communiquées et des notifications
# Reports/GrilleReport.swift — func grCriterion(_ c: GrilleReport.Criterion) -> Text
grille.grCriterion.evaluation = Participation à l’évaluation : bilan pertinent et émergence de mesures correctives
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.specWritten = cahier des charges rédigé ou modifié
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.documentsWritten = documents créés ou modifiés
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.documentsValidated = documents d’autres membres validés
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.documentsRemoved = documents supprimés ou déplacés
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.tasksCreated = tâches créées
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.milestonesCreated = jalons créés
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.tasksAssigned = affectations de tâches
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.statusUpdates = avancements de statut tenus à jour
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.planningEdits = dates, charges ou dépendances ajustées
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.tasksDone = tâches terminées (assigné·e)
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.minutesWritten = comptes-rendus de réunion rédigés
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.commentsWritten = commentaires écrits
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.mentionsSent = commentaires qui notifient un membre (@mention)
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.mentionsAnswered = mentions reçues et répondues
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.reviewsWritten = relectures du travail des autres
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.selfReviews = auto-relectures (à part)
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.bilanWritten = bilan du projet rédigé (docs/bilan)
# Reports/GrilleReport.swift — let grTitle
grille.grTitle = Grille d’aide à l’évaluation — C1.3 Collaborer en mode projet
# Reports/GrilleReport.swift — let grNote
grille.grNote = Des faits tirés de l’historique, chacun avec ses commits (vérifiables par « git show ») : aucune note, c’est le jury qui évalue.
# Reports/GrilleReport.swift — let grNone
grille.grNone = aucun fait trouvé dans l’historique
# Reports/DossierReport.swift — func doTitle(_ name: String) -> Text
dossier.doTitle = Dossier numérique personnel — {name}
# Reports/DossierReport.swift — func doProject(_ board: String) -> Text
dossier.doProject = Projet : {board}
# Reports/DossierReport.swift — let doNote
dossier.doNote = Chaque élément renvoie à son commit (vérifiable par « git show ») ; les fichiers sont copiés tels qu’ils étaient à ce commit, dans le dossier « fichiers ».
# Reports/DossierReport.swift — let doFigures
dossier.doFigures = En chiffres
# Reports/DossierReport.swift — let doTasks
dossier.doTasks = Tâches confiées et réalisées
# Reports/DossierReport.swift — let doDocuments
dossier.doDocuments = Documents rédigés
# Reports/DossierReport.swift — let doMinutes
dossier.doMinutes = Comptes-rendus de réunion
# Reports/DossierReport.swift — let doReviews
dossier.doReviews = Relectures du travail des autres
# Reports/DossierReport.swift — let doWebsite
dossier.doWebsite = Commits sur le site
# Reports/DossierReport.swift — let doWebsiteFiles
dossier.doWebsiteFiles = Fichiers du site, à leur dernière version par ce membre
# Reports/DossierReport.swift — let doNothing
dossier.doNothing = rien sur la période
# Reports/DossierReport.swift — let doNotCopied
dossier.doNotCopied = (non copié)
# Reports/DossierReport.swift — func doDone(_ commit: String, _ date: String) -> Text
dossier.doDone = terminée le {date} ({commit})
# Reports/DocsText.swift — let section
docsText.section = Rubrique
# Reports/DocsText.swift — let state
docsText.state = État
# Reports/DocsText.swift — let line
docsText.line = Ligne
# Reports/DocsText.swift — let filled
docsText.filled = rédigée
# Reports/DocsText.swift — let empty
docsText.empty = vide
# Reports/DocsText.swift — let templateOnly
docsText.templateOnly = modèle seul
# Reports/DocsText.swift — let deliverables
docsText.deliverables = Livrables
# Reports/DocsText.swift — let linkedFrom
docsText.linkedFrom = Relié à
# Reports/DocsText.swift — let notLinked
docsText.notLinked = aucun jalon ni tâche
# Reports/DocsText.swift — let due
docsText.due = Échéance
# Reports/DocsText.swift — let title
docsText.title = Titre
# Reports/DocsText.swift — let path
docsText.path = Chemin
# Reports/DocsText.swift — let author
docsText.author = Auteur
# Reports/DocsText.swift — let status
docsText.status = Statut
# Reports/DocsText.swift — let version
docsText.version = Version
# Reports/DocsText.swift — let changed
docsText.changed = Modifié le
# Reports/DocsText.swift — let by
docsText.by = Par
# Reports/DocsText.swift — let date
docsText.date = Date
# Reports/DocsText.swift — let attendees
docsText.attendees = Participants
# Reports/DocsText.swift — let guests
docsText.guests = Invités
# Reports/DocsText.swift — let actions
docsText.actions = Actions
# Reports/DocsText.swift — Meeting list: actions still open / all actions of the minutes.
docsText.openActions = Actions ouvertes/total
# Reports/DocsText.swift — let who
docsText.who = Qui
# Reports/DocsText.swift — let what
docsText.what = Quoi
# Reports/DocsText.swift — let task
docsText.task = Tâche
# Reports/DocsText.swift — let tags
docsText.tags = Étiquettes
# Reports/DocsText.swift — let validated
docsText.validated = Validé par
# Reports/DocsText.swift — let noDocuments
docsText.noDocuments = Aucun document ; « jalon doc new TITRE » en crée un.
# Reports/DocsText.swift — let noMeetings
docsText.noMeetings = Aucun compte-rendu ; « jalon meeting new --date AAAA-MM-JJ » en crée un.
# Reports/DocsText.swift — let noActions
docsText.noActions = Aucune action dans ce compte-rendu.
# Reports/DocsText.swift — func noComments(_ item: String) -> Text
docsText.noComments = Aucun commentaire sur {item} ; « jalon comment {item} "texte" » en ajoute un.
# Reports/DocsText.swift — func budget(_ lines: Int, _ total: String, _ sum: String) -> Text
docsText.budget = Budget : {lines} {lines|ligne|lignes}, total annoncé {total} (somme des lignes {sum})
# Reports/DocsText.swift — func specHeader(_ title: String, _ version: String, _ status: String) -> Text
docsText.specHeader = Cahier des charges « {title} » — version {version}, {status} (spec.md)
# Reports/DocsText.swift — func specProgress(_ done: Int, _ total: Int) -> Text
docsText.specProgress = {done} {done|rubrique rédigée|rubriques rédigées} sur {total}
# Reports/DocsText.swift, News — let reasonHeading: [NewsDigest.Reason: Text]
docsText.reasonHeading.assigned = Nouvelles tâches pour vous
# Reports/DocsText.swift, News — let reasonHeading: [NewsDigest.Reason: Text]
docsText.reasonHeading.mention = Mentions
# Reports/DocsText.swift, News — let reasonHeading: [NewsDigest.Reason: Text]
docsText.reasonHeading.commentOnYourTask = Commentaires sur vos tâches
# Reports/DocsText.swift, News — let reasonHeading: [NewsDigest.Reason: Text]
docsText.reasonHeading.yourTask = Vos tâches
# Reports/DocsText.swift, News — let reasonHeading: [NewsDigest.Reason: Text]
docsText.reasonHeading.dependency = Tâches dont vous dépendez
# Reports/DocsText.swift, News — let reasonHeading: [NewsDigest.Reason: Text]
docsText.reasonHeading.yourDocument = Vos documents
# Reports/DocsText.swift, Reminders — let reminderHeadings: [(ReminderDigest.Kind, Text)]
docsText.reminderHeadings.overdue = En retard
# Reports/DocsText.swift, Reminders — let reminderHeadings: [(ReminderDigest.Kind, Text)]
docsText.reminderHeadings.dueSoon = À rendre bientôt
# Reports/DocsText.swift, Reminders — let reminderHeadings: [(ReminderDigest.Kind, Text)]
docsText.reminderHeadings.blocked = Bloqué par le retard d’un autre
# Reports/DocsText.swift, Reminders — let reminderHeadings: [(ReminderDigest.Kind, Text)]
docsText.reminderHeadings.reviewWaiting = Relectures en attente
# Reports/DocsText.swift, Reminders — let reminderHeadings: [(ReminderDigest.Kind, Text)]
docsText.reminderHeadings.documentReview = Documents à relire
# Reports/DocsText.swift, Reminders — let reminderHeadings: [(ReminderDigest.Kind, Text)]
docsText.reminderHeadings.mention = Mentions
# Reports/DocsText.swift, Reminders — `Statut :` in French, `Status:` in English.
docsText.docsLabel = {label} :
# Reports/TimeReport.swift — let title
timeReport.title = Temps passé
# Reports/TimeReport.swift — let team
timeReport.team = Équipe
# Reports/TimeReport.swift — let week
timeReport.week = Semaine
# Reports/TimeReport.swift — let member
timeReport.member = Membre
# Reports/TimeReport.swift — let total
timeReport.total = Total
# Reports/TimeReport.swift — let date
timeReport.date = Date
# Reports/TimeReport.swift — let task
timeReport.task = Tâche
# Reports/TimeReport.swift — let titleColumn
timeReport.titleColumn = Titre
# Reports/TimeReport.swift — let hours
timeReport.hours = Heures
# Reports/TimeReport.swift — let note
timeReport.note = Note
# Reports/TimeReport.swift — let none
timeReport.none = aucun temps saisi
# Reports/TimeReport.swift — let bookings
timeReport.bookings = Saisies
# Reports/TimeReport.swift — let perMember
timeReport.perMember = Par membre
# Reports/TimeReport.swift — let spentLabel
timeReport.spentLabel = Temps passé
# Reports/TimeReport.swift — let s
timeReport.spentNoEstimate = {s} (pas d’estimation)
# Reports/TimeReport.swift — let percent
timeReport.spentAgainstEstimate = {s} sur {e} estimées ({percent} %)
# Reports/TimeReport.swift — func inWeek(_ label: String) -> Text
timeReport.inWeek = Semaine {label}
# Reports/TimeReport.swift — let toDate
timeReport.toDate = Depuis le début
# Reports/TimeReport.swift — func accuracyBySpent(_ n: Int, _ of: Int) -> Text
timeReport.accuracyBySpent = {n} {n|tâche|tâches} sur {of} {n|mesurée|mesurées} par le temps passé saisi face à l’estimation (les autres : jours ouvrés réels face aux jours prévus).
# Reports/BurndownChart.swift — let title
burndown.title = Burndown : reste à faire par jour ouvré
# Reports/BurndownChart.swift — let burnupTitle
burndown.burnupTitle = Burnup : périmètre et travail fait
# Reports/BurndownChart.swift — let columnDay
burndown.columnDay = Jour
# Reports/BurndownChart.swift — let columnRemaining
burndown.columnRemaining = Reste
# Reports/BurndownChart.swift — let columnIdeal
burndown.columnIdeal = Idéal
# Reports/BurndownChart.swift — let columnBaseline
burndown.columnBaseline = Référence
# Reports/BurndownChart.swift — let columnScope
burndown.columnScope = Périmètre
# Reports/BurndownChart.swift — let today
burndown.today = aujourd’hui
# Reports/BurndownChart.swift — let scopeAdded
burndown.scopeAdded = périmètre ajouté
# Reports/BurndownChart.swift — let doneWork
burndown.doneWork = Fait
# Reports/BurndownChart.swift — func legend(_ g: Marks) -> Text
burndown.legend = {actual} reste réel   {forecast} reste prévu   {ideal} idéal   {baseline} référence ; heures de travail
# Reports/Catalog+Planning.swift — hours with one decimal at most (plan.decimal): `7,5 h`
plan.hours = {hours} h
# Reports/Catalog+Planning.swift — heading of the tasks the levelling moved, with how many (n ≥ 1)
plan.movesHeader = Lissage de la charge ({n} {n|tâche déplacée|tâches déplacées}) :
# Reports/Catalog+Reports.swift — an amount of work in days, one decimal at most: `1,5j`
report.effortDays = {days}j
# Reports/Catalog+Contributions.swift — a share in percent, its number with the decimal mark
contrib.percent = {value} %
# Reports/Catalog+Contributions.swift — the quoted title after a task or milestone id
contrib.ctTitle = \u{20}« {title} »
# Reports/Catalog+Contributions.swift — an event counted in a figure: the item and its title (contrib.ctTitle)
contrib.ctCountedTitled = {item}{title}
# Reports/Catalog+Contributions.swift — a notable contribution: the item and its quoted title (contrib.ctTitle)
contrib.ctNotable.taskCreated = Tâche {item}{title} créée
# Reports/Catalog+Contributions.swift — a notable contribution: the item and its quoted title (contrib.ctTitle)
contrib.ctNotable.taskDone = Tâche {item}{title} terminée
# Reports/Catalog+Contributions.swift — a notable contribution: the item and its quoted title (contrib.ctTitle), the statuses before and after
contrib.ctNotable.taskReviewed = Relecture de {item}{title} : {from} → {to}
# Reports/Catalog+Contributions.swift — a notable contribution: the item and its quoted title (contrib.ctTitle)
contrib.ctNotable.milestoneCreated = Jalon {item}{title} créé
# Reports/Catalog+Contributions.swift — title of a task's history: its id and quoted title (contrib.ctTitle)
contrib.ctTaskHistoryTitle = Historique de {id}{title}
# Reports/Catalog+Trainer.swift — an ISO week label, `2026-W49`: the week letter (S for semaine)
trainer.weekPeriod = {before}S{after}
# Reports/Catalog+Trainer.swift — a report period (trainer.weekPeriod) and its days
trainer.trPeriodValue = {label} (du {from} au {to})
# Reports/Catalog+Trainer.swift — tasks to start by the end of the next period (trainer.weekPeriod)
trainer.trStartingNext = À démarrer d’ici la fin de la période suivante ({label}, du {from} au {to})
# Reports/Catalog+Trainer.swift — column heading: the workload of a period (trainer.weekPeriod)
trainer.trLoadWeek = Charge {label}
# Reports/Catalog+Trainer.swift — chart title: the planned load of a period (trainer.weekPeriod)
trainer.trLoadChart = Charge planifiée de la période {label} (trait : capacité)
# Reports/Catalog+Trainer.swift — subtitle of a status report: its week (trainer.weekPeriod)
trainer.trStatusSubtitle = Semaine {label}
# Reports/Catalog+Trainer.swift — an overloaded week (trainer.weekPeriod), its Monday, the hours too many and who
trainer.bilanWeekLine = semaine {label} (du lundi {monday}) : {excess} de trop — {who}
# Reports/Catalog+Trainer.swift — subtitle of the class overview: the week (trainer.weekPeriod) and the status date
trainer.classSubtitle = Semaine {label}, situation au {day}
# Reports/TaskSurroundings.swift — the action of minutes a task comes from: what, who, and its due date (report.taskFromActionDue)
report.taskFromAction = action « {what} » confiée à {who}{due}
# Reports/TaskSurroundings.swift — the due date of an action of minutes
report.taskFromActionDue = , pour le {due}
# Reports/TaskSurroundings.swift — how many commits changed a task, how many are not shown (report.taskHistoryHidden), and the command for all
report.taskHistoryCount = {n} {n|commit|commits}{hidden} ; tout le détail, valeurs comprises : jalon task history {id}
# Reports/TaskSurroundings.swift — how many commits of a task are not shown
report.taskHistoryHidden = , dont {hidden} non {hidden|montré|montrés}
# Reports/BurndownChart.swift — caption of the burndown: status date, target end, the baseline (burndown.captionBaseline or burndown.captionNoBaseline)
burndown.caption = Situation au {status}, fin visée {target}{baseline}
# Reports/BurndownChart.swift — the baseline the burndown compares with
burndown.captionBaseline = , référence « {baseline} »
# Reports/BurndownChart.swift — the burndown has no baseline
burndown.captionNoBaseline = , sans planning de référence
# Reports/ContributionsActivity.swift — a field of a task changed: its name, the old and new values
contrib.fieldChange = {field} : {old} → {new}
# Reports/ContributionsActivity.swift — the one-letter mark of an edit (édité / edited) in the activity grid; ASCII output always shows e
contrib.activityEditMark = é
# Reports/Catalog+Reports.swift — between the items of a list in a sentence
report.listSeparator = \u{20}; 
# Reports/GrilleReport.swift — a fact of the assessment grid: what (grille.grFact.*), how many times, which commits
grille.factLine = {fact} : {count} — {commits}
# Reports/DocsText.swift, news (`jalon news`) — the quoted title after an item
news.title = \u{20}« {title} »
# Reports/DocsText.swift, news (`jalon news`) — who gave you a task (the item and its title)
news.taskAssigned = {by} vous a confié {item}
# Reports/DocsText.swift, news (`jalon news`) — who mentioned you in a comment, and the start of the comment after a colon
news.mentioned = {by} vous mentionne sur {item}{text}
# Reports/DocsText.swift, news (`jalon news`) — who commented on your task, and the start of the comment after a colon
news.commented = {by} a commenté votre tâche {item}{text}
# Reports/DocsText.swift, news (`jalon news`) — a task moved between two statuses, by whom
news.taskMoved = {item} : {from} → {to} (par {by})
# Reports/DocsText.swift, news (`jalon news`) — a change (news.taskMoved) to a task your task depends on
news.dependsOnIt = {base} — votre tâche {task} en dépend
# Reports/DocsText.swift, news (`jalon news`) — a task done, by whom
news.taskDone = {item} terminée (par {by})
# Reports/DocsText.swift, news (`jalon news`) — a task done (news.taskDone) that your task waited for
news.canGoAhead = {base} — votre tâche {task} peut avancer
# Reports/DocsText.swift, news (`jalon news`) — a task reopened in a status, by whom
news.taskReopened = {item} rouverte en {to} (par {by})
# Reports/DocsText.swift, news (`jalon news`) — your document moved between two statuses, by whom
news.documentStatus = votre document {item} : {from} → {to} (par {by})
# Reports/DocsText.swift, news (`jalon news`) — heading: for whom, since when
news.heading = Nouveautés pour {member} depuis {since}
# Reports/DocsText.swift, news (`jalon news`) — no news
news.nothingNew = Rien de nouveau pour vous.
# Reports/DocsText.swift, news (`jalon news`) — how many other changes the team made
news.otherChanges = Et {n} {n|autre changement|autres changements} par l’équipe (jalon log).
# Reports/DocsText.swift, reminders (`jalon remind`) — a quoted task or document title
reminders.title = « {title} »
# Reports/DocsText.swift, reminders (`jalon remind`) — a late task: id, title, days late, due date
reminders.overdue = {id} {title} — en retard de {days} {days|jour|jours} (échéance {due})
# Reports/DocsText.swift, reminders (`jalon remind`) — due today
reminders.today = aujourd’hui
# Reports/DocsText.swift, reminders (`jalon remind`) — due in a number of days
reminders.inDays = dans {days} {days|jour|jours}
# Reports/DocsText.swift, reminders (`jalon remind`) — a task due soon: id, title, due date, when (reminders.today or reminders.inDays)
reminders.dueSoon = {id} {title} — échéance {due} ({when})
# Reports/DocsText.swift, reminders (`jalon remind`) — a task blocked by another late task, and who has that one (or reminders.unassigned)
reminders.blocked = {id} {title} — bloquée par {other} en retard ({owners})
# Reports/DocsText.swift, reminders (`jalon remind`) — a late task no one has
reminders.unassigned = non assignée
# Reports/DocsText.swift, reminders (`jalon remind`) — a task waiting for review, and whose it is
reminders.reviewWaiting = {id} {title} — attend une relecture ({owners})
# Reports/DocsText.swift, reminders (`jalon remind`) — a document waiting for review, and its author
reminders.documentReview = document {id} {title} — attend une relecture ({author})
# Reports/DocsText.swift, reminders (`jalon remind`) — who mentioned you, on which item, when, and what they said
reminders.mention = {who} vous mentionne sur {id} le {due} : {said}
# Reports/DocsText.swift, reminders (`jalon remind`) — heading: the day, the board, how far ahead due dates are looked at
reminders.heading = Rappels du {today} — {board} (échéances à {days} {days|jour|jours})
# Reports/DocsText.swift, reminders (`jalon remind`) — nothing for a member
reminders.nothing = rien à signaler
# Reports/DocsText.swift, reminders (`jalon remind`) — heading: what waits for review
reminders.reviews = En attente de relecture (toute l’équipe)
# Reports/CalendarText.swift (`jalon calendar`) — the working days of the week (calendar.weekday.*)
calendar.workingDays = Jours ouvrés : {names}
# Reports/CalendarText.swift (`jalon calendar`) — the project's first and last days
calendar.project = Projet : du {start} au {end}
# Reports/CalendarText.swift (`jalon calendar`) — column heading of the holidays and absences
calendar.who = Qui
# Reports/CalendarText.swift (`jalon calendar`) — column heading of the holidays and absences
calendar.from = Du
# Reports/CalendarText.swift (`jalon calendar`) — column heading of the holidays and absences
calendar.to = Au
# Reports/CalendarText.swift (`jalon calendar`) — column heading of the holidays and absences
calendar.reason = Motif
# Reports/CalendarText.swift (`jalon calendar`) — a holiday: everyone is away
calendar.everyone = tout le monde
# Reports/CalendarText.swift (`jalon calendar`) — no holiday, no absence
calendar.none = Aucun congé ni absence.
# Reports/CalendarText.swift (`jalon calendar`) — a member's hours per working day
calendar.hours = {name} ({id}) : {hours} h par jour ouvré
# Reports/CalendarText.swift (`jalon calendar`) — short weekday name, 1 = Monday
calendar.weekday1 = lun.
# Reports/CalendarText.swift (`jalon calendar`) — short weekday name, 1 = Monday
calendar.weekday2 = mar.
# Reports/CalendarText.swift (`jalon calendar`) — short weekday name, 1 = Monday
calendar.weekday3 = mer.
# Reports/CalendarText.swift (`jalon calendar`) — short weekday name, 1 = Monday
calendar.weekday4 = jeu.
# Reports/CalendarText.swift (`jalon calendar`) — short weekday name, 1 = Monday
calendar.weekday5 = ven.
# Reports/CalendarText.swift (`jalon calendar`) — short weekday name, 1 = Monday
calendar.weekday6 = sam.
# Reports/CalendarText.swift (`jalon calendar`) — short weekday name, 1 = Monday
calendar.weekday7 = dim.
# Reports/GanttMermaid.swift — the date format of a Mermaid Gantt axis (d3 strftime: %d day, %m month, %b month name)
gantt.mermaidAxisFormat = %d/%m
# JalonCLI/Catalog+CLI.swift, Help — let abstract
cli.abstract = Tableau de projet pour équipes d’étudiants, stocké en fichiers dans Git.
# JalonCLI/Catalog+CLI.swift, Help — let discussion
cli.discussion = Chaque commande qui modifie le tableau crée exactement un commit, au nom du membre qui agit.\nLangue : --lang, sinon la langue du tableau, sinon LANG. Codes de sortie : 0 succès,\n1 refus (fichiers invalides, modifications non commitées, problèmes trouvés par check),\n2 saisie invalide, 3 dépôt ou tableau introuvable, erreur Git.
# JalonCLI/Catalog+CLI.swift, Help — let helpBoard
cli.helpBoard = Dossier du tableau (sinon : cherché depuis le dossier courant).
# JalonCLI/Catalog+CLI.swift, Help — let helpLang
cli.helpLang = Langue d’affichage : fr ou en.
# JalonCLI/Catalog+CLI.swift, Help — let helpAs
cli.helpAs = Agir en tant que ce membre (id).
# JalonCLI/Catalog+CLI.swift, Help — let helpASCII
cli.helpASCII = Dessiner en ASCII seulement.
# JalonCLI/Catalog+CLI.swift, Help — let helpNoColor
cli.helpNoColor = Pas de couleurs (comme NO_COLOR).
# JalonCLI/Catalog+CLI.swift, Help — let helpWidth
cli.helpWidth = Largeur de sortie en colonnes (sinon : terminal ou COLUMNS).
# JalonCLI/Catalog+CLI.swift, Help — let helpFormat
cli.helpFormat = Format de sortie : text ou json.
# JalonCLI/Catalog+CLI.swift, Help — let helpBoardAll
cli.helpBoardAll = Montrer aussi les tâches finies il y a plus de deux semaines (sinon comptées en une ligne ; le JSON les liste toujours).
# JalonCLI/Catalog+CLI.swift, Help — let helpInit
cli.helpInit = Créer un tableau dans ce dépôt Git (ou un nouveau dépôt).
# JalonCLI/Catalog+CLI.swift, Help — let helpBoardName
cli.helpBoardName = Nom du projet.
# JalonCLI/Catalog+CLI.swift, Help — let helpStart
cli.helpStart = Début du projet (AAAA-MM-JJ ou JJ/MM/AAAA).
# JalonCLI/Catalog+CLI.swift, Help — let helpEnd
cli.helpEnd = Fin du projet.
# JalonCLI/Catalog+CLI.swift, Help — let helpTemplate
cli.helpTemplate = Modèle de tableau (par ex. site-web).
# JalonCLI/Catalog+CLI.swift, Help — let helpStatuses
cli.helpStatuses = Statuts, séparés par des virgules (défaut : todo,doing,review,done).
# JalonCLI/Catalog+CLI.swift, Help — let helpBoardView
cli.helpBoardView = Afficher le tableau kanban : une colonne par statut.
# JalonCLI/Catalog+CLI.swift, Help — let helpCheck
cli.helpCheck = Vérifier tous les fichiers du tableau (fichier:ligne : problème).
# JalonCLI/Catalog+CLI.swift, Help — let helpLog
cli.helpLog = Historique du tableau, commit par commit.
# JalonCLI/Catalog+CLI.swift, Help — let helpLimit
cli.helpLimit = Nombre maximal d’entrées.
# JalonCLI/Catalog+CLI.swift, Help — let helpMember
cli.helpMember = Membres de l’équipe.
# JalonCLI/Catalog+CLI.swift, Help — let helpMemberAdd
cli.helpMemberAdd = Ajouter un membre.
# JalonCLI/Catalog+CLI.swift, Help — let helpMemberList
cli.helpMemberList = Lister les membres.
# JalonCLI/Catalog+CLI.swift, Help — let helpMemberID
cli.helpMemberID = Identifiant court du membre (par ex. alice).
# JalonCLI/Catalog+CLI.swift, Help — let helpMemberName
cli.helpMemberName = Nom complet.
# JalonCLI/Catalog+CLI.swift, Help — let helpMemberEmail
cli.helpMemberEmail = Adresse e-mail de ses commits (répétable).
# JalonCLI/Catalog+CLI.swift, Help — let helpMemberRole
cli.helpMemberRole = Rôle dans l’équipe.
# JalonCLI/Catalog+CLI.swift, Help — let helpMemberCode
cli.helpMemberCode = Code des identifiants de ses tâches (1 à 3 majuscules ; défaut : initiale).
# JalonCLI/Catalog+CLI.swift, Help — let helpMilestone
cli.helpMilestone = Jalons du projet.
# JalonCLI/Catalog+CLI.swift, Help — let helpMilestoneAdd
cli.helpMilestoneAdd = Ajouter un jalon.
# JalonCLI/Catalog+CLI.swift, Help — let helpMilestoneEdit
cli.helpMilestoneEdit = Modifier un jalon.
# JalonCLI/Catalog+CLI.swift, Help — let helpMilestoneList
cli.helpMilestoneList = Lister les jalons.
# JalonCLI/Catalog+CLI.swift, Help — let helpMilestoneDate
cli.helpMilestoneDate = Date du jalon (« none » pour l’effacer).
# JalonCLI/Catalog+CLI.swift, Help — let helpTitle
cli.helpTitle = Titre.
# JalonCLI/Catalog+CLI.swift, Help — let helpID
cli.helpID = Identifiant (par ex. T-A3).
# JalonCLI/Catalog+CLI.swift, Help — let helpTask
cli.helpTask = Tâches du projet.
# JalonCLI/Catalog+CLI.swift, Help — let helpTaskAdd
cli.helpTaskAdd = Créer une tâche.
# JalonCLI/Catalog+CLI.swift, Help — let helpTaskMove
cli.helpTaskMove = Changer le statut d’une tâche.
# JalonCLI/Catalog+CLI.swift, Help — let helpTaskDone
cli.helpTaskDone = Marquer une tâche comme terminée.
# JalonCLI/Catalog+CLI.swift, Help — let helpTaskEdit
cli.helpTaskEdit = Modifier une tâche.
# JalonCLI/Catalog+CLI.swift, Help — let helpTaskList
cli.helpTaskList = Lister les tâches.
# JalonCLI/Catalog+CLI.swift, Help — let helpTaskShow
cli.helpTaskShow = Afficher une tâche.
# JalonCLI/Catalog+CLI.swift, Help — let helpAssign
cli.helpAssign = Membres assignés (séparés par des virgules).
# JalonCLI/Catalog+CLI.swift, Help — let helpAssignReplace
cli.helpAssignReplace = Remplacer les membres assignés (« none » pour aucun).
# JalonCLI/Catalog+CLI.swift, Help — let helpAddAssignee
cli.helpAddAssignee = Ajouter un membre assigné.
# JalonCLI/Catalog+CLI.swift, Help — let helpUnassign
cli.helpUnassign = Retirer un membre assigné.
# JalonCLI/Catalog+CLI.swift, Help — let helpEstimate
cli.helpEstimate = Charge estimée : 2d (jours), 4h (heures), 1w (semaine).
# JalonCLI/Catalog+CLI.swift, Help — let helpEstimateClear
cli.helpEstimateClear = Charge estimée (« none » pour l’effacer).
# JalonCLI/Catalog+CLI.swift, Help — let helpDuration
cli.helpDuration = Durée calendaire en jours ouvrés (par ex. 3d).
# JalonCLI/Catalog+CLI.swift, Help — let helpDurationClear
cli.helpDurationClear = Durée (« none » pour l’effacer).
# JalonCLI/Catalog+CLI.swift, Help — let helpStartDay
cli.helpStartDay = Début imposé.
# JalonCLI/Catalog+CLI.swift, Help — let helpDue
cli.helpDue = Échéance.
# JalonCLI/Catalog+CLI.swift, Help — let helpDateClear
cli.helpDateClear = Date (« none » pour l’effacer).
# JalonCLI/Catalog+CLI.swift, Help — let helpDepends
cli.helpDepends = Dépendances : T-A1,T-B2+2d (délai), ss:T-A3 (début à début).
# JalonCLI/Catalog+CLI.swift, Help — let helpDependsReplace
cli.helpDependsReplace = Remplacer les dépendances (« none » pour aucune).
# JalonCLI/Catalog+CLI.swift, Help — let helpMilestoneRef
cli.helpMilestoneRef = Jalon auquel la tâche contribue (par ex. M-A1).
# JalonCLI/Catalog+CLI.swift, Help — let helpMilestoneClear
cli.helpMilestoneClear = Jalon (« none » pour l’effacer).
# JalonCLI/Catalog+CLI.swift, Help — let helpLabel
cli.helpLabel = Étiquette (répétable).
# JalonCLI/Catalog+CLI.swift, Help — let helpLabelsReplace
cli.helpLabelsReplace = Remplacer les étiquettes (« none » pour aucune).
# JalonCLI/Catalog+CLI.swift, Help — let helpStatus
cli.helpStatus = Statut (parmi ceux du tableau).
# JalonCLI/Catalog+CLI.swift, Help — let helpProgress
cli.helpProgress = Avancement en pourcentage (0–100).
# JalonCLI/Catalog+CLI.swift, Help — let helpDescription
cli.helpDescription = Description (Markdown).
# JalonCLI/Catalog+CLI.swift, Help — let helpWith
cli.helpWith = Travail en binôme : membres crédités comme co-auteurs.
# JalonCLI/Catalog+CLI.swift, Help — let helpFilterStatus
cli.helpFilterStatus = Seulement ce statut.
# JalonCLI/Catalog+CLI.swift, Help — let helpFilterAssignee
cli.helpFilterAssignee = Seulement les tâches de ce membre.
# JalonCLI/Catalog+CLI.swift, Help — let helpFilterMilestone
cli.helpFilterMilestone = Seulement ce jalon.
# JalonCLI/Catalog+CLI.swift, Help — let helpFilterLabel
cli.helpFilterLabel = Seulement cette étiquette.
# JalonCLI/Catalog+CLI.swift, Help — let helpDemo
cli.helpDemo = Rejouer le projet exemple de Boards/ dans un nouveau dépôt jusqu’à un jour de milieu de projet, puis afficher ce jour, le tableau et le Gantt.
# JalonCLI/Catalog+CLI.swift, Help — let helpDemoToEnd
cli.helpDemoToEnd = Rejouer tout le projet, jusqu’à son dernier jour.
# JalonCLI/Catalog+CLI.swift, Help — let helpDemoDir
cli.helpDemoDir = Dossier (vide ou absent) où créer le dépôt de démonstration (défaut : dossier temporaire).
# JalonCLI/Catalog+CLI.swift, Help — let helpCalendar
cli.helpCalendar = Calendrier : jours ouvrés, congés, absences.
# JalonCLI/Catalog+CLI.swift, Help — let helpAddHoliday
cli.helpAddHoliday = Ajouter des jours fériés, vacances ou une fermeture (personne ne travaille).
# JalonCLI/Catalog+CLI.swift, Help — let helpCalendarList
cli.helpCalendarList = Afficher les jours ouvrés, congés et absences.
# JalonCLI/Catalog+CLI.swift, Help — let helpFrom
cli.helpFrom = Premier jour (AAAA-MM-JJ ou JJ/MM/AAAA).
# JalonCLI/Catalog+CLI.swift, Help — let helpTo
cli.helpTo = Dernier jour, inclus (défaut : le premier).
# JalonCLI/Catalog+CLI.swift, Help — let helpHolidayName
cli.helpHolidayName = Nom, par ex. « Vacances de Noël ».
# JalonCLI/Catalog+CLI.swift, Help — let helpMemberEdit
cli.helpMemberEdit = Modifier un membre (nom, rôle, adresses, heures par jour).
# JalonCLI/Catalog+CLI.swift, Help — let helpMemberAway
cli.helpMemberAway = Déclarer une absence (PFMP, maladie…) : le membre ne travaille pas sur le projet.
# JalonCLI/Catalog+CLI.swift, Help — let helpReason
cli.helpReason = Motif, par ex. PFMP.
# JalonCLI/Catalog+CLI.swift, Help — let helpHoursPerDay
cli.helpHoursPerDay = Heures de travail par jour ouvré (temps partiel ; défaut 8 ; « none » pour revenir à 8).
# JalonCLI/Catalog+CLI.swift, Help — let helpBaseline
cli.helpBaseline = Planning de référence : figer le plan pour le comparer plus tard.
# JalonCLI/Catalog+CLI.swift, Help — let helpBaselineSave
cli.helpBaselineSave = Enregistrer le planning actuel comme référence (étiquette Git annotée).
# JalonCLI/Catalog+CLI.swift, Help — let helpBaselineList
cli.helpBaselineList = Lister les plannings de référence.
# JalonCLI/Catalog+CLI.swift, Help — let helpBaselineName
cli.helpBaselineName = Nom, par ex. « planning initial ».
# JalonCLI/Catalog+CLI.swift, Help — let helpPlan
cli.helpPlan = Planning calculé : dates, marge, chemin critique, conflits.
# JalonCLI/Catalog+CLI.swift, Help — let helpGantt
cli.helpGantt = Diagramme de Gantt du projet.
# JalonCLI/Catalog+CLI.swift, Help — let helpLoad
cli.helpLoad = Charge de travail par membre et par semaine, surcharges signalées.
# JalonCLI/Catalog+CLI.swift, Help — let helpAt
cli.helpAt = Date de situation (AAAA-MM-JJ) : le tableau tel que commité à la fin de ce jour, prévision depuis ce jour (défaut : JALON_NOW, sinon aujourd’hui).
# JalonCLI/Catalog+CLI.swift, Help — let helpLevel
cli.helpLevel = Lisser : décaler les tâches non critiques pour supprimer les surcharges.
# JalonCLI/Catalog+CLI.swift, Help — let helpAgainst
cli.helpAgainst = Comparer au planning de référence NOM (retards en jours ouvrés).
# JalonCLI/Catalog+CLI.swift, Help — let helpGanttBy
cli.helpGanttBy = Regrouper par : none, member, milestone.
# JalonCLI/Catalog+CLI.swift, Help — let helpFromDate
cli.helpFromDate = Premier jour affiché.
# JalonCLI/Catalog+CLI.swift, Help — let helpToDate
cli.helpToDate = Dernier jour affiché.
# JalonCLI/Catalog+CLI.swift, Help — let helpScale
cli.helpScale = Échelle : day, week, month (défaut : selon la largeur).
# JalonCLI/Catalog+CLI.swift, Help — let helpBaselineBars
cli.helpBaselineBars = Afficher les barres du planning de référence NOM.
# JalonCLI/Catalog+CLI.swift, Help — let helpGanttFormat
cli.helpGanttFormat = Format : text, json, mermaid.
# JalonCLI/Catalog+CLI.swift, Help — let helpReport
cli.helpReport = Rapports : contributions, état d’avancement, bilan, vue de classe.
# JalonCLI/Catalog+CLI.swift, Messages — func badLanguage(_ l: String) -> Text
cli.badLanguage = langue inconnue « {l} » : fr ou en
# JalonCLI/Catalog+CLI.swift, Messages — let badWidth
cli.badWidth = la largeur doit être d’au moins 20 colonnes (et au plus {maxWidth})
# JalonCLI/Catalog+CLI.swift, Messages — let errorPrefix
cli.errorPrefix = erreur :\u{20}
# JalonCLI/Catalog+CLI.swift, Messages — let warningPrefix
cli.warningPrefix = avertissement :\u{20}
# JalonCLI/Catalog+CLI.swift, Messages — func repositoryCreated(_ path: String) -> Text
cli.repositoryCreated = Dépôt Git créé dans {path}
# JalonCLI/Catalog+CLI.swift, Messages — func boardCreated(_ name: String, _ folder: String, _ branch: String, _ commit: String) -> Text
cli.boardCreated = Tableau « {name} » créé dans {folder} sur la branche {branch} (commit {commit})
# JalonCLI/Catalog+CLI.swift, Messages — let nextStepsAfterInit
cli.nextStepsAfterInit = Ensuite : jalon member add ID --name "Nom" --email ADRESSE
# JalonCLI/Catalog+CLI.swift, Messages — func memberAdded(_ name: String, _ id: String, _ code: String, _ commit: String) -> Text
cli.memberAdded = Membre {name} ({id}) ajouté ; ses tâches seront T-{code}1, T-{code}2… (commit {commit})
# JalonCLI/Catalog+CLI.swift, Messages — func milestoneAdded(_ id: String, _ title: String, _ commit: String) -> Text
cli.milestoneAdded = Jalon {id} créé : « {title} » (commit {commit})
# JalonCLI/Catalog+CLI.swift, Messages — func milestoneEdited(_ id: String, _ title: String, _ commit: String) -> Text
cli.milestoneEdited = Jalon {id} « {title} » modifié (commit {commit})
# JalonCLI/Catalog+CLI.swift, Messages — func taskAdded(_ id: String, _ title: String, _ commit: String) -> Text
cli.taskAdded = Tâche {id} créée : « {title} » (commit {commit})
# JalonCLI/Catalog+CLI.swift, Messages — func taskUpdated(_ id: String, _ title: String, _ status: String, _ commit: String) -> Text
cli.taskUpdated = Tâche {id} « {title} » : statut « {status} » (commit {commit})
# JalonCLI/Catalog+CLI.swift, Messages — func taskEdited(_ id: String, _ title: String, _ fields: String, _ commit: String) -> Text
cli.taskEdited = Tâche {id} « {title} » modifiée : {fields} (commit {commit})
# JalonCLI/Catalog+CLI.swift, Messages — func holidayAdded(_ name: String, _ from: String, _ to: String, _ commit: String) -> Text
cli.holidayAdded = Congé « {name} » ajouté, du {from} au {to} (commit {commit})
# JalonCLI/Catalog+CLI.swift, Messages — func absenceAdded(_ name: String, _ from: String, _ to: String, _ commit: String) -> Text
cli.absenceAdded = Absence de {name} enregistrée, du {from} au {to} (commit {commit})
# JalonCLI/Catalog+CLI.swift, Messages — func memberEdited(_ name: String, _ id: String, _ commit: String) -> Text
cli.memberEdited = Membre {name} ({id}) modifié (commit {commit})
# JalonCLI/Catalog+CLI.swift, Messages — func baselineSaved(_ name: String, _ tag: String, _ commit: String) -> Text
cli.baselineSaved = Planning de référence « {name} » enregistré : étiquette {tag} sur le commit {commit}
# JalonCLI/Catalog+CLI.swift, Messages — let noBaselines
cli.noBaselines = Aucun planning de référence ; « jalon baseline save NOM » en crée un.
# JalonCLI/Catalog+CLI.swift, Messages — let columnBaseline
cli.columnBaseline = Référence
# JalonCLI/Catalog+CLI.swift, Messages — let columnSaved
cli.columnSaved = Enregistrée le
# JalonCLI/Catalog+CLI.swift, Messages — let columnBy
cli.columnBy = Par
# JalonCLI/Catalog+CLI.swift, Messages — func taskUnchanged(_ id: String) -> Text
cli.taskUnchanged = {id} : rien à changer, aucun commit
# JalonCLI/Catalog+CLI.swift, Messages — func negativeAmount(_ shown: String) -> Text
cli.negativeAmount = « {shown} » est négatif : un temps passé, une durée ou une estimation se compte en positif
# JalonCLI/Catalog+CLI.swift, Messages — let negativeAmountHint
cli.negativeAmountHint = écrivez par ex. 2h ; pour corriger un temps déjà saisi, modifiez ou supprimez son fichier time/…md (jalon check le vérifie)
# JalonCLI/Catalog+CLI.swift, Messages — func negativeArgument(_ n: Int, _ shown: String) -> Text
cli.negativeArgument = argument {n} : {negativeAmount} ({negativeAmountHint} ; rien n’a été modifié)
# JalonCLI/Catalog+CLI.swift, Messages — let u
cli.controlInArgument = l’argument {n} (« {shown} ») contient le caractère de contrôle {u} (retirez-le ; rien n’a été modifié)
# JalonCLI/Catalog+CLI.swift, Messages — func fileSkipped(_ problem: String) -> Text
cli.fileSkipped = avertissement : fichier laissé de côté : {problem}
# JalonCLI/Catalog+CLI.swift, Messages — func fileReadWithErrors(_ problem: String) -> Text
cli.fileReadWithErrors = avertissement : fichier lu en partie (valeur ignorée) : {problem}
# JalonCLI/Catalog+CLI.swift, Messages — func flaggedSummary(_ count: Int) -> Text
cli.flaggedSummary = avertissement : {countCount} {countCount|fichier|fichiers} du tableau en erreur (détails : « jalon check »)
# JalonCLI/Catalog+CLI.swift, Messages — func checkOK(_ tasks: Int, _ milestones: Int, _ members: Int) -> Text
cli.checkOK = Tableau valide : {tasks} {tasks|tâche|tâches}, {milestones} {milestones|jalon|jalons}, {members} {members|membre|membres}.
# JalonCLI/Catalog+CLI.swift, Messages — func checkSummary(_ errors: Int, _ warnings: Int) -> Text
cli.checkSummary = {errors} {errors|erreur|erreurs}, {warnings} {warnings|avertissement|avertissements}.
# JalonCLI/Catalog+CLI.swift, Messages — let emptyLog
cli.emptyLog = Aucun commit ne touche encore le tableau.
# JalonCLI/Catalog+CLI.swift, Messages — func demoLineFailed(_ line: Int, _ command: String, _ detail: String) -> Text
cli.demoLineFailed = le scénario échoue à la ligne {line} (jalon {command}) :\n{detail}
# JalonCLI/Catalog+CLI.swift, Messages — func scenarioBadLine(_ line: Int, _ text: String) -> Text
cli.scenarioBadLine = scénario, ligne {line} illisible : {text}
# JalonCLI/Catalog+CLI.swift, Messages — func demoDirNotEmpty(_ path: String) -> Text
cli.demoDirNotEmpty = le dossier {path} n’est pas vide
# JalonCLI/Catalog+CLI.swift, Messages — let demoDirHint
cli.demoDirHint = donnez un dossier vide ou qui n’existe pas encore
# JalonCLI/Catalog+CLI.swift, Messages — func demoSummary(_ name: String, _ commits: Int, _ authors: Int, _ from: String, _ to: String, _ path: String) -> Text
cli.demoSummary = Démo « {name} » : {commits} commits de {authors} auteurs, du {from} au {to}, dans {path}
# JalonCLI/Catalog+CLI.swift, Messages — func demoToday(_ day: String, _ partial: Bool) -> Text
cli.demoTodayPartial = Aujourd’hui dans la démo : {day} (projet rejoué jusqu’à ce jour ; jalon demo --to-end le rejoue en entier)
# JalonCLI/Catalog+CLI.swift, Messages — func demoToday(_ day: String, _ partial: Bool) -> Text
cli.demoTodayWhole = Aujourd’hui dans la démo : {day} (projet rejoué en entier)
# JalonCLI/Catalog+CLI.swift, Messages — let list
cli.demoForecastNothingLate = Prévision : fin du projet le {end}, aucun élément en retard
# JalonCLI/Catalog+CLI.swift, Messages — let list
cli.demoForecastOneLate = Prévision : fin du projet le {end}, 1 élément en retard : {list}
# JalonCLI/Catalog+CLI.swift, Messages — let list
cli.demoForecastSeveralLate = Prévision : fin du projet le {end}, {lateCount} éléments en retard : {list}
# JalonCLI/Catalog+CLI.swift, Messages — func demoNext(_ path: String, _ day: String) -> Text
cli.demoNext = À explorer (au jour de la démo : --at {day}) : cd {path} && jalon plan --at {day} && jalon task list && jalon log && git log --stat
# JalonCLI/Environment.swift — let dayFirst
cli.argumentReader.ambiguousDate = date ambiguë « {text} »
# JalonCLI/Environment.swift — let dayFirst
cli.argumentReader.ambiguousDateHint = écrivez {iso} ou {iso2}
# JalonCLI/Environment.swift — let message
cli.argumentReader.impossibleDate = date impossible « {text} »
# JalonCLI/Environment.swift — let message
cli.argumentReader.notADate = « {text} » n’est pas une date
# JalonCLI/Environment.swift — func effort(_ text: String) throws -> Effort
cli.effort.unreadable = durée illisible « {text} »
# JalonCLI/Environment.swift — func dependencies(_ values: [String]) throws -> [Dependency]
cli.dependencies = dépendance illisible « {text} »
# JalonCLI/Environment.swift — func hours(_ value: Double) throws -> Double
cli.hours = heures par jour invalides
# JalonCLI/Environment.swift — func hours(_ value: Double) throws -> Double
cli.hoursHint = un nombre entre 0,25 et 24, par ex. 3.5 ; « none » pour un temps plein
# JalonCLI/Environment.swift — func progress(_ value: Int) throws -> Int
cli.progress = avancement {value} hors de 0–100
# JalonCLI/Environment.swift — func progress(_ value: Int) throws -> Int
cli.progressHint = un pourcentage entre 0 et 100
# JalonCLI/Jalon.swift — let endDay
cli.init.endBeforeStart = la fin ({iso}) précède le début ({iso2})
# JalonCLI/Jalon.swift — let list
cli.init.tooFewStatuses = il faut au moins deux statuts distincts
# JalonCLI/Jalon.swift — let list
cli.init.statusesHint = par ex. --statuses todo,doing,done
# JalonCLI/Jalon.swift — let actor: Identity
cli.init.noIdentityHint = réglez d’abord votre identité Git : git config --global user.name "Prénom Nom" puis git config --global user.email ADRESSE
# JalonCLI/MemberCommands.swift — let emails
cli.add.noValidEmail = il faut au moins une adresse e-mail valide (--email)
# JalonCLI/MemberCommands.swift — let emails
cli.add.runHint = c’est l’adresse de ses commits Git : git config user.email
# JalonCLI/TaskCommands.swift — var draft
cli.add.dueBeforeStart = l’échéance ({iso}) précède le début ({iso2})
# JalonCLI/PlanCommands.swift — let toDay
cli.format.run.text = --to ({iso}) précède --from ({iso2})
# JalonCLI/DemoCommand.swift — var escaped
cli.split = guillemet non fermé : {text}
# JalonCLI/CalendarCommands.swift — let end
cli.period = la fin ({iso}) précède le début ({iso2})
# JalonCLI/Catalog+Team.swift — let helpRemoveAssignee
team.helpRemoveAssignee = Retirer un membre assigné (répétable).
# JalonCLI/Catalog+Team.swift — let helpUnassignAlias
team.helpUnassignAlias = Comme --remove-assignee.
# JalonCLI/Catalog+Team.swift — let helpAddLabel
team.helpAddLabel = Ajouter une étiquette (répétable).
# JalonCLI/Catalog+Team.swift — let helpRemoveLabel
team.helpRemoveLabel = Retirer une étiquette (répétable).
# JalonCLI/Catalog+Team.swift — let helpAddDepends
team.helpAddDepends = Ajouter une dépendance : T-A1, T-B2+2d, ss:T-A3 (répétable).
# JalonCLI/Catalog+Team.swift — let helpRemoveDepends
team.helpRemoveDepends = Retirer la dépendance à cette tâche ou ce jalon (répétable).
# JalonCLI/Catalog+Team.swift — let helpTaskDelete
team.helpTaskDelete = Supprimer une tâche (refusé si d’autres éléments y renvoient, sauf --force).
# JalonCLI/Catalog+Team.swift — let helpForceDelete
team.helpForceDelete = Supprimer aussi, dans le même commit, les renvois à la tâche (dépendances, actions de réunion, commentaires).
# JalonCLI/Catalog+Team.swift — let helpSort
team.helpSort = Trier par : id, title, status, assignee, milestone, start, due, estimate, progress (ou titre, statut, membre, jalon, début, échéance, charge, avancement).
# JalonCLI/Catalog+Team.swift — let helpReverse
team.helpReverse = Ordre inverse.
# JalonCLI/Catalog+Team.swift — let helpListLimit
team.helpListLimit = Afficher au plus N tâches.
# JalonCLI/Catalog+Team.swift — let helpLogMember
team.helpLogMember = Seulement les commits de ce membre (auteur ou co-auteur).
# JalonCLI/Catalog+Team.swift — let helpLogSince
team.helpLogSince = Seulement à partir de ce jour (inclus).
# JalonCLI/Catalog+Team.swift — let helpLogUntil
team.helpLogUntil = Seulement jusqu’à ce jour (inclus).
# JalonCLI/Catalog+Team.swift — func taskDeleted(_ id: String, _ title: String, _ commit: String) -> Text
team.taskDeleted = Tâche {id} « {title} » supprimée (commit {commit})
# JalonCLI/Catalog+Team.swift — let alsoChanged
team.alsoChanged = Dans le même commit :
# JalonCLI/Catalog+Team.swift — func moreTasks(_ n: Int, _ total: Int) -> Text
team.moreTasks = … et {n} {n|autre tâche|autres tâches} ({total} en tout ; --limit pour en voir plus)
# JalonCLI/Catalog+Team.swift — func badSortField(_ s: String) -> Text
team.badSortField = champ de tri inconnu « {s} »
# JalonCLI/Catalog+Team.swift — let sortFieldHint
team.sortFieldHint = un de : id, title, status, assignee, milestone, start, due, estimate, progress
# JalonCLI/Catalog+Team.swift — func badLimit(_ n: Int) -> Text
team.badLimit = --limit {n} : il faut un nombre au moins égal à 1
# JalonCLI/Catalog+Team.swift — func logUntilBeforeSince(_ since: String, _ until: String) -> Text
team.logUntilBeforeSince = --until {until} précède --since {since}
# JalonCLI/Catalog+Team.swift — let noLogMatch
team.noLogMatch = Aucun commit du tableau ne correspond à ces critères.
# JalonCLI/Catalog+Team.swift — func startedEarly(_ id: String, _ status: String, _ dependency: String, _ depStatus: String) -> Text
team.startedEarly = {id} passe à « {status} » alors que sa dépendance {dependency} n’est pas terminée (« {depStatus} »)
# JalonCLI/Catalog+Team.swift — func startedBeforeStart(_ id: String, _ status: String, _ dependency: String) -> Text
team.startedBeforeStart = {id} passe à « {status} » alors que {dependency}, qu’elle doit suivre au début (ss:), n’a pas commencé
# JalonCLI/Catalog+Team.swift — let helpSpecStatus
team.helpSpecStatus = Afficher le statut du cahier des charges, ou le changer : brouillon, en revue, validé.
# JalonCLI/Catalog+Team.swift — let helpSpecStatusValue
team.helpSpecStatusValue = Nouveau statut : draft (brouillon), review (en revue) ou validated (validé).
# JalonCLI/Catalog+Team.swift — let specVersionNeedsStatus
team.specVersionNeedsStatus = --version sans statut
# JalonCLI/Catalog+Team.swift — let specStatusHint
team.specStatusHint = par ex. « jalon spec status validé --version 1.0 »
# JalonCLI/Catalog+Team.swift — func specStatusIs(_ status: String, _ version: String) -> Text
team.specStatusIs = Cahier des charges : statut « {status} », version {version}
# JalonCLI/Catalog+Team.swift — func specStatusSet(_ from: String, _ to: String, _ commit: String) -> Text
team.specStatusSet = Cahier des charges : {from} → {to} (commit {commit})
# JalonCLI/Catalog+Team.swift — let helpMeetingAction
team.helpMeetingAction = Actions d’un compte-rendu.
# JalonCLI/Catalog+Team.swift — let helpMeetingActionAdd
team.helpMeetingActionAdd = Ajouter une action (qui fait quoi pour quand) à un compte-rendu.
# JalonCLI/Catalog+Team.swift — let helpActionWhat
team.helpActionWhat = Ce qui est à faire.
# JalonCLI/Catalog+Team.swift — let helpActionWho
team.helpActionWho = Qui le fait : un membre (id) ou le nom d’une personne extérieure.
# JalonCLI/Catalog+Team.swift — let helpActionDue
team.helpActionDue = Pour quand (AAAA-MM-JJ ou JJ/MM/AAAA).
# JalonCLI/Catalog+Team.swift — func actionOwnerOutside(_ who: String) -> Text
team.actionOwnerOutside = « {who} » est un invité, pas un membre : la tâche faite de cette action n’aura personne d’assigné.
# JalonCLI/SyncCommands.swift — func mergedFile(_ file: String, _ keys: [String]) -> Text
syncCmd.mergedFile = \u{20} fusionné : {file}
# JalonCLI/SyncCommands.swift — func mergedFile(_ file: String, _ keys: [String]) -> Text
syncCmd.mergedFileKeys = \u{20} fusionné : {file} ({keys})
# JalonCLI/SyncCommands.swift — func decision(_ d: BoardMerge.Decision) -> Text
syncCmd.decision = \u{20} même champ modifié des deux côtés : {file} {key} = {kept} ({winner}, plus récent) ; valeur écartée : {lost} ({loser})
# JalonCLI/SyncCommands.swift — func renumbered(_ r: Renumbering) -> Text
syncCmd.renumbered = \u{20} même identifiant créé des deux côtés : {old}, arrivé en second, devient {new} (fichier, commentaires et références réécrits)
# JalonCLI/SyncCommands.swift — func bodyConflict(_ file: String) -> Text
syncCmd.bodyConflict = \u{20} conflit dans le texte de {file} : marqueurs <<<<<<< laissés dans le corps ; corrigez puis « jalon check »
# JalonCLI/SyncCommands.swift, merge driver and setup — let helpDriver
syncCmd.helpDriver = Pilote de fusion pour Git (%O %A %B %P) : fusionne un fichier du tableau champ par champ ; n’écrit jamais sur la sortie standard.
# JalonCLI/SyncCommands.swift, merge driver and setup — let helpDriverBase
syncCmd.helpDriverBase = Version ancêtre (%O).
# JalonCLI/SyncCommands.swift, merge driver and setup — let helpDriverOurs
syncCmd.helpDriverOurs = Notre version, remplacée par le résultat (%A).
# JalonCLI/SyncCommands.swift, merge driver and setup — let helpDriverTheirs
syncCmd.helpDriverTheirs = Leur version (%B).
# JalonCLI/SyncCommands.swift, merge driver and setup — let helpDriverPath
syncCmd.helpDriverPath = Chemin du fichier dans le dépôt (%P).
# JalonCLI/SyncCommands.swift, merge driver and setup — let helpSetup
syncCmd.helpSetup = Prépare ce clone : pilote de fusion Jalon dans .git/config et .gitattributes du tableau, pour que git pull fusionne comme jalon sync.
# JalonCLI/SyncCommands.swift, merge driver and setup — func driverConfigured(_ exe: String) -> Text
syncCmd.driverConfigured = Pilote de fusion configuré dans .git/config ({exe} merge-driver).
# JalonCLI/SyncCommands.swift, merge driver and setup — func attributesCommitted(_ commit: String) -> Text
syncCmd.attributesCommitted = .gitattributes du tableau déclare le pilote (commit {commit}).
# JalonCLI/SyncCommands.swift, merge driver and setup — let attributesPresent
syncCmd.attributesPresent = .gitattributes du tableau déclare déjà le pilote.
# JalonCLI/SyncCommands.swift, merge driver and setup — func driverDecision(_ d: BoardMerge.Decision) -> Text
syncCmd.driverDecision = jalon merge-driver : {file} {key} = {kept} ({winner}) ; valeur écartée : {lost} ({loser})
# JalonCLI/SyncCommands.swift, merge driver and setup — func driverConflict(_ file: String) -> Text
syncCmd.driverConflict = jalon merge-driver : conflit dans le texte de {file}, marqueurs laissés dans le corps
# JalonCLI/SyncCommands.swift, sync — let helpSync
syncCmd.helpSync = Récupère, fusionne le tableau champ par champ et envoie : une commande, quelle que soit la branche extraite.
# JalonCLI/SyncCommands.swift, sync — let helpRemote
syncCmd.helpRemote = Dépôt distant : nom (origin par défaut, ou l’amont de la branche) ou URL.
# JalonCLI/SyncCommands.swift, sync — let helpDryRun
syncCmd.helpDryRun = Montre ce qui arriverait et partirait, et comment les conflits seraient réglés, sans rien changer.
# JalonCLI/SyncCommands.swift, sync — func header(_ remote: String, _ dry: Bool) -> Text
syncCmd.headerDryRun = Synchronisation avec {remote} (essai à blanc, rien n’est changé) :
# JalonCLI/SyncCommands.swift, sync — func header(_ remote: String, _ dry: Bool) -> Text
syncCmd.header = Synchronisation avec {remote} :
# JalonCLI/SyncCommands.swift, sync — func incoming(_ n: Int) -> Text
syncCmd.incoming = Reçu : {n} {n|commit|commits}
# JalonCLI/SyncCommands.swift, sync — func outgoing(_ n: Int, _ dry: Bool) -> Text
syncCmd.outgoingDryRun = À envoyer : {n} {n|commit|commits}
# JalonCLI/SyncCommands.swift, sync — func outgoing(_ n: Int, _ dry: Bool) -> Text
syncCmd.outgoing = Envoyé : {n} {n|commit|commits}
# JalonCLI/SyncCommands.swift, sync — let fastForward
syncCmd.fastForward = Avance rapide : aucun commit de fusion.
# JalonCLI/SyncCommands.swift, sync — func mergeCommit(_ c: String) -> Text
syncCmd.mergeCommit = Fusion du tableau champ par champ (commit {c}) :
# JalonCLI/SyncCommands.swift, sync — let wouldMerge
syncCmd.wouldMerge = Fusion du tableau champ par champ prévue :
# JalonCLI/SyncCommands.swift, sync — func tagsIn(_ t: [String]) -> Text
syncCmd.tagsIn = Étiquettes reçues : {t}
# JalonCLI/SyncCommands.swift, sync — func tagsOut(_ t: [String], _ dry: Bool) -> Text
syncCmd.tagsOutDryRun = Étiquettes à envoyer : {t}
# JalonCLI/SyncCommands.swift, sync — func tagsOut(_ t: [String], _ dry: Bool) -> Text
syncCmd.tagsOut = Étiquettes envoyées : {t}
# JalonCLI/SyncCommands.swift, sync — func tagMoved(_ t: String) -> Text
syncCmd.tagMoved = Attention : l’étiquette {t} désigne un autre objet sur le dépôt distant ; la vôtre est gardée (jalon verify pour vérifier)
# JalonCLI/SyncCommands.swift, sync — func tagDeleted(_ t: String) -> Text
syncCmd.tagDeleted = Attention : l’étiquette {t} avait été supprimée du dépôt distant ; elle y est renvoyée
# JalonCLI/SyncCommands.swift, sync — let upToDate
syncCmd.upToDate = Déjà à jour.
# JalonCLI/SyncCommands.swift, sync — func retries(_ n: Int) -> Text
syncCmd.retries = Le dépôt distant a bougé pendant l’échange : {n} {n|nouvel essai|nouveaux essais}.
# JalonCLI/SyncCommands.swift, status — let helpStatus
syncCmd.helpStatus = Branche du tableau face à son amont (en avance, en retard, divergente), commits non envoyés, état du dépôt, fichiers du tableau modifiés.
# JalonCLI/SyncCommands.swift, status — func branchLine(_ branch: String, _ upstream: String?, ahead: Int, behind: Int) -> Text
syncCmd.branchNoUpstream = Branche {branch} : pas d’amont (jalon sync l’envoie vers origin)
# JalonCLI/SyncCommands.swift, status — func branchLine(_ branch: String, _ upstream: String?, ahead: Int, behind: Int) -> Text
syncCmd.branchUpToDate = Branche {branch} : à jour avec {upstream}
# JalonCLI/SyncCommands.swift, status — func branchLine(_ branch: String, _ upstream: String?, ahead: Int, behind: Int) -> Text
syncCmd.branchAhead = Branche {branch} : en avance de {ahead} {ahead|commit|commits} sur {upstream}
# JalonCLI/SyncCommands.swift, status — func branchLine(_ branch: String, _ upstream: String?, ahead: Int, behind: Int) -> Text
syncCmd.branchBehind = Branche {branch} : en retard de {behind} {behind|commit|commits} sur {upstream}
# JalonCLI/SyncCommands.swift, status — func branchLine(_ branch: String, _ upstream: String?, ahead: Int, behind: Int) -> Text
syncCmd.branchDiverged = Branche {branch} : divergente de {upstream} ({ahead} en avance, {behind} en retard) ; jalon sync fusionne
# JalonCLI/SyncCommands.swift, status — func unpushed(_ n: Int) -> Text
syncCmd.unpushed = Commits du tableau non envoyés : {n} (jalon sync)
# JalonCLI/SyncCommands.swift, status — func state(_ operation: (what: Text, hint: Text)?) -> Text
syncCmd.noOperation = Dépôt : aucune opération Git en cours
# JalonCLI/SyncCommands.swift, status — func state(_ operation: (what: Text, hint: Text)?) -> Text
syncCmd.operationInProgress = Dépôt : {what} ; le tableau ne change pas d’ici là : {hint}
# JalonCLI/SyncCommands.swift, status — func edits(_ files: [String]) -> Text
syncCmd.noEdits = Fichiers du tableau : aucune modification non commitée
# JalonCLI/SyncCommands.swift, status — func edits(_ files: [String]) -> Text
syncCmd.editedFiles = Fichiers du tableau modifiés, non commités : {files}
# JalonCLI/SyncCommands.swift, status — func unpushedReminder(_ n: Int) -> Text
syncCmd.unpushedReminder = {n} {n|commit du tableau pas encore envoyé|commits du tableau pas encore envoyés} à l’équipe : lancez jalon sync
# JalonCLI/HistoryCommands.swift — let text
history.exclude.help = Motif de fichiers à exclure des lignes (répétable), par ex. 'assets/**'.
# JalonCLI/HistoryCommands.swift — var exclude: [String]
history.noDefaultExcludes.help = Compter aussi les fichiers de verrouillage, minifiés, vendored et générés.
# JalonCLI/HistoryCommands.swift — var configuration: CommandConfiguration
history.contributionsReport.configuration = Contribution de chaque membre, tirée de l’historique Git (pour le jury).
# JalonCLI/HistoryCommands.swift — @OptionGroup var exclusions: ExclusionOptions
history.contributions.from = Premier jour compté.
# JalonCLI/HistoryCommands.swift — @OptionGroup var exclusions: ExclusionOptions
history.contributions.to = Dernier jour compté.
# JalonCLI/HistoryCommands.swift — @OptionGroup var exclusions: ExclusionOptions
history.contributions.member = Dossier de preuves d’un seul membre (id), prêt à imprimer.
# JalonCLI/HistoryCommands.swift — @OptionGroup var exclusions: ExclusionOptions
history.contributions.surviving = Ajouter les lignes encore présentes à la tête, créditées comme par git blame.
# JalonCLI/HistoryCommands.swift — @OptionGroup var exclusions: ExclusionOptions
history.contributions.format = Format : text, markdown, csv, json, html.
# JalonCLI/HistoryCommands.swift — @OptionGroup var exclusions: ExclusionOptions
history.contributions.all = Lister toutes les contributions notables (sinon les 12 plus probantes par membre).
# JalonCLI/HistoryCommands.swift — @OptionGroup var exclusions: ExclusionOptions
history.contributions.explain = Avec --member : les commits derrière un chiffre (commits, reviews, selfReviews, tasksDone, tasksClosed, tasksCreated, documents, minutes, comments, contentLines, linesAdded…).
# JalonCLI/HistoryCommands.swift — let toDay
history.contributions.toBeforeFrom = --to ({iso}) précède --from ({iso2})
# JalonCLI/HistoryCommands.swift — var figure: Reports.ContributionReport.Metric?
history.contributions.explainNeedsMember = --explain demande --member MEMBRE
# JalonCLI/HistoryCommands.swift — let names
history.contributions.unknownFigure = chiffre inconnu « {explain} »
# JalonCLI/HistoryCommands.swift — let names
history.contributions.unknownFigureHint = chiffres : {names}
# JalonCLI/HistoryCommands.swift — var configuration: CommandConfiguration
history.grilleCommand.configuration = Grille d’aide à l’évaluation C1.3 : les faits de chaque critère, avec leurs commits (jamais une note).
# JalonCLI/HistoryCommands.swift — @OptionGroup var global: GlobalOptions
history.grille.member = Un seul membre (id).
# JalonCLI/HistoryCommands.swift — @OptionGroup var global: GlobalOptions
history.grille.format = Format : text, markdown, html, json.
# JalonCLI/HistoryCommands.swift — var configuration: CommandConfiguration
history.dossier.abstract = Dossier numérique personnel d’un membre (HTML autonome et Markdown, avec les fichiers à leur commit).
# JalonCLI/HistoryCommands.swift — @OptionGroup var global: GlobalOptions
history.dossier.member = Le membre (id).
# JalonCLI/HistoryCommands.swift — @OptionGroup var global: GlobalOptions
history.dossier.out = Dossier où l’écrire (créé s’il n’existe pas).
# JalonCLI/HistoryCommands.swift — let url
history.dossier.cannotWrite = impossible d’écrire le dossier dans {base} : {localizedDescription}
# JalonCLI/HistoryCommands.swift — let url
history.dossier.cannotWriteHint = choisissez un dossier où vous pouvez écrire (--out)
# JalonCLI/HistoryCommands.swift — let url
history.dossier.written = Dossier de {name} écrit dans {base} : index.html, dossier.md et {written} {written|fichier copié|fichiers copiés} à leur commit.
# JalonCLI/HistoryCommands.swift — var configuration: CommandConfiguration
history.taskHistoryCommand.configuration = Tout l’historique d’une tâche, commit par commit.
# JalonCLI/HistoryCommands.swift — var configuration: CommandConfiguration
history.activity.abstract = Qui a fait quoi, semaine par semaine (graphique texte).
# JalonCLI/HistoryCommands.swift — @OptionGroup var global: GlobalOptions
history.activity.weeks = Nombre de semaines, jusqu’à celle d’aujourd’hui.
# JalonCLI/HistoryCommands.swift — func validate() throws
history.activityCommand.validate = --weeks : entre 1 et 520
# JalonCLI/HistoryCommands.swift — var configuration: CommandConfiguration
history.sealCommand.configuration = Sceller l’état actuel de l’historique (étiquette annotée jalon/seal/DATE).
# JalonCLI/HistoryCommands.swift — let (actor, _)
history.sealCommand.run = Déjà scellé : l’étiquette {tag} est sur le commit {short} ; rien à faire.
# JalonCLI/HistoryCommands.swift — var configuration: CommandConfiguration
history.verify.abstract = Vérifier les scellés (historique réécrit ?) et lister les faits inhabituels. Code 1 si un scellé est rompu.
# JalonCLI/HistoryCommands.swift — @OptionGroup var exclusions: ExclusionOptions
history.verify.remote = Comparer aussi les scellés et les références (baselines) avec ceux du dépôt distant (origin par défaut) : supprimés ou déplacés là-bas ? Code 1 si oui.
# JalonCLI/HistoryCommands.swift — @OptionGroup var exclusions: ExclusionOptions
history.verify.remoteName = Le dépôt distant de --remote (nom ou URL).
# JalonCLI/HistoryCommands.swift — func validate() throws
history.verifyCommand.validate = un nom de dépôt distant va avec --remote
# JalonCLI/TrainerCommands.swift — let status
trainerCmd.status = Rapport d’avancement de la semaine : jalons, retards, charge, réunions, risques.
# JalonCLI/TrainerCommands.swift — let bilan
trainerCmd.bilan = Bilan du projet : prévu et réalisé, exactitude des estimations, leçons et mesures correctives.
# JalonCLI/TrainerCommands.swift — let classOverview
trainerCmd.classOverview = Vue d’ensemble d’une classe : une ligne et une page par équipe.
# JalonCLI/TrainerCommands.swift — let export
trainerCmd.export = Exporter : ics (agenda), mermaid (Gantt pour GitLab/GitHub), html (site de rapports).
# JalonCLI/TrainerCommands.swift — let week
trainerCmd.week = Semaine ISO couverte, par ex. 2026-W50 (défaut : la semaine en cours).
# JalonCLI/TrainerCommands.swift — let format
trainerCmd.format = Format : text, markdown, csv, json ou html.
# JalonCLI/TrainerCommands.swift — let out
trainerCmd.out = Écrire dans ce fichier (html : ce dossier) plutôt que sur la sortie standard.
# JalonCLI/TrainerCommands.swift — let baseline
trainerCmd.baseline = Planning de référence (défaut : le premier enregistré).
# JalonCLI/TrainerCommands.swift — let save
trainerCmd.save = Enregistrer le bilan dans le tableau (docs/bilan/…md, un commit).
# JalonCLI/TrainerCommands.swift — let force
trainerCmd.force = Avec --save : remplacer un bilan du même jour.
# JalonCLI/TrainerCommands.swift — let classFile
trainerCmd.classFile = Fichier YAML de la classe (teams: name + path ou url).
# JalonCLI/TrainerCommands.swift — let cache
trainerCmd.cache = Dossier du cache des dépôts distants (défaut : ~/.cache/jalon/class).
# JalonCLI/TrainerCommands.swift — let what
trainerCmd.what = ics, mermaid ou html.
# JalonCLI/TrainerCommands.swift — func badWeek(_ text: String) -> JalonError
trainerCmd.badWeek = semaine illisible « {text} »
# JalonCLI/TrainerCommands.swift — func badWeek(_ text: String) -> JalonError
trainerCmd.badWeekHint = écrivez AAAA-Wnn, par ex. 2026-W50
# JalonCLI/TrainerCommands.swift — let htmlNeedsOut
trainerCmd.htmlNeedsOut = « export html » écrit un site : il faut --out DOSSIER
# JalonCLI/TrainerCommands.swift — let htmlNeedsOut
trainerCmd.htmlNeedsOutHint = par ex. jalon export html --out site/
# JalonCLI/TrainerCommands.swift — func bilanExists(_ path: String) -> JalonError
trainerCmd.bilanExists = le bilan {path} existe déjà
# JalonCLI/TrainerCommands.swift — func bilanExists(_ path: String) -> JalonError
trainerCmd.bilanExistsHint = l’équipe l’a peut-être complété : ouvrez-le, ou relancez avec --force pour le remplacer (l’ancienne version reste dans Git)
# JalonCLI/TrainerCommands.swift — func bilanSaved(_ path: String, _ commit: String) -> Text
trainerCmd.bilanSaved = Bilan enregistré dans {path} (commit {commit}) : complétez la section « Leçons et mesures correctives ».
# JalonCLI/TrainerCommands.swift — func written(_ path: String) -> Text
trainerCmd.written = Écrit : {path}
# JalonCLI/TrainerCommands.swift — func cannotWrite(_ path: String, _ error: Error) -> JalonError
trainerCmd.cannotWrite = impossible d’écrire {path} : {localizedDescription}
# JalonCLI/TrainerCommands.swift — func cannotWrite(_ path: String, _ error: Error) -> JalonError
trainerCmd.cannotWriteHint = vérifiez le chemin et les droits
# JalonCLI/TrainerCommands.swift — func teamFailed(_ name: String, _ message: String) -> Text
trainerCmd.teamFailed = équipe « {name} » : {message}
# JalonCLI/TrainerCommands.swift, Commands — var board
trainerCmd.classReport.run = {file}{line} : {message}
# JalonCLI/ParserText.swift — let overview
parser.overview = RÉSUMÉ :
# JalonCLI/ParserText.swift — let usage
parser.usage = UTILISATION :
# JalonCLI/ParserText.swift — let arguments
parser.arguments = ARGUMENTS :
# JalonCLI/ParserText.swift — let options
parser.options = OPTIONS :
# JalonCLI/ParserText.swift — let subcommands
parser.subcommands = SOUS-COMMANDES :
# JalonCLI/ParserText.swift — let subcommandPlaceholder
parser.subcommandPlaceholder = <sous-commande>
# JalonCLI/ParserText.swift — let optionsPlaceholder
parser.optionsPlaceholder = [<options>]
# JalonCLI/ParserText.swift — let showVersion
parser.showVersion = Afficher la version.
# JalonCLI/ParserText.swift — let showHelp
parser.showHelp = Afficher l’aide.
# JalonCLI/ParserText.swift — let showSubcommandHelp
parser.showSubcommandHelp = Afficher l’aide d’une sous-commande.
# JalonCLI/ParserText.swift — func seeHelp(_ root: String, _ path: String) -> Text
parser.seeHelp = Voir « {root} help {path}<sous-commande> » pour l’aide détaillée.
# JalonCLI/ParserText.swift — func seeMore(_ command: String) -> Text
parser.seeMore = Voir « {command} --help » pour plus d’informations.
# JalonCLI/ParserText.swift — func defaultValue(_ v: String) -> Text
parser.defaultValue = (par défaut\u{A0}: {v})
# JalonCLI/ParserText.swift — func values(_ v: String) -> Text
parser.values = (valeurs\u{A0}: {v})
# JalonCLI/ParserText.swift — func valuesAndDefault(_ v: String, _ d: String) -> Text
parser.valuesAndDefault = (valeurs\u{A0}: {v}\u{A0}; par défaut\u{A0}: {d})
# JalonCLI/ParserText.swift — let helpLabel
parser.helpLabel = Aide :\u{20}
# JalonCLI/ParserText.swift — let usageLabel
parser.usageLabel = Utilisation :\u{20}
# JalonCLI/TimeCommands.swift — let time
timeCmd.time = Temps passé : saisir et lister le temps passé sur les tâches.
# JalonCLI/TimeCommands.swift — let log
timeCmd.log = Saisir du temps passé sur une tâche (un fichier time/…md, un commit).
# JalonCLI/TimeCommands.swift — let list
timeCmd.list = Lister le temps passé, avec le total par membre (csv pour un tableur).
# JalonCLI/TimeCommands.swift — let amount
timeCmd.amount = Temps passé, par ex. 2h ou 0.5h (1d = 8 h).
# JalonCLI/TimeCommands.swift — let date
timeCmd.date = Jour du travail (défaut : aujourd’hui).
# JalonCLI/TimeCommands.swift — let note
timeCmd.note = Ce qui a été fait.
# JalonCLI/TimeCommands.swift — let member
timeCmd.member = Seulement ce membre.
# JalonCLI/TimeCommands.swift — let week
timeCmd.week = Seulement cette semaine ISO, par ex. 2026-W50 ou 2026-S50.
# JalonCLI/TimeCommands.swift — let task
timeCmd.task = Seulement cette tâche.
# JalonCLI/TimeCommands.swift — let format
timeCmd.format = Format : text, markdown, csv, json ou html.
# JalonCLI/TimeCommands.swift — let out
timeCmd.out = Écrire dans ce fichier plutôt que sur la sortie standard.
# JalonCLI/TimeCommands.swift — func logged(_ hours: String, _ id: String, _ day: String, _ file: String, _ commit: String) -> Text
timeCmd.logged = {hours} saisies sur {id} le {day} ({file}, commit {commit})
# JalonCLI/TimeCommands.swift — func badWeek(_ text: String) -> JalonError
timeCmd.badWeek = semaine illisible « {text} »
# JalonCLI/TimeCommands.swift — func badWeek(_ text: String) -> JalonError
timeCmd.badWeekHint = écrivez AAAA-Wnn ou AAAA-Snn, par ex. 2026-W50
# JalonCLI/BurndownCommand.swift — let abstract
burndownCmd.abstract = Burndown et burnup : reste à faire par jour ouvré, ligne idéale, référence, aujourd’hui.
# JalonCLI/BurndownCommand.swift — let baseline
burndownCmd.baseline = Planning de référence à tracer (défaut : le premier enregistré à la date de situation).
# JalonCLI/DocsCLIText.swift — let helpSpec
docsCmd.helpSpec = Cahier des charges (spec.md) : créer, afficher, vérifier, relier les livrables.
# JalonCLI/DocsCLIText.swift — let helpSpecInit
docsCmd.helpSpecInit = Créer spec.md depuis le modèle du tableau (FR ou EN selon sa langue).
# JalonCLI/DocsCLIText.swift — let helpSpecShow
docsCmd.helpSpecShow = Afficher les rubriques, leur état, les livrables et le budget.
# JalonCLI/DocsCLIText.swift — let helpSpecCheck
docsCmd.helpSpecCheck = Vérifier le cahier des charges : rubriques vides, livrables non reliés, dates, budget.
# JalonCLI/DocsCLIText.swift — let helpSpecLink
docsCmd.helpSpecLink = Relier un livrable (L1) à des jalons ou des tâches.
# JalonCLI/DocsCLIText.swift — let helpMarkdown
docsCmd.helpMarkdown = Afficher le fichier Markdown tel quel.
# JalonCLI/DocsCLIText.swift — let helpDeliverable
docsCmd.helpDeliverable = Livrable du cahier des charges (L1, L2…).
# JalonCLI/DocsCLIText.swift — let helpItems
docsCmd.helpItems = Jalons ou tâches (M-A1, T-B2…).
# JalonCLI/DocsCLIText.swift — let helpDoc
docsCmd.helpDoc = Documents du projet (docs/) : créer, lister, arborescence, statut.
# JalonCLI/DocsCLIText.swift — let helpDocNew
docsCmd.helpDocNew = Créer un document depuis un modèle (note, compte-rendu, fiche-recette, rapport-hebdo) ou joindre un fichier.
# JalonCLI/DocsCLIText.swift — let helpDocList
docsCmd.helpDocList = Index des documents : auteur, statut, version, dernière modification et par qui.
# JalonCLI/DocsCLIText.swift — let helpDocTree
docsCmd.helpDocTree = Arborescence des documents.
# JalonCLI/DocsCLIText.swift — let helpDocShow
docsCmd.helpDocShow = Afficher un document (id D-… ou chemin).
# JalonCLI/DocsCLIText.swift — let helpDocStatus
docsCmd.helpDocStatus = Changer le statut : brouillon → en revue → validé (draft, review, validated ; qui valide et quand sont notés).
# JalonCLI/DocsCLIText.swift — let helpDocRename
docsCmd.helpDocRename = Renommer un document selon la règle de nommage.
# JalonCLI/DocsCLIText.swift — let helpDocCheck
docsCmd.helpDocCheck = Vérifier documents, comptes-rendus, commentaires et cahier des charges.
# JalonCLI/DocsCLIText.swift — let helpDocKey
docsCmd.helpDocKey = Document : identifiant (D-A1) ou chemin (docs/…).
# JalonCLI/DocsCLIText.swift — let helpDocTemplate
docsCmd.helpDocTemplate = Modèle : note, compte-rendu, fiche-recette, rapport-hebdo, ou un modèle du tableau (templates/).
# JalonCLI/DocsCLIText.swift — let helpFolder
docsCmd.helpFolder = Dossier sous docs/ (par ex. conception).
# JalonCLI/DocsCLIText.swift — let helpFileName
docsCmd.helpFileName = Nom de fichier (sinon construit depuis le titre).
# JalonCLI/DocsCLIText.swift — let helpTag
docsCmd.helpTag = Étiquette (répétable).
# JalonCLI/DocsCLIText.swift — let helpAttach
docsCmd.helpAttach = Fichier à joindre (PDF, image, bureautique) ; une fiche .meta.yml l’accompagne.
# JalonCLI/DocsCLIText.swift — let helpDocStatusValue
docsCmd.helpDocStatusValue = draft, review ou validated.
# JalonCLI/DocsCLIText.swift — let helpVersion
docsCmd.helpVersion = Nouvelle version (par ex. 1.0).
# JalonCLI/DocsCLIText.swift — let helpFilterDocStatus
docsCmd.helpFilterDocStatus = Seulement ce statut (brouillon, en revue, validé).
# JalonCLI/DocsCLIText.swift — let helpNewName
docsCmd.helpNewName = Nouveau nom (sinon : le nom conforme proposé).
# JalonCLI/DocsCLIText.swift — let helpMeeting
docsCmd.helpMeeting = Comptes-rendus de réunion (meetings/) : créer, actions, lister, afficher.
# JalonCLI/DocsCLIText.swift — let helpMeetingNew
docsCmd.helpMeetingNew = Créer un compte-rendu, ordre du jour pré-rempli (retards, jalons, questions ouvertes).
# JalonCLI/DocsCLIText.swift — let helpMeetingActions
docsCmd.helpMeetingActions = Lister les actions ; --create-tasks en fait des tâches assignées, reliées au compte-rendu.
# JalonCLI/DocsCLIText.swift — let helpMeetingList
docsCmd.helpMeetingList = Lister les comptes-rendus.
# JalonCLI/DocsCLIText.swift — let helpMeetingShow
docsCmd.helpMeetingShow = Afficher un compte-rendu.
# JalonCLI/DocsCLIText.swift — let helpMeetingKey
docsCmd.helpMeetingKey = Compte-rendu : identifiant (R-A1) ou chemin.
# JalonCLI/DocsCLIText.swift — let helpMeetingDate
docsCmd.helpMeetingDate = Date de la réunion (défaut : aujourd’hui).
# JalonCLI/DocsCLIText.swift — let helpAttendees
docsCmd.helpAttendees = Membres présents (ids, séparés par des virgules).
# JalonCLI/DocsCLIText.swift — let helpGuests
docsCmd.helpGuests = Personnes extérieures présentes (répétable).
# JalonCLI/DocsCLIText.swift — let helpMeetingTemplate
docsCmd.helpMeetingTemplate = Modèle (défaut : reunion-hebdo).
# JalonCLI/DocsCLIText.swift — let helpMeetingTitle
docsCmd.helpMeetingTitle = Titre (défaut : celui du modèle).
# JalonCLI/DocsCLIText.swift — let helpCreateTasks
docsCmd.helpCreateTasks = Créer une tâche pour chaque action qui n’en a pas.
# JalonCLI/DocsCLIText.swift — let helpComment
docsCmd.helpComment = Commenter une tâche, un jalon, un document ou un compte-rendu (@membre pour mentionner).
# JalonCLI/DocsCLIText.swift — let helpCommentAdd
docsCmd.helpCommentAdd = Ajouter un commentaire : jalon comment T-A1 "texte @bob".
# JalonCLI/DocsCLIText.swift — let helpCommentList
docsCmd.helpCommentList = Lister les commentaires d’un élément, dans l’ordre du temps.
# JalonCLI/DocsCLIText.swift — let helpItem
docsCmd.helpItem = Élément commenté (T-A1, M-A1, D-A1, R-A1).
# JalonCLI/DocsCLIText.swift — let helpCommentText
docsCmd.helpCommentText = Texte (Markdown) ; @bob mentionne bob, @tous toute l’équipe.
# JalonCLI/DocsCLIText.swift — let helpNews
docsCmd.helpNews = Ce qui a changé pour vous depuis votre dernière lecture.
# JalonCLI/DocsCLIText.swift — let helpSince
docsCmd.helpSince = Depuis : last (dernière lecture, défaut) ou une date.
# JalonCLI/DocsCLIText.swift — let helpPeek
docsCmd.helpPeek = Ne pas noter cette lecture.
# JalonCLI/DocsCLIText.swift — let helpRemind
docsCmd.helpRemind = Rappels : échéances proches, retards, blocages, relectures, mentions — texte ou Markdown à coller.
# JalonCLI/DocsCLIText.swift — let helpDays
docsCmd.helpDays = Horizon des échéances en jours (défaut 3).
# JalonCLI/DocsCLIText.swift — let helpRemindMember
docsCmd.helpRemindMember = Seulement ce membre (sinon toute l’équipe).
# JalonCLI/DocsCLIText.swift — let helpRemindFormat
docsCmd.helpRemindFormat = Format : text, markdown ou json.
# JalonCLI/DocsCLIText.swift — let helpMerge
docsCmd.helpMerge = Fusionner une autre branche (par ex. origin/main après git fetch) dans la branche du tableau.
# JalonCLI/DocsCLIText.swift — let helpRef
docsCmd.helpRef = Branche, étiquette ou commit à fusionner.
# JalonCLI/DocsCLIText.swift — func specCreated(_ path: String, _ commit: String) -> Text
docsCmd.specCreated = Cahier des charges créé : {path} (commit {commit}) ; complétez-le puis « jalon spec check »
# JalonCLI/DocsCLIText.swift — func specLinked(_ d: String, _ items: String, _ commit: String) -> Text
docsCmd.specLinked = Livrable {d} relié à {items} (commit {commit})
# JalonCLI/DocsCLIText.swift — func specOK(_ sections: Int, _ deliverables: Int) -> Text
docsCmd.specOK = Cahier des charges complet : {sections} {sections|rubrique|rubriques}, {deliverables} {deliverables|livrable relié|livrables reliés}.
# JalonCLI/DocsCLIText.swift — func docCreated(_ id: String, _ path: String, _ commit: String) -> Text
docsCmd.docCreated = Document {id} créé : {path} (commit {commit})
# JalonCLI/DocsCLIText.swift — func docStatus(_ id: String, _ from: String, _ to: String, _ commit: String) -> Text
docsCmd.docStatus = Document {id} : {from} → {to} (commit {commit})
# JalonCLI/DocsCLIText.swift — func docValidated(_ by: String, _ at: String) -> Text
docsCmd.docValidated = Validé par {by} le {at}
# JalonCLI/DocsCLIText.swift — func docUnchanged(_ id: String) -> Text
docsCmd.docUnchanged = {id} : rien à changer, aucun commit
# JalonCLI/DocsCLIText.swift — func docRenamed(_ from: String, _ to: String, _ commit: String) -> Text
docsCmd.docRenamed = Document renommé : {from} → {to} (commit {commit})
# JalonCLI/DocsCLIText.swift — func docsOK(_ n: Int) -> Text
docsCmd.docsOK = Documentation en ordre : {n} {n|document|documents}.
# JalonCLI/DocsCLIText.swift — func meetingCreated(_ id: String, _ path: String, _ commit: String) -> Text
docsCmd.meetingCreated = Compte-rendu {id} créé : {path} (commit {commit}) ; notez les décisions et les actions (actions:)
# JalonCLI/DocsCLIText.swift — func tasksCreated(_ ids: String, _ meeting: String, _ commit: String) -> Text
docsCmd.tasksCreated = Tâches {ids} créées depuis les actions de {meeting} (commit {commit})
# JalonCLI/DocsCLIText.swift — let m
docsCmd.commentAdded = Commentaire ajouté sur {item}{m} : {path} (commit {commit})
# JalonCLI/DocsCLIText.swift — let upToDate
docsCmd.upToDate = Déjà à jour : rien à fusionner.
# JalonCLI/DocsCLIText.swift — func fastForward(_ commit: String, _ n: Int) -> Text
docsCmd.fastForward = Avance rapide jusqu’à {commit} : {n} {n|fichier mis à jour|fichiers mis à jour}, aucun commit de fusion nécessaire.
# JalonCLI/DocsCLIText.swift — func merged(_ commit: String, _ n: Int) -> Text
docsCmd.merged = Fusion faite sans conflit (commit {commit}) : {n} {n|fichier mis à jour|fichiers mis à jour}.
# JalonCLI/DocsCLIText.swift — func mergedWithBodyConflicts(_ commit: String, _ n: Int) -> Text
docsCmd.mergedWithBodyConflicts = Fusion faite (commit {commit}) : {n} {n|fichier mis à jour|fichiers mis à jour} ; des textes gardent des marqueurs de conflit.
# JalonCLI/DocsCLIText.swift — func notAMemberForNews(_ name: String) -> JalonError
docsCmd.notAMemberForNews = {name} n’est pas membre du tableau : les nouveautés sont celles d’un membre
# JalonCLI/DocsCLIText.swift — func notAMemberForNews(_ name: String) -> JalonError
docsCmd.notAMemberForNewsHint = passez --as MEMBRE
# JalonCLI/DocsCLIText.swift — let firstNews
docsCmd.firstNews = votre première lecture (7 derniers jours)
# JalonCLI/DocsCLIText.swift — func badDays(_ n: Int) -> JalonError
docsCmd.badDays = nombre de jours invalide ({n})
# JalonCLI/DocsCLIText.swift — func badDays(_ n: Int) -> JalonError
docsCmd.badDaysHint = un nombre entre 0 et 365
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.context = Contexte et organisation
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.needs = Besoins
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.objectives = Objectifs mesurables
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.scope = Périmètre
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.outOfScope = Hors périmètre
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.deliverables = Livrables
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.constraints = Contraintes
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.deadlines = Délais
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.budget = Budget prévisionnel
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.technical = Contraintes techniques
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.legal = Contraintes juridiques (RGPD, accessibilité)
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.stakeholders = Parties prenantes et rôles
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.organisation = Modalités organisationnelles
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.acceptance = Critères de recette
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.risks = Risques
# JalonCLI/Catalog+Team.swift — `jalon meeting action` done: which minutes, what, who, its due date (team.meetingActionDue), the commit
team.meetingActionAdded = Action ajoutée à {meeting} : « {what} », par {who}{due} (commit {commit})
# JalonCLI/Catalog+Team.swift — the due date of an action of minutes
team.meetingActionDue = , pour le {due}
# JalonCLI/SyncCommands.swift — the branch checked out, or syncCmd.detachedHead
syncCmd.checkedOut = Branche extraite : {branch}
# JalonCLI/SyncCommands.swift — no branch is checked out
syncCmd.detachedHead = (HEAD détachée)
# JalonCLI/HistoryCommands.swift — progress while the history is read the first time (standard error)
history.progress = Lecture de l’historique : {done}/{total} commits
# JalonCLI/TrainerCommands.swift — file name of a saved project review (docs/bilan/DATE-NAME.md): lower case, hyphens, no accents
trainerCmd.bilanFileName = bilan-du-projet
# JalonCLI/TrainerCommands.swift — commit subject of a saved project review
trainerCmd.bilanSubject = Bilan du projet enregistré ({path})
# JalonCLI/TrainerCommands.swift — why a team's board could not be read, and the first detail
trainerCmd.teamFailedDetail = {message} — {detail}
# JalonCLI/ParserText.swift — a section of a help page, its title in capitals
parser.sectionTitle = {title} :
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.unknownOptionSuggestion = option inconnue « $1 ». Vouliez-vous dire « $2 » ?
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.unknownOption = option inconnue « $1 »
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.orMissingValue = \n   ou : valeur manquante pour « $1 » dans « $2 »
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.missingValue = valeur manquante pour « $1 »
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.missingArgument = argument attendu manquant : « $1 »
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.missingOneOf = il manque l’un de ces arguments : $1
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.unexpectedArgument = argument inattendu « $1 »
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.unexpectedArguments = $1 arguments inattendus : $2
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.noValueTaken = l’option « $1 » ne prend pas de valeur, mais « $2 » a été donné.
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.invalidValueFor = la valeur « $1 » n’est pas valide pour « $2 »
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.invalidValue = la valeur « $1 » n’est pas valide.
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.provideOneOfList = . Valeurs possibles :
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.provideOneOf = . Valeurs possibles : $1.
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.missingSubcommand = sous-commande manquante.
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.invalidOption = option invalide :\u{20}
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.alreadySet = la valeur donnée par $1 était déjà donnée par $2
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.flag = l’option '
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.quotedPair = « $1 » et « $2 »
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.quotedChoice = « $1 » ou « $2 »
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.quoted = « $1 »
# BoardCore/SpecCodec.swift — the locale amounts of money are written in (grouping and decimal marks)
language.locale = fr_FR
"""#)
}
