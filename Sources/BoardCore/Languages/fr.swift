// The French table of every user-facing text (see `TextTable` for the format): one
// `key = template` line per text, after a comment line saying where it is shown. A key missing
// here is shown from the English table.
extension TextTable {
    static let fr = TextTable(source: #"""
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
core.unknownMemberHint = ajoutez-le avec « jalon member add »
# BoardCore/Catalog.swift, Cross-file problems — func unknownMemberHint(_ ids: [String]) -> Text
core.unknownMemberHint2 = membres : {ids} ; ou « jalon member add »
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
# BoardStore/ActionError.swift — func unknownMember(_ id: String, _ known: [String]) -> JalonError
action.unknownMember3 = membre inconnu « {id} »
# BoardStore/ActionError.swift — func unknownMember(_ id: String, _ known: [String]) -> JalonError
action.unknownMember = ajoutez-le d’abord : jalon member add {id} --name … --email …
# BoardStore/ActionError.swift — func unknownMember(_ id: String, _ known: [String]) -> JalonError
action.unknownMember2 = membres : {known}
# BoardStore/ActionError.swift — let noIdentity
action.noIdentity = impossible de savoir qui agit
# BoardStore/ActionError.swift — let noIdentity
action.noIdentityHint = réglez git config user.name et user.email, ou passez --as MEMBRE
# BoardStore/ActionError.swift — func noIdentityForAs(_ member: String) -> JalonError
action.noIdentityForAs = --as {member} : votre propre identité Git est inconnue, or elle doit rester celle du committer
# BoardStore/ActionError.swift — func noIdentityForAs(_ member: String) -> JalonError
action.noIdentityForAsHint = réglez git config user.name et user.email (le commit sera au nom de {member}, committé par vous)
# BoardStore/ActionError.swift — func unknownItem(_ id: String) -> JalonError
action.unknownItem = {id} n’existe pas
# BoardStore/ActionError.swift — func unknownItem(_ id: String) -> JalonError
action.unknownItemHint = voyez « jalon task list » ou « jalon milestone list »
# BoardStore/ActionError.swift — func badID(_ text: String) -> JalonError
action.badID = « {text} » n’est pas un identifiant
# BoardStore/ActionError.swift — func notAnItemPath(_ text: String) -> JalonError
action.notAnItemPath = « {text} » ne désigne aucun fichier de tâche, de jalon, de commentaire, de temps, de compte-rendu ni de document de ce tableau
# BoardStore/ActionError.swift — func notAnItemPath(_ text: String) -> JalonError
action.notAnItemPathHint = donnez l’identifiant (T-A1, M-A1) ou le chemin que Jalon affiche (tasks/T-A1.md) ; --board choisit le tableau
# BoardStore/ActionError.swift — func unknownStatus(_ status: String, _ statuses: [String]) -> JalonError
action.unknownStatus = statut inconnu « {status} »
# BoardStore/ActionError.swift — let emptyTitle
action.emptyTitle = le titre est vide
# BoardStore/ActionError.swift — let emptyTitle
action.emptyTitleHint = donnez un titre entre guillemets
# BoardStore/ActionError.swift — func cycle(_ cycle: String) -> JalonError
action.cycle = cette dépendance crée un cycle : {cycle}
# BoardStore/ActionError.swift — func cycle(_ cycle: String) -> JalonError
action.cycleHint = une tâche ne peut pas dépendre, même indirectement, d’elle-même
# BoardStore/ActionError.swift — func brokenFile(_ path: String, _ details: [Text]) -> JalonError
action.brokenFile = {path} est illisible : Jalon ne le réécrira pas
# BoardStore/ActionError.swift — func brokenFile(_ path: String, _ details: [Text]) -> JalonError
action.brokenFileHint = corrigez le fichier (jalon check dit où), puis relancez ; rien n’a été modifié
# BoardStore/ActionError.swift — func badMemberID(_ id: String) -> JalonError
action.badMemberID = identifiant de membre invalide « {id} »
# BoardStore/ActionError.swift — func badMemberID(_ id: String) -> JalonError
action.badMemberIDHint = lettres et chiffres sans espace ni accent, par ex. alice
# BoardStore/ActionError.swift — func memberExists(_ id: String) -> JalonError
action.memberExists = le membre « {id} » existe déjà
# BoardStore/ActionError.swift — func emailTaken(_ email: String, _ owner: String) -> JalonError
action.emailTaken = l’adresse {email} est déjà celle de {owner}
# BoardStore/ActionError.swift — func codeTaken(_ code: String) -> JalonError
action.codeTaken = code de membre « {code} » indisponible
# BoardStore/ActionError.swift — func codeTaken(_ code: String) -> JalonError
action.codeTakenHint = 1 à 3 majuscules, pas X, pas déjà pris
# BoardStore/ActionError.swift — func badBaselineName(_ name: String) -> JalonError
action.badBaselineName = nom de référence invalide « {name} »
# BoardStore/ActionError.swift — func badBaselineName(_ name: String) -> JalonError
action.badBaselineNameHint = utilisez des lettres et des chiffres, par ex. « planning initial »
# BoardStore/ActionError.swift — func baselineExists(_ name: String) -> JalonError
action.baselineExists = la référence « {name} » existe déjà
# BoardStore/ActionError.swift — func baselineExists(_ name: String) -> JalonError
action.baselineExistsHint = choisissez un autre nom ; « jalon baseline list » les montre
# BoardStore/ActionError.swift — func unknownBaseline(_ name: String, _ known: [String]) -> JalonError
action.unknownBaseline3 = référence inconnue « {name} »
# BoardStore/ActionError.swift — func unknownBaseline(_ name: String, _ known: [String]) -> JalonError
action.unknownBaseline = enregistrez-en une : jalon baseline save "planning initial"
# BoardStore/ActionError.swift — func unknownBaseline(_ name: String, _ known: [String]) -> JalonError
action.unknownBaseline2 = références : {known}
# BoardStore/ActionError.swift — let emptyBoard
action.emptyBoard = le tableau n’a encore aucun commit
# BoardStore/ActionError.swift — let emptyBoard
action.emptyBoardHint = lancez d’abord « jalon init »
# BoardStore/ActionError.swift — func taskReferenced(_ id: String, _ references: [Text]) -> JalonError
action.taskReferenced = {id} n’est pas supprimée : d’autres éléments y renvoient
# BoardStore/ActionError.swift — func taskReferenced(_ id: String, _ references: [Text]) -> JalonError
action.taskReferencedHint = retirez ces renvois, ou « jalon task delete {id} --force » les retire dans le même commit ; rien n’a été modifié
# BoardStore/ActionError.swift — func notInList(_ id: String, _ value: String, _ field: Text, _ current: [String]) -> JalonError
action.notInList3 = {id} n’a pas « {value} » parmi ses {field}
# BoardStore/ActionError.swift — func notInList(_ id: String, _ value: String, _ field: Text, _ current: [String]) -> JalonError
action.notInList = elle n’en a aucun(e) ; rien n’a été modifié
# BoardStore/ActionError.swift — func notInList(_ id: String, _ value: String, _ field: Text, _ current: [String]) -> JalonError
action.notInList2 = actuellement : {current} ; rien n’a été modifié
# BoardStore/ActionError.swift — let nothingToDo
action.nothingToDo = rien à changer
# BoardStore/ActionError.swift — func unknownTemplate(_ name: String, _ known: [String]) -> JalonError
action.unknownTemplate = modèle inconnu « {name} »
# BoardStore/ActionError.swift — func unknownTemplate(_ name: String, _ known: [String]) -> JalonError
action.unknownTemplateHint = modèles : {known}
# BoardStore/ActionError.swift — func memberEdited(_ name: String, _ id: String) -> Text
action.memberEdited = Membre {name} ({id}) modifié
# BoardStore/ActionError.swift — func initSubject(_ name: String) -> Text
action.initSubject = Création du tableau « {name} »
# BoardStore/ActionError.swift — func memberAdded(_ name: String, _ id: String) -> Text
action.memberAdded = Ajout du membre {name} ({id})
# BoardStore/ActionError.swift — func milestoneAdded(_ id: String, _ title: String) -> Text
action.milestoneAdded = Jalon {id} « {title} » créé
# BoardStore/ActionError.swift — func milestoneEdited(_ id: String, _ title: String) -> Text
action.milestoneEdited = Jalon {id} « {title} » modifié
# BoardStore/ActionError.swift — func taskAdded(_ id: String, _ title: String) -> Text
action.taskAdded = Tâche {id} « {title} » créée
# BoardStore/ActionError.swift — func taskMoved(_ id: String, _ title: String, _ from: String, _ to: String) -> Text
action.taskMoved = Tâche {id} « {title} » : {from} → {to}
# BoardStore/ActionError.swift — func taskDone(_ id: String, _ title: String) -> Text
action.taskDone = Tâche {id} « {title} » terminée
# BoardStore/ActionError.swift — func taskDeleted(_ id: String, _ title: String) -> Text
action.taskDeleted = Tâche {id} « {title} » supprimée
# BoardStore/ActionError.swift — func taskDeletedWithReferences(_ id: String, _ title: String, _ others: String) -> Text
action.taskDeletedWithReferences = Tâche {id} « {title} » supprimée, renvois retirés de {others}
# BoardStore/ActionError.swift — func taskEdited(_ id: String, _ title: String, _ fields: String) -> Text
action.taskEdited = Tâche {id} « {title} » modifiée ({fields})
# BoardStore/StoreError.swift — func git(_ error: GitError) -> JalonError
store.git = Git a échoué : {message}
# BoardStore/StoreError.swift — func git(_ error: GitError) -> JalonError
store.gitHint = {function}, code {code}, classe {errorClass}
# BoardStore/StoreError.swift — func uncommittedChanges(_ paths: [String]) -> JalonError
store.uncommittedChanges = des modifications non commitées touchent les fichiers à changer : {paths}
# BoardStore/StoreError.swift — func uncommittedChanges(_ paths: [String]) -> JalonError
store.uncommittedChangesHint = commitez-les (git commit) ou mettez-les de côté (git stash), puis relancez la commande ; rien n’a été modifié
# BoardStore/StoreError.swift — func branchKeptMoving(_ branch: String, _ attempts: Int) -> JalonError
store.branchKeptMoving = la branche {branch} a changé pendant chacun des {attempts} essais
# BoardStore/StoreError.swift — func branchKeptMoving(_ branch: String, _ attempts: Int) -> JalonError
store.branchKeptMovingHint = d’autres programmes écrivent en même temps ; relancez la commande ; rien n’a été modifié
# BoardStore/StoreError.swift — func journalNotWritten(_ error: Error) -> JalonError
store.journalNotWritten = impossible d’écrire le journal .git/jalon/pending : {error}
# BoardStore/StoreError.swift — func journalNotWritten(_ error: Error) -> JalonError
store.journalNotWrittenHint = vérifiez les droits et la place libre du dossier .git ; rien n’a été modifié
# BoardStore/StoreError.swift — func worktreeNotWritten(_ error: Error) -> JalonError
store.worktreeNotWritten = impossible d’écrire la copie de travail : {error}
# BoardStore/StoreError.swift — func worktreeNotWritten(_ error: Error) -> JalonError
store.worktreeNotWrittenHint = vérifiez les droits des fichiers ; rien n’a été modifié
# BoardStore/StoreError.swift — func worktreeNotRestored(_ error: Error) -> JalonError
store.worktreeNotRestored = le changement n’a pas été enregistré et la copie de travail n’a pas pu être remise en état : {error}
# BoardStore/StoreError.swift — func worktreeNotRestored(_ error: Error) -> JalonError
store.worktreeNotRestoredHint = la prochaine commande jalon la remet en état (par ex. « jalon check »)
# BoardStore/StoreError.swift — func includedInAnotherCommit(_ commit: ObjectID) -> JalonError
store.includedInAnotherCommit = le changement est enregistré, dans le commit {short} fait au même moment par un autre programme (il a pris les fichiers préparés par Jalon)
# BoardStore/StoreError.swift — func includedInAnotherCommit(_ commit: ObjectID) -> JalonError
store.includedInAnotherCommitHint = ne relancez pas la commande : il n’y a rien à refaire
# BoardStore/StoreError.swift — func referenceLocked(_ path: String) -> JalonError
store.referenceLocked = la branche est verrouillée par un autre programme ({path})
# BoardStore/StoreError.swift — func referenceLocked(_ path: String) -> JalonError
store.referenceLockedHint = attendez qu’il finisse et relancez ; si aucune commande Git ne tourne, supprimez {path} ; rien n’a été modifié
# BoardStore/StoreError.swift — func indexLocked(_ path: String) -> JalonError
store.indexLocked = l’index Git est verrouillé par un autre programme ({path})
# BoardStore/StoreError.swift — func indexLocked(_ path: String) -> JalonError
store.indexLockedHint = attendez qu’il finisse et relancez ; si aucune commande Git ne tourne, supprimez {path} ; rien n’a été modifié
# BoardStore/StoreError.swift — func staleLockRemoved(_ path: String) -> Text
store.staleLockRemoved = verrou abandonné par un Jalon interrompu supprimé : {path}
# BoardStore/StoreError.swift — func pendingFinished(_ commit: ObjectID, _ paths: [String]) -> Text
store.pendingFinished = mise à jour interrompue terminée (commit {short} déjà enregistré) : {paths}
# BoardStore/StoreError.swift — func pendingUndone(_ paths: [String]) -> Text
store.pendingUndone = changement interrompu avant d’être enregistré, fichiers remis comme avant : {paths}
# BoardStore/StoreError.swift — func pendingLeftAlone(_ paths: [String]) -> Text
store.pendingLeftAlone = fichiers modifiés depuis une mise à jour interrompue, laissés tels quels : {paths} (vérifiez-les avec « git status »)
# BoardStore/StoreError.swift — func pendingDropped(_ reference: String) -> Text
store.pendingDropped = mise à jour interrompue : {reference} a été déplacée depuis (par un commit Git) ; les fichiers suivent ce commit
# BoardStore/StoreError.swift — func checkedOutElsewhere(_ branch: String, _ path: String) -> JalonError
store.checkedOutElsewhere = la branche du tableau ({branch}) est extraite dans une autre copie de travail : {path}
# BoardStore/StoreError.swift — func checkedOutElsewhere(_ branch: String, _ path: String) -> JalonError
store.checkedOutElsewhereHint = lancez la commande dans {path} ; rien n’a été modifié
# BoardStore/StoreError.swift — func unreadableFile(_ problem: Diagnostic) -> JalonError
store.unreadableFile = fichier illisible : {rendered}
# BoardStore/StoreError.swift — func unreadableFile(_ problem: Diagnostic) -> JalonError
store.unreadableFileHint = corrigez ce fichier puis lancez « jalon check » ; rien n’a été modifié
# BoardStore/StoreError.swift — func unreadableSettings(_ problem: Diagnostic, prefix: String) -> JalonError
store.unreadableSettings = le fichier du tableau est illisible : {prefix}
# BoardStore/StoreError.swift — func unreadableSettings(_ problem: Diagnostic, prefix: String) -> JalonError
store.unreadableSettingsHint = corrigez jalon.yml (ou « git checkout -- jalon.yml ») puis relancez ; rien n’a été modifié
# BoardStore/StoreError.swift — func pathOutsideBoard(_ path: String) -> JalonError
store.pathOutsideBoard = chemin refusé « {path} » : il sort du tableau
# BoardStore/StoreError.swift — func pathOutsideBoard(_ path: String) -> JalonError
store.pathOutsideBoardHint = donnez un chemin relatif, sans « .. », à l’intérieur du tableau
# BoardStore/StoreError.swift — func lockFailed(_ path: String) -> JalonError
store.lockFailed = impossible de verrouiller {path}
# BoardStore/StoreError.swift — func lockFailed(_ path: String) -> JalonError
store.lockFailedHint = vérifiez les droits sur le dossier .git
# BoardStore/StoreError.swift — func notARepository(_ path: String) -> JalonError
store.notARepository = pas de dépôt Git ici ({path})
# BoardStore/StoreError.swift — func notARepository(_ path: String) -> JalonError
store.notARepositoryHint = placez-vous dans le dépôt du projet, ou lancez « jalon init » pour en créer un
# BoardStore/StoreError.swift — func noBoard(_ path: String) -> JalonError
store.noBoard = aucun tableau Jalon trouvé depuis {path}
# BoardStore/StoreError.swift — func noBoard(_ path: String) -> JalonError
store.noBoardHint = lancez « jalon init », ou donnez --board DOSSIER
# BoardStore/StoreError.swift — let list
store.severalBoards = plusieurs tableaux Jalon sous {path} : {list}
# BoardStore/StoreError.swift — let list
store.severalBoardsHint = choisissez-en un avec --board DOSSIER, ou lancez la commande depuis son dossier
# BoardStore/StoreError.swift — func boardExists(_ path: String) -> JalonError
store.boardExists = il y a déjà un tableau ici ({path})
# BoardStore/StoreError.swift — func boardExists(_ path: String) -> JalonError
store.boardExistsHint = utilisez-le, ou choisissez un autre dossier avec --board
# BoardStore/StoreError.swift — let detachedHead
store.detachedHead = HEAD est détachée : le tableau a besoin d’une branche
# BoardStore/StoreError.swift — let detachedHead
store.detachedHeadHint = « git switch main » (ou une autre branche), puis relancez
# BoardStore/StoreError.swift — let bareRepository
store.bareRepository = ce dépôt n’a pas de copie de travail
# BoardStore/StoreError.swift — let bareRepository
store.bareRepositoryHint = clonez-le d’abord (git clone)
# BoardStore/TimeActions.swift — func notAMember(_ name: String) -> JalonError
store.notAMember = {name} n’est pas membre de l’équipe : le temps passé est celui d’un membre
# BoardStore/TimeActions.swift — func notAMember(_ name: String) -> JalonError
store.notAMemberHint = passez --as MEMBRE, ou ajoutez votre adresse à votre membre (jalon member edit)
# BoardStore/TimeActions.swift — let notPositive
store.notPositive = le temps passé doit être positif
# BoardStore/TimeActions.swift — let notPositive
store.notPositiveHint = par ex. jalon time log T-A1 2h
# BoardStore/TimeActions.swift — func future(_ day: Day) -> JalonError
store.future = le {day} n’est pas encore passé
# BoardStore/TimeActions.swift — func future(_ day: Day) -> JalonError
store.futureHint = saisissez le temps le jour même ou après, avec --date JOUR
# BoardStore/TimeActions.swift — func overDay(_ member: String, _ day: Day, _ already: Double) -> JalonError
store.overDay = {member} a déjà {already} h le {day} : une journée ne dépasse pas 24 h
# BoardStore/TimeActions.swift — func overDay(_ member: String, _ day: Day, _ already: Double) -> JalonError
store.overDayHint = vérifiez la date (--date) et la durée ; « jalon time list » montre les saisies
# BoardStore/TimeActions.swift — func subject(_ id: String, _ title: String, _ hours: Double, _ day: Day) -> Text
store.subject = Temps passé sur {id} « {title} » : {hours} h le {day}
# BoardStore/TaskDeletion.swift — let file
store.text.dependency = le jalon {id} en dépend ({file})
# BoardStore/TaskDeletion.swift — let file
store.text.dependency2 = la tâche {id} en dépend ({file})
# BoardStore/TaskDeletion.swift — let file
store.text.meetingAction = c’est la tâche de l’action « {what} » de la réunion {meeting} ({file})
# BoardStore/TaskDeletion.swift — let file
store.text.deliverable = elle produit le livrable {d} du cahier des charges ({path})
# BoardStore/TaskDeletion.swift — let file
store.text.comments = {n} commentaire{s} ({file})
# BoardStore/TaskDeletion.swift — let file
store.removal.dependency = dépendance retirée de {id} ({file})
# BoardStore/TaskDeletion.swift — let file
store.removal.meetingAction = l’action « {what} » de {meeting} n’a plus de tâche ({file})
# BoardStore/TaskDeletion.swift — let file
store.removal.deliverable = le livrable {d} n’est plus relié à cette tâche
# BoardStore/TaskDeletion.swift — let file
store.removal.comments = {n} commentaire{s} supprimé{s} ({file} ; l’historique Git les garde)
# BoardStore/Actions.swift — let t
store.editTask = membres assignés
# BoardStore/Actions.swift — let t
store.editTask2 = étiquettes
# BoardStore/Actions.swift — var deps
store.editTask3 = dépendances
# BoardStore/StatusDate.swift — func noBoardYet(_ day: Day) -> JalonError
store.noBoardYet = le tableau n’a aucun commit au {iso} ou avant
# BoardStore/StatusDate.swift — func noBoardYet(_ day: Day) -> JalonError
store.noBoardYetHint = choisissez une date de situation (--at) postérieure au premier commit
# BoardStore/Docs/NewsMarker.swift — var text
store.saveNewsMarker = impossible d’enregistrer la date de lecture dans {path}
# BoardStore/Docs/NewsMarker.swift — var text
store.saveNewsMarkerHint = vérifiez les droits du dossier .git
# BoardStore/MergeDriver.swift — let declared
store.declared = Pilote de fusion Jalon déclaré dans .gitattributes
# BoardStore/BoardTemplate.swift — let file: File
store.text = modèle {name} illisible : {error}
# BoardStore/Docs/DocsError.swift — func linkOutsideBoard(_ path: String, _ target: String) -> JalonError
docsError.linkOutsideBoard = chemin refusé « {path} » : c’est un lien qui mène hors du tableau ({target})
# BoardStore/Docs/DocsError.swift — func linkOutsideBoard(_ path: String, _ target: String) -> JalonError
docsError.linkOutsideBoardHint = Jalon ne lit ni n’écrit hors du dossier du tableau ; remplacez le lien par un vrai dossier
# BoardStore/Docs/DocsError.swift — func writeThroughLink(_ path: String) -> JalonError
docsError.writeThroughLink = chemin refusé « {path} » : il passe par un lien symbolique
# BoardStore/Docs/DocsError.swift — func writeThroughLink(_ path: String) -> JalonError
docsError.writeThroughLinkHint = Jalon n’écrit pas à travers un lien ; choisissez un vrai dossier du tableau
# BoardStore/Docs/DocsError.swift — let noSpec
docsError.noSpec = pas encore de cahier des charges (spec.md)
# BoardStore/Docs/DocsError.swift — let noSpec
docsError.noSpecHint = créez-le : jalon spec init
# BoardStore/Docs/DocsError.swift — let specExists
docsError.specExists = le cahier des charges existe déjà (spec.md)
# BoardStore/Docs/DocsError.swift — let specExists
docsError.specExistsHint = modifiez spec.md, puis « jalon spec check » ; rien n’a été modifié
# BoardStore/Docs/DocsError.swift — func unknownTemplate(_ name: String, _ known: [String]) -> JalonError
docsError.unknownTemplate = modèle de document inconnu « {name} »
# BoardStore/Docs/DocsError.swift — func unknownTemplate(_ name: String, _ known: [String]) -> JalonError
docsError.unknownTemplateHint = modèles : {known} (ou un fichier templates/{name}.md du tableau)
# BoardStore/Docs/DocsError.swift — func unknownDocument(_ key: String) -> JalonError
docsError.unknownDocument = document inconnu « {key} »
# BoardStore/Docs/DocsError.swift — func unknownDocument(_ key: String) -> JalonError
docsError.unknownDocumentHint = voyez « jalon doc list » (identifiant D-… ou chemin docs/…)
# BoardStore/Docs/DocsError.swift — func documentExists(_ path: String) -> JalonError
docsError.documentExists = un fichier existe déjà à {path}
# BoardStore/Docs/DocsError.swift — func documentExists(_ path: String) -> JalonError
docsError.documentExistsHint = choisissez un autre titre ou un autre dossier (--folder, --name) ; rien n’a été modifié
# BoardStore/Docs/DocsError.swift — func badDocumentStatus(_ status: String) -> JalonError
docsError.badDocumentStatus = statut de document inconnu « {status} »
# BoardStore/Docs/DocsError.swift — func documentWithoutID(_ path: String) -> JalonError
docsError.documentWithoutID = {path} n’a pas de métadonnées lisibles
# BoardStore/Docs/DocsError.swift — func documentWithoutID(_ path: String) -> JalonError
docsError.documentWithoutIDHint = corrigez son en-tête (jalon doc check dit où) ; rien n’a été modifié
# BoardStore/Docs/DocsError.swift — func badFileName(_ name: String, _ suggested: String) -> JalonError
docsError.badFileName = nom de fichier « {name} » hors règle de nommage
# BoardStore/Docs/DocsError.swift — func badFileName(_ name: String, _ suggested: String) -> JalonError
docsError.badFileNameHint = par exemple {suggested} (sans espace, accent ni caractère spécial ; dates AAAA-MM-JJ)
# BoardStore/Docs/DocsError.swift — func unreadableAttachment(_ path: String) -> JalonError
docsError.unreadableAttachment = impossible de lire le fichier à joindre {path}
# BoardStore/Docs/DocsError.swift — func unreadableAttachment(_ path: String) -> JalonError
docsError.unreadableAttachmentHint = vérifiez le chemin et les droits
# BoardStore/Docs/DocsError.swift — func unknownMeeting(_ key: String) -> JalonError
docsError.unknownMeeting = compte-rendu inconnu « {key} »
# BoardStore/Docs/DocsError.swift — func unknownMeeting(_ key: String) -> JalonError
docsError.unknownMeetingHint = voyez « jalon meeting list » (identifiant R-…)
# BoardStore/Docs/DocsError.swift — func brokenMeeting(_ path: String, _ details: [Text]) -> JalonError
docsError.brokenMeeting = {path} est illisible : Jalon ne le réécrira pas
# BoardStore/Docs/DocsError.swift — func brokenMeeting(_ path: String, _ details: [Text]) -> JalonError
docsError.brokenMeetingHint = corrigez le fichier (jalon check dit où), puis relancez ; rien n’a été modifié
# BoardStore/Docs/DocsError.swift — let noActions
docsError.noActions = aucune action sans tâche dans ce compte-rendu
# BoardStore/Docs/DocsError.swift — let noActions
docsError.noActionsHint = ajoutez des actions (who, what, due) sous « actions: » dans l’en-tête
# BoardStore/Docs/DocsError.swift — let noActionOwner
docsError.noActionOwner = qui fait cette action ? --who est vide
# BoardStore/Docs/DocsError.swift — let noActionOwner
docsError.noActionOwnerHint = un membre (par ex. --who alice) ou le nom d’une personne extérieure
# BoardStore/Docs/DocsError.swift — let known
docsError.unknownActionOwner = « {who} » n’est ni un membre ni un invité de cette réunion
# BoardStore/Docs/DocsError.swift — let known
docsError.unknownActionOwnerHint = possibles : {known} ; un invité s’ajoute sous « guests: » dans l’en-tête
# BoardStore/Docs/DocsError.swift — let emptyComment
docsError.emptyComment = le commentaire est vide
# BoardStore/Docs/DocsError.swift — let emptyComment
docsError.emptyCommentHint = donnez le texte entre guillemets
# BoardStore/Docs/DocsError.swift — func unknownCommentTarget(_ id: String) -> JalonError
docsError.unknownCommentTarget = {id} n’existe pas : rien à commenter
# BoardStore/Docs/DocsError.swift — func unknownCommentTarget(_ id: String) -> JalonError
docsError.unknownCommentTargetHint = on commente une tâche (T-…), un jalon (M-…), un document (D-…) ou un compte-rendu (R-…)
# BoardStore/Docs/DocsError.swift — func unknownMention(_ name: String, _ members: [String]) -> JalonError
docsError.unknownMention = @{name} ne désigne aucun membre
# BoardStore/Docs/DocsError.swift — func unknownMention(_ name: String, _ members: [String]) -> JalonError
docsError.unknownMentionHint = membres : {members}, ou @tous pour toute l’équipe ; rien n’a été modifié
# BoardStore/Docs/DocsError.swift — func badDeliverable(_ id: String) -> JalonError
docsError.badDeliverable = « {id} » n’est pas un livrable du cahier des charges
# BoardStore/Docs/DocsError.swift — func badDeliverable(_ id: String) -> JalonError
docsError.badDeliverableHint = les livrables sont L1, L2… dans la rubrique Livrables de spec.md
# BoardStore/Docs/DocsError.swift — func uncommittedDeliverable(_ id: String, _ path: String) -> JalonError
docsError.uncommittedDeliverable = le livrable {id} n’est que dans votre copie de {path}, pas encore commitée
# BoardStore/Docs/DocsError.swift — func uncommittedDeliverable(_ id: String, _ path: String) -> JalonError
docsError.uncommittedDeliverableHint = commitez d’abord le cahier des charges : git commit {path} -m "…" ; rien n’a été modifié
# BoardStore/Docs/DocsError.swift — func unknownRevision(_ ref: String) -> JalonError
docsError.unknownRevision = « {ref} » ne désigne aucun commit
# BoardStore/Docs/DocsError.swift — func unknownRevision(_ ref: String) -> JalonError
docsError.unknownRevisionHint = donnez une branche (origin/main après git fetch), une étiquette ou un identifiant de commit
# BoardStore/Docs/DocsError.swift — func mergeConflicts(_ ref: String, _ paths: [String], home: String) -> JalonError
docsError.mergeConflicts = la fusion de {ref} est en conflit sur {pathsCount} fichier(s) : {paths}
# BoardStore/Docs/DocsError.swift — func mergeConflicts(_ ref: String, _ paths: [String], home: String) -> JalonError
docsError.mergeConflictsHint = rien n’a été modifié ; sur la branche du tableau (« git switch {home} »), fusionnez avec « git merge {ref} », corrigez ces fichiers, puis « git commit » et « jalon check »
# BoardStore/Docs/DocsError.swift — let noCommonHistory
docsError.noCommonHistory = les deux branches n’ont aucun historique commun
# BoardStore/Docs/DocsError.swift — let noCommonHistory
docsError.noCommonHistoryHint = vérifiez la branche à fusionner ; rien n’a été modifié
# BoardStore/Trainer/ClassFile.swift — func badLine(_ file: String, _ line: Int) -> JalonError
classFile.badLine = {file}:{line} : ligne illisible
# BoardStore/Trainer/ClassFile.swift — func badLine(_ file: String, _ line: Int) -> JalonError
classFile.badLineHint = le fichier liste les équipes sous « teams: », chacune « - name: … » puis « path: … » ou « url: … »
# BoardStore/Trainer/ClassFile.swift — func noTeams(_ file: String) -> JalonError
classFile.noTeams = {file} : aucune équipe
# BoardStore/Trainer/ClassFile.swift — func noTeams(_ file: String) -> JalonError
classFile.noTeamsHint = ajoutez une liste « teams: » avec « - name: … » et « path: … » ou « url: … » (voir Boards/classe-exemple.yml)
# BoardStore/Trainer/ClassFile.swift — func teamWithoutName(_ line: Int) -> Text
classFile.teamWithoutName = ligne {line} : équipe sans « name »
# BoardStore/Trainer/ClassFile.swift — func teamWithoutSource(_ line: Int) -> Text
classFile.teamWithoutSource = ligne {line} : ni « path » ni « url »
# BoardStore/Trainer/ClassFile.swift — func badTeamLine(_ line: Int) -> Text
classFile.badTeamLine = ligne {line} illisible
# BoardStore/Trainer/ClassFile.swift — func cannotRead(_ file: String) -> JalonError
classFile.cannotRead = impossible de lire {file}
# BoardStore/Trainer/ClassFile.swift — func cannotRead(_ file: String) -> JalonError
classFile.cannotReadHint = vérifiez le chemin du fichier de classe
# BoardStore/Trainer/ClassFile.swift — func fetchFailed(_ url: String, _ message: String) -> JalonError
classFile.fetchFailed = récupération impossible de {url} : {message}
# BoardStore/Trainer/ClassFile.swift — func fetchFailed(_ url: String, _ message: String) -> JalonError
classFile.fetchFailedHint = vérifiez l’adresse et l’accès au dépôt (réseau, droits)
# BoardStore/Trainer/ClassFile.swift — func noBoardInRemote(_ url: String) -> JalonError
classFile.noBoardInRemote = aucun tableau Jalon dans {url}
# BoardStore/Trainer/ClassFile.swift — func noBoardInRemote(_ url: String) -> JalonError
classFile.noBoardInRemoteHint = indiquez son dossier avec « board: » et sa branche avec « branch: »
# BoardStore/Trainer/ClassFile.swift — func brokenSettings(_ details: [Text]) -> JalonError
classFile.brokenSettings = jalon.yml illisible
# BoardStore/Trainer/ClassFile.swift — func brokenSettings(_ details: [Text]) -> JalonError
classFile.brokenSettingsHint = l’équipe doit le corriger (« jalon check »)
# BoardStore/Sync.swift — func noRemote(_ name: String) -> JalonError
sync.noRemote = aucun dépôt distant « {name} »
# BoardStore/Sync.swift — func noRemote(_ name: String) -> JalonError
sync.noRemoteHint = ajoutez-le (git remote add origin URL) ou donnez une URL : jalon sync URL ; rien n’a été modifié
# BoardStore/Sync.swift — func authentication(_ remote: String) -> JalonError
sync.authentication = authentification refusée par {remote}
# BoardStore/Sync.swift — func authentication(_ remote: String) -> JalonError
sync.authenticationHint = mettez un jeton dans JALON_GIT_TOKEN, ou l’identifiant dans ~/.git-credentials, ou chargez votre clé SSH (ssh-add) ; rien n’a été modifié
# BoardStore/Sync.swift — func unreachable(_ remote: String, _ why: String) -> JalonError
sync.unreachable = dépôt distant injoignable ({remote}) : {why}
# BoardStore/Sync.swift — func unreachable(_ remote: String, _ why: String) -> JalonError
sync.unreachableHint = vérifiez l’adresse (git remote -v) et le réseau, puis relancez ; rien n’a été modifié
# BoardStore/Sync.swift — func rejected(_ remote: String, _ reference: String, _ why: String) -> JalonError
sync.rejected = {remote} a refusé {reference} : {why}
# BoardStore/Sync.swift — func rejected(_ remote: String, _ reference: String, _ why: String) -> JalonError
sync.rejectedHint = une branche protégée demande une autorisation (ou une demande de fusion) ; rien n’a été modifié ici
# BoardStore/Sync.swift — func unknownHostKey(_ remote: String) -> JalonError
sync.unknownHostKey = clé d’hôte SSH inconnue ou changée pour {remote}
# BoardStore/Sync.swift — func unknownHostKey(_ remote: String) -> JalonError
sync.unknownHostKeyHint = connectez-vous une fois avec ssh (ou git fetch) pour l’ajouter à ~/.ssh/known_hosts, après avoir vérifié son empreinte ; rien n’a été modifié
# BoardStore/Sync.swift — let remoteKeepsMoving
sync.remoteKeepsMoving = le dépôt distant a changé à chaque tentative
# BoardStore/Sync.swift — let remoteKeepsMoving
sync.remoteKeepsMovingHint = relancez jalon sync dans un moment
# BoardStore/Sync.swift — func failed(_ remote: String, _ error: GitError) -> JalonError
sync.failed = échange avec {remote} impossible : {message}
# BoardStore/Sync.swift — func failed(_ remote: String, _ error: GitError) -> JalonError
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
# BoardStore/ActionError.swift — unknownStatus(status, statuses): the board's statuses, comma-separated
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
# BoardStore/StoreError.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.merge = une fusion Git est en cours
# BoardStore/StoreError.swift — how to finish or leave that Git operation
store.gitOperationHint.merge = terminez-la (« git commit ») ou annulez-la (« git merge --abort »)
# BoardStore/StoreError.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.rebase = un rebase Git est en cours
# BoardStore/StoreError.swift — how to finish or leave that Git operation
store.gitOperationHint.rebase = « git rebase --continue » ou « git rebase --abort »
# BoardStore/StoreError.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.cherryPick = un cherry-pick Git est en cours
# BoardStore/StoreError.swift — how to finish or leave that Git operation
store.gitOperationHint.cherryPick = « git cherry-pick --continue » ou « git cherry-pick --abort »
# BoardStore/StoreError.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.revert = un revert Git est en cours
# BoardStore/StoreError.swift — how to finish or leave that Git operation
store.gitOperationHint.revert = « git revert --continue » ou « git revert --abort »
# BoardStore/StoreError.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.bisect = une bissection Git est en cours
# BoardStore/StoreError.swift — how to finish or leave that Git operation
store.gitOperationHint.bisect = « git bisect reset » quand vous avez fini
# BoardStore/StoreError.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.applyMailbox = un « git am » est en cours
# BoardStore/StoreError.swift — how to finish or leave that Git operation
store.gitOperationHint.applyMailbox = « git am --continue » ou « git am --abort »
# BoardStore/StoreError.swift — refusal while Git is in the middle of an operation (store.gitOperation.*)
store.unfinishedGitOperation = {operation} : Jalon ne change pas le tableau pendant ce temps
# BoardStore/StoreError.swift — how to leave that operation (store.gitOperationHint.*)
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
agenda.openTasks = \u{20}({open} tâche(s) ouverte(s))
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
"""#)
}
