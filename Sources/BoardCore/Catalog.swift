/// The catalog of every user-facing text, in French and English. Each entry builds a `Text`,
/// which cannot be made without both languages. Other modules extend `Catalog` with their own
/// entries in one file each (`Catalog+Store.swift`, `Catalog+CLI.swift`…).
public enum Catalog {
    // MARK: File problems

    static func brokenYAML(_ problem: String) -> Text {
        Text(fr: "YAML illisible : \(problem)", en: "broken YAML: \(problem)")
    }
    static let brokenYAMLHint = Text(fr: "corrigez la syntaxe à cette ligne (indentation, deux-points, guillemets) puis lancez « jalon check »",
                                     en: "fix the syntax at this line (indentation, colons, quotes), then run `jalon check`")
    static let notAMapping = Text(fr: "l’en-tête YAML doit être une liste de clés « clé: valeur »", en: "the YAML header must be a mapping of `key: value` lines")
    static func duplicateKey(_ key: String) -> Text {
        Text(fr: "la clé « \(key) » apparaît deux fois", en: "key `\(key)` appears twice")
    }
    static let duplicateKeyHint = Text(fr: "gardez une seule ligne pour cette clé", en: "keep a single line for this key")
    static let typeText = Text(fr: "un texte", en: "a text")
    static let typeList = Text(fr: "une liste", en: "a list")
    static let typeNumber = Text(fr: "un nombre", en: "a number")
    static func wrongType(_ key: String, _ expected: Text) -> Text {
        Text(fr: "« \(key) » devrait être \(expected.fr)", en: "`\(key)` should be \(expected.en)")
    }
    static let wrongTypeHint = Text(fr: "voir le format des fichiers dans le README", en: "see the file format in the README")
    static func impossibleDate(_ text: String) -> Text {
        Text(fr: "date impossible « \(text) »", en: "impossible date `\(text)`")
    }
    static func notADate(_ text: String) -> Text {
        Text(fr: "« \(text) » n’est pas une date", en: "`\(text)` is not a date")
    }
    public static let dateHint = Text(fr: "écrivez une date réelle, AAAA-MM-JJ (ou JJ/MM/AAAA)", en: "write a real date as YYYY-MM-DD (or DD/MM/YYYY)")
    static func notAnEffort(_ key: String, _ text: String) -> Text {
        Text(fr: "« \(key) » : durée illisible « \(text) »", en: "`\(key)`: unreadable amount `\(text)`")
    }
    public static let effortHint = Text(fr: "écrivez par ex. 2d (jours), 4h (heures) ou 1w (semaine)", en: "write e.g. 2d (days), 4h (hours) or 1w (week)")
    public static func effortTooLarge(_ text: String) -> Text {
        Text(fr: "durée « \(text) » trop grande (au plus \(Effort.number(Limits.effortDays))d)", en: "amount `\(text)` is too large (at most \(Effort.number(Limits.effortDays))d)")
    }
    public static let effortTooLargeHint = Text(fr: "découpez la tâche ; une durée s’écrit par ex. 2d, 4h ou 1w", en: "split the task; amounts are written e.g. 2d, 4h or 1w")
    public static func dateOutOfRange(_ text: String) -> Text {
        Text(fr: "date « \(text) » hors des années \(Limits.years.lowerBound)–\(Limits.years.upperBound)", en: "date `\(text)` is outside the years \(Limits.years.lowerBound)–\(Limits.years.upperBound)")
    }
    public static func numberOutOfRange(_ key: String, _ text: String) -> Text {
        Text(fr: "« \(key) » : nombre « \(text) » hors de \(Limits.integer.lowerBound)–\(Limits.integer.upperBound)", en: "`\(key)`: number `\(text)` is outside \(Limits.integer.lowerBound)–\(Limits.integer.upperBound)")
    }

    // MARK: File limits (README: Limits)

    static func fileTooLarge(_ bytes: Int) -> Text {
        Text(fr: "fichier trop gros (\(bytes) octets, au plus \(Limits.fileBytes))", en: "file too large (\(bytes) bytes, at most \(Limits.fileBytes))")
    }
    static let fileTooLargeHint = Text(fr: "un fichier du tableau est un petit texte ; découpez-le ou placez les gros fichiers hors du tableau", en: "board files are small texts; split it or keep large files outside the board")
    static func lineTooLong(_ bytes: Int) -> Text {
        Text(fr: "ligne trop longue (\(bytes) octets, au plus \(Limits.lineBytes))", en: "line too long (\(bytes) bytes, at most \(Limits.lineBytes))")
    }
    static let lineTooLongHint = Text(fr: "coupez la ligne", en: "break the line")
    static let invalidUTF8 = Text(fr: "texte invalide : ce n’est pas de l’UTF-8", en: "invalid text: not UTF-8")
    static let invalidUTF8Hint = Text(fr: "enregistrez le fichier en UTF-8 (votre éditeur : « Enregistrer avec l’encodage »)", en: "save the file as UTF-8 (your editor: “Save with encoding”)")
    static func controlCharacter(_ code: UInt32) -> Text {
        let hex = String(code, radix: 16, uppercase: true)
        let u = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return Text(fr: "caractère de contrôle \(u) dans le texte", en: "control character \(u) in the text")
    }
    static let controlCharacterHint = Text(fr: "supprimez ce caractère invisible (seules la tabulation et la fin de ligne sont admises)", en: "remove this invisible character (only tab and line ends are allowed)")
    static let yamlAlias = Text(fr: "ancre ou alias YAML (& ou *) refusé dans un fichier du tableau", en: "YAML anchor or alias (& or *) refused in a board file")
    static let yamlAliasHint = Text(fr: "écrivez la valeur en entier, ou mettez-la entre guillemets si elle commence par & ou *", en: "write the value out in full, or quote it if it starts with & or *")
    static func yamlTooDeep(_ depth: Int) -> Text {
        Text(fr: "YAML imbriqué trop profond (plus de \(depth) niveaux)", en: "YAML nested too deep (more than \(depth) levels)")
    }
    static let yamlTooDeepHint = Text(fr: "un en-tête de tableau tient en « clé: valeur » simples", en: "board headers are plain `key: value` lines")
    static let symbolicLink = Text(fr: "lien symbolique : fichier ignoré (Jalon ne suit pas les liens)", en: "symbolic link: file skipped (Jalon does not follow links)")
    static let symbolicLinkHint = Text(fr: "remplacez le lien par le fichier lui-même", en: "replace the link with the file itself")
    static func notAnID(_ key: String, _ text: String) -> Text {
        Text(fr: "« \(key) » : « \(text) » n’est pas un identifiant", en: "`\(key)`: `\(text)` is not an id")
    }
    public static let idHint = Text(fr: "les identifiants s’écrivent T-A1 (tâche) ou M-A1 (jalon)", en: "ids look like T-A1 (task) or M-A1 (milestone)")
    static func notADependency(_ text: String) -> Text {
        Text(fr: "dépendance illisible « \(text) »", en: "unreadable dependency `\(text)`")
    }
    public static let dependencyHint = Text(fr: "écrivez T-A3, T-A3+2d (avec délai) ou ss:T-A3 (début à début)", en: "write T-A3, T-A3+2d (with a lag) or ss:T-A3 (start-to-start)")
    static func progressRange(_ p: Int) -> Text {
        Text(fr: "avancement \(p) hors de 0–100", en: "progress \(p) is outside 0–100")
    }
    static let progressHint = Text(fr: "un pourcentage entre 0 et 100", en: "a percentage between 0 and 100")
    static func idMismatch(_ found: String, _ expected: String) -> Text {
        Text(fr: "l’identifiant \(found) ne correspond pas au nom du fichier (\(expected))", en: "id \(found) does not match the file name (\(expected))")
    }
    static let idMismatchHint = Text(fr: "renommez le fichier ou corrigez la clé id", en: "rename the file or fix the id key")
    static func missingKey(_ key: String) -> Text {
        Text(fr: "clé « \(key) » manquante", en: "missing key `\(key)`")
    }
    static let missingTitleHint = Text(fr: "ajoutez une ligne « title: … »", en: "add a `title: …` line")
    static let missingStatusHint = Text(fr: "ajoutez une ligne « status: … » avec un statut du tableau", en: "add a `status: …` line with one of the board's statuses")
    static let boardNameHint = Text(fr: "ajoutez une ligne « name: … » dans jalon.yml", en: "add a `name: …` line to jalon.yml")
    static let memberIDHint = Text(fr: "chaque membre a un « id » court, par ex. alice", en: "each member needs a short `id`, e.g. alice")
    static func badMemberCode(_ id: String, _ code: String) -> Text {
        Text(fr: "le membre \(id) a un code invalide « \(code) »", en: "member \(id) has an invalid code `\(code)`")
    }
    static let memberCodeHint = Text(fr: "le code est 1 à 3 majuscules propres au membre (X est réservé aux non-membres)", en: "the code is 1 to 3 capital letters unique to the member (X is kept for non-members)")
    static func unknownLanguage(_ text: String) -> Text {
        Text(fr: "langue inconnue « \(text) »", en: "unknown language `\(text)`")
    }
    public static let languageHint = Text(fr: "fr ou en", en: "fr or en")
    static let noStatuses = Text(fr: "la liste des statuts est vide", en: "the list of statuses is empty")
    static let noStatusesHint = Text(fr: "par ex. statuses: [todo, doing, review, done]", en: "e.g. statuses: [todo, doing, review, done]")
    static func unknownWeekday(_ text: String) -> Text {
        Text(fr: "jour inconnu « \(text) »", en: "unknown weekday `\(text)`")
    }
    static let weekdayHint = Text(fr: "mon, tue, wed, thu, fri, sat ou sun", en: "mon, tue, wed, thu, fri, sat or sun")
    static func endBeforeStart(_ end: String, _ start: String) -> Text {
        Text(fr: "la fin (\(end)) précède le début (\(start))", en: "end (\(end)) is before start (\(start))")
    }
    static let endBeforeStartHint = Text(fr: "corrigez start ou end", en: "fix start or end")
    static let noFrontMatter = Text(fr: "pas d’en-tête YAML (le fichier doit commencer par une ligne ---)", en: "no YAML front matter (the file must start with a --- line)")
    static let noFrontMatterHint = Text(fr: "encadrez l’en-tête par deux lignes ---", en: "put the header between two --- lines")
    static let missingSettings = Text(fr: "fichier du tableau introuvable", en: "board file not found")
    public static let cannotOpen = Text(fr: "fichier présent mais impossible à ouvrir", en: "file present but cannot be opened")
    public static let cannotOpenHint = Text(fr: "vérifiez ses droits (ls -l)", en: "check its permissions (ls -l)")
    static let skippedFile = Text(fr: "fichier ignoré", en: "file skipped")
    static let missingSettingsHint = Text(fr: "lancez « jalon init »", en: "run `jalon init`")
    static func badFileName(_ stem: String) -> Text {
        Text(fr: "nom de fichier « \(stem) » : ce n’est pas un identifiant, fichier ignoré", en: "file name `\(stem)` is not an id; file skipped")
    }
    static let badFileNameHint = Text(fr: "nommez-le comme son id, par ex. T-A3.md", en: "name it after its id, e.g. T-A3.md")

    static func badHours(_ text: String) -> Text {
        Text(fr: "heures par jour invalides « \(text) »", en: "invalid hours per day `\(text)`")
    }
    public static let hoursHint = Text(fr: "un nombre d’heures entre 0,25 et 24, par ex. 3.5", en: "a number of hours between 0.25 and 24, e.g. 3.5")
    static let periodHint = Text(fr: "chaque période s’écrit « - from: AAAA-MM-JJ », « to: AAAA-MM-JJ »", en: "each period is written `- from: YYYY-MM-DD`, `to: YYYY-MM-DD`")

    // MARK: Cross-file problems

    static func duplicateMember(_ id: String) -> Text {
        Text(fr: "membre « \(id) » déclaré deux fois", en: "member `\(id)` is listed twice")
    }
    static let duplicateMemberHint = Text(fr: "gardez une seule entrée par membre", en: "keep one entry per member")
    static func duplicateCode(_ code: String) -> Text {
        Text(fr: "code de membre « \(code) » déjà pris", en: "member code `\(code)` is used twice")
    }
    static func sharedEmail(_ email: String, _ a: String, _ b: String) -> Text {
        Text(fr: "l’adresse \(email) appartient à \(a) et à \(b)", en: "email \(email) belongs to both \(a) and \(b)")
    }
    static let sharedEmailHint = Text(fr: "une adresse ne désigne qu’un membre", en: "an email must name one member only")
    static func unknownStatus(_ status: String, _ statuses: [String]) -> Text {
        Text(fr: "statut inconnu « \(status) » (statuts : \(statuses.joined(separator: ", ")))", en: "unknown status `\(status)` (statuses are: \(statuses.joined(separator: ", ")))")
    }
    static let unknownStatusHint = Text(fr: "utilisez un statut du tableau ou ajoutez-le dans jalon.yml", en: "use one of the board's statuses or add it to jalon.yml")
    static func unknownMember(_ id: String) -> Text {
        Text(fr: "membre inconnu « \(id) »", en: "unknown member `\(id)`")
    }
    static func unknownMemberHint(_ ids: [String]) -> Text {
        ids.isEmpty
            ? Text(fr: "ajoutez-le avec « jalon member add »", en: "add them with `jalon member add`")
            : Text(fr: "membres : \(ids.joined(separator: ", ")) ; ou « jalon member add »", en: "members are: \(ids.joined(separator: ", ")); or `jalon member add`")
    }
    static func unknownMilestone(_ id: String) -> Text {
        Text(fr: "jalon inconnu \(id)", en: "unknown milestone \(id)")
    }
    static let unknownItemHint = Text(fr: "vérifiez l’identifiant avec « jalon task list » ou « jalon milestone list »", en: "check the id with `jalon task list` or `jalon milestone list`")
    static func missingDependency(_ id: String) -> Text {
        Text(fr: "dépend de \(id), qui n’existe pas", en: "depends on \(id), which does not exist")
    }
    static func dependsOnItself(_ id: String) -> Text {
        Text(fr: "\(id) dépend de lui-même", en: "\(id) depends on itself")
    }
    static func dependencyCycle(_ cycle: String) -> Text {
        Text(fr: "cycle de dépendances : \(cycle)", en: "dependency cycle: \(cycle)")
    }
    static let cycleHint = Text(fr: "retirez une des dépendances du cycle", en: "remove one of the dependencies in the cycle")
    static func dueBeforeStart(_ due: String, _ start: String) -> Text {
        Text(fr: "échéance (\(due)) avant le début (\(start))", en: "due date (\(due)) is before the start (\(start))")
    }
    static let dueBeforeStartHint = Text(fr: "corrigez start ou due", en: "fix start or due")
}
