/// The catalog of every user-facing text: each entry names a `Text`, a key of the language
/// tables (`Languages/fr.swift`, `Languages/en.swift`) with its arguments. Other modules extend
/// `Catalog` with their own entries in one file each (`Catalog+Docs.swift`, Reports'
/// `Catalog+Planning.swift`…); the command line keeps its own in `CLIText` (`Catalog+CLI.swift`).
public enum Catalog {
    // MARK: File problems

    static func brokenYAML(_ problem: String) -> Text {
        Text("core.brokenYAML", ["problem": problem])
    }
    static let brokenYAMLHint = Text("core.brokenYAMLHint")
    static let notAMapping = Text("core.notAMapping")
    static func duplicateKey(_ key: String) -> Text {
        Text("core.duplicateKey", ["key": key])
    }
    static let duplicateKeyHint = Text("core.duplicateKeyHint")
    static let typeText = Text("core.typeText")
    static let typeList = Text("core.typeList")
    static let typeNumber = Text("core.typeNumber")
    static func wrongType(_ key: String, _ expected: Text) -> Text {
        Text("core.wrongType", ["key": key, "expected": expected])
    }
    static let wrongTypeHint = Text("core.wrongTypeHint")
    static func impossibleDate(_ text: String) -> Text {
        Text("core.impossibleDate", ["text": text])
    }
    static func notADate(_ text: String) -> Text {
        Text("core.notADate", ["text": text])
    }
    public static let dateHint = Text("core.dateHint")
    static func notAnEffort(_ key: String, _ text: String) -> Text {
        Text("core.notAnEffort", ["key": key, "text": text])
    }
    public static let effortHint = Text("core.effortHint")
    public static func effortTooLarge(_ text: String) -> Text {
        Text("core.effortTooLarge", ["text": text, "effortDays": Effort.number(Limits.effortDays)])
    }
    public static let effortTooLargeHint = Text("core.effortTooLargeHint")
    public static func dateOutOfRange(_ text: String) -> Text {
        Text("core.dateOutOfRange", ["text": text, "lowerBound": Limits.years.lowerBound, "upperBound": Limits.years.upperBound])
    }
    public static func numberOutOfRange(_ key: String, _ text: String) -> Text {
        Text("core.numberOutOfRange", ["key": key, "text": text, "lowerBound": Limits.integer.lowerBound, "upperBound": Limits.integer.upperBound])
    }

    // MARK: File limits (README: Limits)

    static func fileTooLarge(_ bytes: Int) -> Text {
        Text("core.fileTooLarge", ["bytes": bytes, "fileBytes": Limits.fileBytes])
    }
    static let fileTooLargeHint = Text("core.fileTooLargeHint")
    static func lineTooLong(_ bytes: Int) -> Text {
        Text("core.lineTooLong", ["bytes": bytes, "lineBytes": Limits.lineBytes])
    }
    static let lineTooLongHint = Text("core.lineTooLongHint")
    static let invalidUTF8 = Text("core.invalidUTF8")
    static let invalidUTF8Hint = Text("core.invalidUTF8Hint")
    static func controlCharacter(_ code: UInt32) -> Text {
        let hex = String(code, radix: 16, uppercase: true)
        let u = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return Text("core.controlCharacter", ["u": u])
    }
    static let controlCharacterHint = Text("core.controlCharacterHint")
    static let yamlAlias = Text("core.yamlAlias")
    static let yamlAliasHint = Text("core.yamlAliasHint")
    static func yamlTooDeep(_ depth: Int) -> Text {
        Text("core.yamlTooDeep", ["depth": depth])
    }
    static let yamlTooDeepHint = Text("core.yamlTooDeepHint")
    static let symbolicLink = Text("core.symbolicLink")
    static let symbolicLinkHint = Text("core.symbolicLinkHint")
    static func notAnID(_ key: String, _ text: String) -> Text {
        Text("core.notAnID", ["key": key, "text": text])
    }
    public static let idHint = Text("core.idHint")
    static func notADependency(_ text: String) -> Text {
        Text("core.notADependency", ["text": text])
    }
    public static let dependencyHint = Text("core.dependencyHint")
    static func progressRange(_ p: Int) -> Text {
        Text("core.progressRange", ["p": p])
    }
    static let progressHint = Text("core.progressHint")
    static func idMismatch(_ found: String, _ expected: String) -> Text {
        Text("core.idMismatch", ["found": found, "expected": expected])
    }
    static let idMismatchHint = Text("core.idMismatchHint")
    static func missingKey(_ key: String) -> Text {
        Text("core.missingKey", ["key": key])
    }
    static let missingTitleHint = Text("core.missingTitleHint")
    static let missingStatusHint = Text("core.missingStatusHint")
    static let boardNameHint = Text("core.boardNameHint")
    static let memberIDHint = Text("core.memberIDHint")
    static func badMemberCode(_ id: String, _ code: String) -> Text {
        Text("core.badMemberCode", ["id": id, "code": code])
    }
    static let memberCodeHint = Text("core.memberCodeHint")
    static func unknownLanguage(_ text: String) -> Text {
        Text("core.unknownLanguage", ["text": text])
    }
    public static let languageHint = Text("core.languageHint")
    static let noStatuses = Text("core.noStatuses")
    static let noStatusesHint = Text("core.noStatusesHint")
    static func unknownWeekday(_ text: String) -> Text {
        Text("core.unknownWeekday", ["text": text])
    }
    static let weekdayHint = Text("core.weekdayHint")
    static func endBeforeStart(_ end: String, _ start: String) -> Text {
        Text("core.endBeforeStart", ["end": end, "start": start])
    }
    static let endBeforeStartHint = Text("core.endBeforeStartHint")
    static let noFrontMatter = Text("core.noFrontMatter")
    static let noFrontMatterHint = Text("core.noFrontMatterHint")
    static let missingSettings = Text("core.missingSettings")
    public static let cannotOpen = Text("core.cannotOpen")
    public static let cannotOpenHint = Text("core.cannotOpenHint")
    static let skippedFile = Text("core.skippedFile")
    static let missingSettingsHint = Text("core.missingSettingsHint")
    static func badFileName(_ stem: String) -> Text {
        Text("core.badFileName", ["stem": stem])
    }
    static let badFileNameHint = Text("core.badFileNameHint")

    static func badHours(_ text: String) -> Text {
        Text("core.badHours", ["text": text])
    }
    public static let hoursHint = Text("core.hoursHint")
    static let periodHint = Text("core.periodHint")

    // MARK: Cross-file problems

    static func duplicateMember(_ id: String) -> Text {
        Text("core.duplicateMember", ["id": id])
    }
    static let duplicateMemberHint = Text("core.duplicateMemberHint")
    static func duplicateCode(_ code: String) -> Text {
        Text("core.duplicateCode", ["code": code])
    }
    static func sharedEmail(_ email: String, _ a: String, _ b: String) -> Text {
        Text("core.sharedEmail", ["email": email, "a": a, "b": b])
    }
    static let sharedEmailHint = Text("core.sharedEmailHint")
    static func unknownStatus(_ status: String, _ statuses: [String]) -> Text {
        Text("core.unknownStatus", ["status": status, "statuses": statuses.joined(separator: ", ")])
    }
    static let unknownStatusHint = Text("core.unknownStatusHint")
    static func unknownMember(_ id: String) -> Text {
        Text("core.unknownMember", ["id": id])
    }
    static func unknownMemberHint(_ ids: [String]) -> Text {
        ids.isEmpty
            ? Text("core.unknownMemberHintNoMembers")
            : Text("core.unknownMemberHintKnown", ["ids": ids.joined(separator: ", ")])
    }
    static func unknownMilestone(_ id: String) -> Text {
        Text("core.unknownMilestone", ["id": id])
    }
    static let unknownItemHint = Text("core.unknownItemHint")
    static func missingDependency(_ id: String) -> Text {
        Text("core.missingDependency", ["id": id])
    }
    static func dependsOnItself(_ id: String) -> Text {
        Text("core.dependsOnItself", ["id": id])
    }
    static func dependencyCycle(_ cycle: String) -> Text {
        Text("core.dependencyCycle", ["cycle": cycle])
    }
    static let cycleHint = Text("core.cycleHint")
    static func dueBeforeStart(_ due: String, _ start: String) -> Text {
        Text("core.dueBeforeStart", ["due": due, "start": start])
    }
    static let dueBeforeStartHint = Text("core.dueBeforeStartHint")
}
