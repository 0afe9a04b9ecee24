import Foundation

/// Status names as people read and type them. Files keep the stable keys (`todo`, `doing`,
/// `review`, `done`; `draft`, `review`, `validated`); what is shown follows the language, and
/// what is typed may be the key or the shown word, in any case, with or without accents.
public enum StatusWords {
    private static let taskWords: [String: Text] = [
        "todo": Text("core.taskWords.todo"), "doing": Text("core.taskWords.doing"),
        "review": Text("core.taskWords.review"), "done": Text("core.taskWords.done"),
        "blocked": Text("core.taskWords.blocked"),
    ]
    private static let documentWords: [String: Text] = [
        "draft": Text("core.documentWords.draft"), "review": Text("core.documentWords.review"),
        "validated": Text("core.documentWords.validated"),
    ]
    /// More words people type for the same key.
    private static let synonyms: [String: [String]] = [
        "todo": ["a faire", "à faire", "afaire", "to do", "to-do"], "doing": ["en cours", "encours", "in progress"],
        "review": ["en revue", "revue", "relecture", "in review"], "done": ["termine", "terminé"],
        "draft": ["brouillon"], "validated": ["valide", "validé", "validée", "valid"],
    ]

    /// The name of a task status in `language` (a custom status shows as written).
    public static func task(_ key: String, _ language: Language) -> String { taskWords[key]?(language) ?? key }

    /// The name of a document or spec status in `language`.
    public static func document(_ key: String, _ language: Language) -> String { documentWords[key]?(language) ?? key }

    /// The key among `keys` that `input` names: the key itself or one of its words, compared
    /// without case or accents. Nil when none matches.
    public static func resolve(_ input: String, among keys: [String]) -> String? {
        if keys.contains(input) { return input }
        let typed = fold(input)
        for key in keys where fold(key) == typed { return key }
        for key in keys {
            let words = [taskWords[key], documentWords[key]].compactMap { $0 }.flatMap { word in Language.allCases.map { word($0) } } + (synonyms[key] ?? [])
            if words.contains(where: { fold($0) == typed }) { return key }
        }
        return nil
    }

    static func fold(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespaces).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
    }
}

extension Catalog {
    /// A task field's name as people read it (the file's key in English).
    public static func fieldName(_ field: String) -> Text {
        switch field {
        case "title": return Text("contrib.fieldName.title")
        case "status": return Text("contrib.fieldName.status")
        case "assignees": return Text("contrib.fieldName.assignees")
        case "milestone": return Text("contrib.fieldName.milestone")
        case "start": return Text("contrib.fieldName.start")
        case "due": return Text("contrib.fieldName.due")
        case "estimate": return Text("contrib.fieldName.estimate")
        case "duration": return Text("contrib.fieldName.duration")
        case "depends": return Text("contrib.fieldName.depends")
        case "progress": return Text("contrib.fieldName.progress")
        case "labels": return Text("contrib.fieldName.labels")
        case "description": return Text("contrib.fieldName.description")
        default: return Text("language.verbatim", ["text": field])
        }
    }
}
