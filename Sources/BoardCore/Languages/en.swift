// The English table of every user-facing text (see `LanguageTable` for the format): one
// `key = template` line per text, after a comment line saying where it is shown. English is the
// fallback: every key is here.
extension LanguageTable {
    static let en = LanguageTable(source: #"""
# How English is written: the plural rule (only 1 takes the singular), the decimal mark, dates.
language.name = English
language.plural = n=1
language.decimal = .
# No text: an optional part of a text left out.
language.empty =
# A text shown as it is, the same in every language (a name, a label).
language.verbatim = {text}
# A number with its decimal mark.
language.number = {number}
# A date in full and without the year: {d} the day, {dd} and {mm} on two digits, {yyyy}, {month} from language.monthN.
language.date = {month} {d}, {yyyy}
language.dateShort = {month} {d}
# Short month names (Gantt headers, dates).
language.month1 = Jan
language.month2 = Feb
language.month3 = Mar
language.month4 = Apr
language.month5 = May
language.month6 = Jun
language.month7 = Jul
language.month8 = Aug
language.month9 = Sep
language.month10 = Oct
language.month11 = Nov
language.month12 = Dec
# BoardCore/Catalog.swift, File problems — func brokenYAML(_ problem: String) -> Text
core.brokenYAML = broken YAML: {problem}
# BoardCore/Catalog.swift, File problems — let brokenYAMLHint
core.brokenYAMLHint = fix the syntax at this line (indentation, colons, quotes), then run `jalon check`
# BoardCore/Catalog.swift, File problems — let notAMapping
core.notAMapping = the YAML header must be a mapping of `key: value` lines
# BoardCore/Catalog.swift, File problems — func duplicateKey(_ key: String) -> Text
core.duplicateKey = key `{key}` appears twice
# BoardCore/Catalog.swift, File problems — let duplicateKeyHint
core.duplicateKeyHint = keep a single line for this key
# BoardCore/Catalog.swift, File problems — let typeText
core.typeText = a text
# BoardCore/Catalog.swift, File problems — let typeList
core.typeList = a list
# BoardCore/Catalog.swift, File problems — let typeNumber
core.typeNumber = a number
# BoardCore/Catalog.swift, File problems — func wrongType(_ key: String, _ expected: Text) -> Text
core.wrongType = `{key}` should be {expected}
# BoardCore/Catalog.swift, File problems — let wrongTypeHint
core.wrongTypeHint = see the file format in the README
# BoardCore/Catalog.swift, File problems — func impossibleDate(_ text: String) -> Text
core.impossibleDate = impossible date `{text}`
# BoardCore/Catalog.swift, File problems — func notADate(_ text: String) -> Text
core.notADate = `{text}` is not a date
# BoardCore/Catalog.swift, File problems — let dateHint
core.dateHint = write a real date as YYYY-MM-DD (or DD/MM/YYYY)
# BoardCore/Catalog.swift, File problems — func notAnEffort(_ key: String, _ text: String) -> Text
core.notAnEffort = `{key}`: unreadable amount `{text}`
# BoardCore/Catalog.swift, File problems — let effortHint
core.effortHint = write e.g. 2d (days), 4h (hours) or 1w (week)
# BoardCore/Catalog.swift, File problems — func effortTooLarge(_ text: String) -> Text
core.effortTooLarge = amount `{text}` is too large (at most {effortDays}d)
# BoardCore/Catalog.swift, File problems — let effortTooLargeHint
core.effortTooLargeHint = split the task; amounts are written e.g. 2d, 4h or 1w
# BoardCore/Catalog.swift, File problems — func dateOutOfRange(_ text: String) -> Text
core.dateOutOfRange = date `{text}` is outside the years {lowerBound}–{upperBound}
# BoardCore/Catalog.swift, File problems — func numberOutOfRange(_ key: String, _ text: String) -> Text
core.numberOutOfRange = `{key}`: number `{text}` is outside {lowerBound}–{upperBound}
# BoardCore/Catalog.swift, File limits (README: Limits) — func fileTooLarge(_ bytes: Int) -> Text
core.fileTooLarge = file too large ({bytes} bytes, at most {fileBytes})
# BoardCore/Catalog.swift, File limits (README: Limits) — let fileTooLargeHint
core.fileTooLargeHint = board files are small texts; split it or keep large files outside the board
# BoardCore/Catalog.swift, File limits (README: Limits) — func lineTooLong(_ bytes: Int) -> Text
core.lineTooLong = line too long ({bytes} bytes, at most {lineBytes})
# BoardCore/Catalog.swift, File limits (README: Limits) — let lineTooLongHint
core.lineTooLongHint = break the line
# BoardCore/Catalog.swift, File limits (README: Limits) — let invalidUTF8
core.invalidUTF8 = invalid text: not UTF-8
# BoardCore/Catalog.swift, File limits (README: Limits) — let invalidUTF8Hint
core.invalidUTF8Hint = save the file as UTF-8 (your editor: “Save with encoding”)
# BoardCore/Catalog.swift, File limits (README: Limits) — let u
core.controlCharacter = control character {u} in the text
# BoardCore/Catalog.swift, File limits (README: Limits) — let controlCharacterHint
core.controlCharacterHint = remove this invisible character (only tab and line ends are allowed)
# BoardCore/Catalog.swift, File limits (README: Limits) — let yamlAlias
core.yamlAlias = YAML anchor or alias (& or *) refused in a board file
# BoardCore/Catalog.swift, File limits (README: Limits) — let yamlAliasHint
core.yamlAliasHint = write the value out in full, or quote it if it starts with & or *
# BoardCore/Catalog.swift, File limits (README: Limits) — func yamlTooDeep(_ depth: Int) -> Text
core.yamlTooDeep = YAML nested too deep (more than {depth} levels)
# BoardCore/Catalog.swift, File limits (README: Limits) — let yamlTooDeepHint
core.yamlTooDeepHint = board headers are plain `key: value` lines
# BoardCore/Catalog.swift, File limits (README: Limits) — let symbolicLink
core.symbolicLink = symbolic link: file skipped (Jalon does not follow links)
# BoardCore/Catalog.swift, File limits (README: Limits) — let symbolicLinkHint
core.symbolicLinkHint = replace the link with the file itself
# BoardCore/Catalog.swift, File limits (README: Limits) — func notAnID(_ key: String, _ text: String) -> Text
core.notAnID = `{key}`: `{text}` is not an id
# BoardCore/Catalog.swift, File limits (README: Limits) — let idHint
core.idHint = ids look like T-A1 (task) or M-A1 (milestone)
# BoardCore/Catalog.swift, File limits (README: Limits) — func notADependency(_ text: String) -> Text
core.notADependency = unreadable dependency `{text}`
# BoardCore/Catalog.swift, File limits (README: Limits) — let dependencyHint
core.dependencyHint = write T-A3, T-A3+2d (with a lag) or ss:T-A3 (start-to-start)
# BoardCore/Catalog.swift, File limits (README: Limits) — func progressRange(_ p: Int) -> Text
core.progressRange = progress {p} is outside 0–100
# BoardCore/Catalog.swift, File limits (README: Limits) — let progressHint
core.progressHint = a percentage between 0 and 100
# BoardCore/Catalog.swift, File limits (README: Limits) — func idMismatch(_ found: String, _ expected: String) -> Text
core.idMismatch = id {found} does not match the file name ({expected})
# BoardCore/Catalog.swift, File limits (README: Limits) — let idMismatchHint
core.idMismatchHint = rename the file or fix the id key
# BoardCore/Catalog.swift, File limits (README: Limits) — func missingKey(_ key: String) -> Text
core.missingKey = missing key `{key}`
# BoardCore/Catalog.swift, File limits (README: Limits) — let missingTitleHint
core.missingTitleHint = add a `title: …` line
# BoardCore/Catalog.swift, File limits (README: Limits) — let missingStatusHint
core.missingStatusHint = add a `status: …` line with one of the board's statuses
# BoardCore/Catalog.swift, File limits (README: Limits) — let boardNameHint
core.boardNameHint = add a `name: …` line to jalon.yml
# BoardCore/Catalog.swift, File limits (README: Limits) — let memberIDHint
core.memberIDHint = each member needs a short `id`, e.g. alice
# BoardCore/Catalog.swift, File limits (README: Limits) — func badMemberCode(_ id: String, _ code: String) -> Text
core.badMemberCode = member {id} has an invalid code `{code}`
# BoardCore/Catalog.swift, File limits (README: Limits) — let memberCodeHint
core.memberCodeHint = the code is 1 to 3 capital letters unique to the member (X is kept for non-members)
# BoardCore/Catalog.swift, File limits (README: Limits) — func unknownLanguage(_ text: String) -> Text
core.unknownLanguage = unknown language `{text}`
# BoardCore/Catalog.swift, File limits (README: Limits) — let languageHint
core.languageHint = fr or en
# BoardCore/Catalog.swift, File limits (README: Limits) — let noStatuses
core.noStatuses = the list of statuses is empty
# BoardCore/Catalog.swift, File limits (README: Limits) — let noStatusesHint
core.noStatusesHint = e.g. statuses: [todo, doing, review, done]
# BoardCore/Catalog.swift, File limits (README: Limits) — func unknownWeekday(_ text: String) -> Text
core.unknownWeekday = unknown weekday `{text}`
# BoardCore/Catalog.swift, File limits (README: Limits) — let weekdayHint
core.weekdayHint = mon, tue, wed, thu, fri, sat or sun
# BoardCore/Catalog.swift, File limits (README: Limits) — func endBeforeStart(_ end: String, _ start: String) -> Text
core.endBeforeStart = end ({end}) is before start ({start})
# BoardCore/Catalog.swift, File limits (README: Limits) — let endBeforeStartHint
core.endBeforeStartHint = fix start or end
# BoardCore/Catalog.swift, File limits (README: Limits) — let noFrontMatter
core.noFrontMatter = no YAML front matter (the file must start with a --- line)
# BoardCore/Catalog.swift, File limits (README: Limits) — let noFrontMatterHint
core.noFrontMatterHint = put the header between two --- lines
# BoardCore/Catalog.swift, File limits (README: Limits) — let missingSettings
core.missingSettings = board file not found
# BoardCore/Catalog.swift, File limits (README: Limits) — let cannotOpen
core.cannotOpen = file present but cannot be opened
# BoardCore/Catalog.swift, File limits (README: Limits) — let cannotOpenHint
core.cannotOpenHint = check its permissions (ls -l)
# BoardCore/Catalog.swift, File limits (README: Limits) — let skippedFile
core.skippedFile = file skipped
# BoardCore/Catalog.swift, File limits (README: Limits) — let missingSettingsHint
core.missingSettingsHint = run `jalon init`
# BoardCore/Catalog.swift, File limits (README: Limits) — func badFileName(_ stem: String) -> Text
core.badFileName = file name `{stem}` is not an id; file skipped
# BoardCore/Catalog.swift, File limits (README: Limits) — let badFileNameHint
core.badFileNameHint = name it after its id, e.g. T-A3.md
# BoardCore/Catalog.swift, File limits (README: Limits) — func badHours(_ text: String) -> Text
core.badHours = invalid hours per day `{text}`
# BoardCore/Catalog.swift, File limits (README: Limits) — let hoursHint
core.hoursHint = a number of hours between 0.25 and 24, e.g. 3.5
# BoardCore/Catalog.swift, File limits (README: Limits) — let periodHint
core.periodHint = each period is written `- from: YYYY-MM-DD`, `to: YYYY-MM-DD`
# BoardCore/Catalog.swift, Cross-file problems — func duplicateMember(_ id: String) -> Text
core.duplicateMember = member `{id}` is listed twice
# BoardCore/Catalog.swift, Cross-file problems — let duplicateMemberHint
core.duplicateMemberHint = keep one entry per member
# BoardCore/Catalog.swift, Cross-file problems — func duplicateCode(_ code: String) -> Text
core.duplicateCode = member code `{code}` is used twice
# BoardCore/Catalog.swift, Cross-file problems — func sharedEmail(_ email: String, _ a: String, _ b: String) -> Text
core.sharedEmail = email {email} belongs to both {a} and {b}
# BoardCore/Catalog.swift, Cross-file problems — let sharedEmailHint
core.sharedEmailHint = an email must name one member only
# BoardCore/Catalog.swift, Cross-file problems — func unknownStatus(_ status: String, _ statuses: [String]) -> Text
core.unknownStatus = unknown status `{status}` (statuses are: {statuses})
# BoardCore/Catalog.swift, Cross-file problems — let unknownStatusHint
core.unknownStatusHint = use one of the board's statuses or add it to jalon.yml
# BoardCore/Catalog.swift, Cross-file problems — func unknownMember(_ id: String) -> Text
core.unknownMember = unknown member `{id}`
# BoardCore/Catalog.swift, Cross-file problems — func unknownMemberHint(_ ids: [String]) -> Text
core.unknownMemberHintNoMembers = add them with `jalon member add`
# BoardCore/Catalog.swift, Cross-file problems — func unknownMemberHint(_ ids: [String]) -> Text
core.unknownMemberHintKnown = members are: {ids}; or `jalon member add`
# BoardCore/Catalog.swift, Cross-file problems — func unknownMilestone(_ id: String) -> Text
core.unknownMilestone = unknown milestone {id}
# BoardCore/Catalog.swift, Cross-file problems — let unknownItemHint
core.unknownItemHint = check the id with `jalon task list` or `jalon milestone list`
# BoardCore/Catalog.swift, Cross-file problems — func missingDependency(_ id: String) -> Text
core.missingDependency = depends on {id}, which does not exist
# BoardCore/Catalog.swift, Cross-file problems — func dependsOnItself(_ id: String) -> Text
core.dependsOnItself = {id} depends on itself
# BoardCore/Catalog.swift, Cross-file problems — func dependencyCycle(_ cycle: String) -> Text
core.dependencyCycle = dependency cycle: {cycle}
# BoardCore/Catalog.swift, Cross-file problems — let cycleHint
core.cycleHint = remove one of the dependencies in the cycle
# BoardCore/Catalog.swift, Cross-file problems — func dueBeforeStart(_ due: String, _ start: String) -> Text
core.dueBeforeStart = due date ({due}) is before the start ({start})
# BoardCore/Catalog.swift, Cross-file problems — let dueBeforeStartHint
core.dueBeforeStartHint = fix start or due
# BoardCore/TimeBooking.swift — func negativeSpent(_ text: String) -> Text
core.negativeSpent = negative time spent `{text}`
# BoardCore/TimeBooking.swift — let spentHint
core.spentHint = time spent in a day is written e.g. 2h or 0.5d, at most 24h per member and day
# BoardCore/TimeBooking.swift — func unknownTask(_ id: String) -> Text
core.unknownTask = unknown task {id}
# BoardCore/TimeBooking.swift — func tooMuchSpent(_ member: String, _ day: Day, _ hours: Double) -> Text
core.tooMuchSpent = {member} has {hours} h of time spent on {day}: more than 24 h in a day
# BoardCore/TimeBooking.swift — let bookingFormatHint
core.bookingFormatHint = a time booking has the keys task, member, date and spent (see `jalon time log`)
# BoardCore/StatusWords.swift — let taskWords: [String: Text]
core.taskWords.todo = todo
# BoardCore/StatusWords.swift — let taskWords: [String: Text]
core.taskWords.doing = doing
# BoardCore/StatusWords.swift — let taskWords: [String: Text]
core.taskWords.review = review
# BoardCore/StatusWords.swift — let taskWords: [String: Text]
core.taskWords.done = done
# BoardCore/StatusWords.swift — let taskWords: [String: Text]
core.taskWords.blocked = blocked
# BoardCore/StatusWords.swift — let documentWords: [String: Text]
core.documentWords.draft = draft
# BoardCore/StatusWords.swift — let documentWords: [String: Text]
core.documentWords.review = review
# BoardCore/StatusWords.swift — let documentWords: [String: Text]
core.documentWords.validated = validated
# BoardCore/ConflictMarkers.swift — var number
core.diagnostics = Git conflict markers (<<<<<<< … >>>>>>>): a merge was left unfinished in this file
# BoardCore/ConflictMarkers.swift — var number
core.diagnosticsHint = keep the right version, delete the <<<<<<<, ======= and >>>>>>> lines, then `git add` the file
# BoardCore/Catalog+Docs.swift, Documents — let documentWithoutMetadata
docs.documentWithoutMetadata = document without a metadata header (id, title, author, status, version)
# BoardCore/Catalog+Docs.swift, Documents — let documentMetadataHint
docs.documentMetadataHint = add a --- id, title, author, status: draft, version --- header, or create the document with `jalon doc new`
# BoardCore/Catalog+Docs.swift, Documents — let documentStatusHint
docs.documentStatusHint = document statuses: draft, review, validated
# BoardCore/Catalog+Docs.swift, Documents — func unknownDocumentStatus(_ s: String) -> Text
docs.unknownDocumentStatus = unknown document status `{s}`
# BoardCore/Catalog+Docs.swift, Documents — func orphanSidecar(_ target: String) -> Text
docs.orphanSidecar = metadata file without its document: {target} does not exist
# BoardCore/Catalog+Docs.swift, Documents — let orphanSidecarHint
docs.orphanSidecarHint = delete the metadata file or put the document back next to it
# BoardCore/Catalog+Docs.swift, Documents — func binaryWithoutSidecar(_ sidecar: String) -> Text
docs.binaryWithoutSidecar = document without its metadata file ({sidecar} is missing)
# BoardCore/Catalog+Docs.swift, Documents — let binarySidecarHint
docs.binarySidecarHint = add it with `jalon doc new TITLE --attach FILE`, or write the metadata file by hand (id, title, author, status, version)
# BoardCore/Catalog+Docs.swift, Documents — func duplicateDocumentID(_ id: String, _ other: String) -> Text
docs.duplicateDocumentID = id {id} is already used by {other}
# BoardCore/Catalog+Docs.swift, Documents — let duplicateIDHint
docs.duplicateIDHint = give one of them a new id
# BoardCore/Catalog+Docs.swift, Documents — func namingProblem(_ p: DocumentNaming.Problem) -> Text
docs.namingProblem.spaces = spaces
# BoardCore/Catalog+Docs.swift, Documents — func namingProblem(_ p: DocumentNaming.Problem) -> Text
docs.namingProblem.accents = accents
# BoardCore/Catalog+Docs.swift, Documents — func namingProblem(_ p: DocumentNaming.Problem) -> Text
docs.namingProblem.specialCharacters = special characters `{c}`
# BoardCore/Catalog+Docs.swift, Documents — func namingProblem(_ p: DocumentNaming.Problem) -> Text
docs.namingProblem.dateNotISO = date `{d}` not in ISO order (YYYY-MM-DD)
# BoardCore/Catalog+Docs.swift, Documents — let name
docs.renameDocumentHint = rename it {suggested}: jalon doc rename "{path}" {name}
# BoardCore/Catalog+Docs.swift, Documents — func renameFolderHint(_ suggested: String) -> Text
docs.renameFolderHint = rename the folder {suggested} (git mv)
# BoardCore/Catalog+Docs.swift, Spec — let specWithoutFrontMatter
docs.specWithoutFrontMatter = spec without a header (title, version, status)
# BoardCore/Catalog+Docs.swift, Spec — let specFrontMatterHint
docs.specFrontMatterHint = start the file with --- title: …, version: 0.1, status: draft ---
# BoardCore/Catalog+Docs.swift, Spec — func duplicateDeliverable(_ id: String) -> Text
docs.duplicateDeliverable = deliverable {id} is declared twice
# BoardCore/Catalog+Docs.swift, Spec — let duplicateDeliverableHint
docs.duplicateDeliverableHint = number the deliverables L1, L2, L3… without duplicates
# BoardCore/Catalog+Docs.swift, Spec — func specSectionMissing(_ heading: Text) -> Text
docs.specSectionMissing = section “{heading}” is missing
# BoardCore/Catalog+Docs.swift, Spec — func specSectionMissingHint(_ heading: Text) -> Text
docs.specSectionMissingHint = add a “## {heading}” section
# BoardCore/Catalog+Docs.swift, Spec — func specSubsectionMissingHint(_ heading: Text) -> Text
docs.specSubsectionMissingHint = add “### {heading}” under the constraints
# BoardCore/Catalog+Docs.swift, Spec — func specSectionEmpty(_ heading: String) -> Text
docs.specSectionEmpty = section “{heading}” is empty
# BoardCore/Catalog+Docs.swift, Spec — func specSectionTemplate(_ heading: String) -> Text
docs.specSectionTemplate = section “{heading}” is still the template's text
# BoardCore/Catalog+Docs.swift, Spec — let specSectionFillHint
docs.specSectionFillHint = write it with the team and the client; `jalon spec show` gives the whole picture
# BoardCore/Catalog+Docs.swift, Spec — let objectivesNotMeasurable
docs.objectivesNotMeasurable = no measurable objective (no figure: date, amount, rate…)
# BoardCore/Catalog+Docs.swift, Spec — let objectivesHint
docs.objectivesHint = give each objective a measure, e.g. "5 pages online by Feb 5, 2027"
# BoardCore/Catalog+Docs.swift, Spec — let noDeliverableIDs
docs.noDeliverableIDs = the deliverables have no ids
# BoardCore/Catalog+Docs.swift, Spec — let deliverableIDHint
docs.deliverableIDHint = list them in a table | L1 | Deliverable | Due |, so milestones and tasks can point to them
# BoardCore/Catalog+Docs.swift, Spec — func deliverableNotLinked(_ id: String, _ title: String) -> Text
docs.deliverableNotLinked = deliverable {id} “{title}” is linked to no milestone and no task
# BoardCore/Catalog+Docs.swift, Spec — func deliverableLinkHint(_ id: String) -> Text
docs.deliverableLinkHint = link it: jalon spec link {id} M-A1 (or add `deliverables: [{id}]` to the milestone or task)
# BoardCore/Catalog+Docs.swift, Spec — func unknownDeliverable(_ id: String) -> Text
docs.unknownDeliverable = deliverable {id} is not in the spec
# BoardCore/Catalog+Docs.swift, Spec — let unknownDeliverableHint
docs.unknownDeliverableHint = declare it in the Deliverables section of spec.md, or fix the id
# BoardCore/Catalog+Docs.swift, Spec — func milestoneAfterEnd(_ id: String, _ date: String, _ end: String) -> Text
docs.milestoneAfterEnd = milestone {id} ({date}) falls after the project end ({end})
# BoardCore/Catalog+Docs.swift, Spec — func deliverableAfterEnd(_ id: String, _ date: String, _ end: String) -> Text
docs.deliverableAfterEnd = deliverable {id} is due on {date}, after the project end ({end})
# BoardCore/Catalog+Docs.swift, Spec — let afterEndHint
docs.afterEndHint = move the date earlier, or move the project end, key end: of jalon.yml, with the client's agreement
# BoardCore/Catalog+Docs.swift, Spec — func budgetMismatch(_ sum: Decimal, _ total: Decimal) -> Text
docs.budgetMismatch = the budget lines add up to {sum} but the total says {total}
# BoardCore/Catalog+Docs.swift, Spec — let budgetMismatchHint
docs.budgetMismatchHint = fix a line or the total
# BoardCore/Catalog+Docs.swift, Spec — let budgetNoTotal
docs.budgetNoTotal = the budget has no Total line
# BoardCore/Catalog+Docs.swift, Spec — let budgetNoTotalHint
docs.budgetNoTotalHint = add a | **Total** | amount | line
# BoardCore/Catalog+Docs.swift, Meetings — let meetingIDHint
docs.meetingIDHint = create minutes with `jalon meeting new` (ids R-A1…)
# BoardCore/Catalog+Docs.swift, Meetings — let actionItemHint
docs.actionItemHint = each action is written `- who: bob`, `what: …`, `due: YYYY-MM-DD`
# BoardCore/Catalog+Docs.swift, Meetings — func duplicateMeetingID(_ id: String, _ other: String) -> Text
docs.duplicateMeetingID = id {id} is already used by {other}
# BoardCore/Catalog+Docs.swift, Meetings — func meetingNameDate(_ name: String, _ date: String) -> Text
docs.meetingNameDate = name {name} does not start with the meeting's date ({date})
# BoardCore/Catalog+Docs.swift, Meetings — let meetingNameHint
docs.meetingNameHint = minutes are named meetings/YYYY-MM-DD-topic.md
# BoardCore/Catalog+Docs.swift, Meetings — let attendeeHint
docs.attendeeHint = attendees are members (ids); people from outside go in guests
# BoardCore/Catalog+Docs.swift, Meetings — func missingActionTask(_ id: String) -> Text
docs.missingActionTask = the action points to task {id}, which does not exist
# BoardCore/Catalog+Docs.swift, Comments — let commentFormatHint
docs.commentFormatHint = a comment is comments/ID/YYYYMMDDTHHMMSSZ-member-xxxx.md with author, date (ISO 8601), mentions
# BoardCore/Catalog+Docs.swift, Comments — func badCommentDate(_ text: String) -> Text
docs.badCommentDate = unreadable comment date `{text}`
# BoardCore/Catalog+Docs.swift, Comments — let misplacedComment
docs.misplacedComment = misplaced comment: it must be in comments/ID/
# BoardCore/Catalog+Docs.swift, Comments — func commentOnUnknownItem(_ item: String) -> Text
docs.commentOnUnknownItem = comment on {item}, which does not exist
# BoardCore/Catalog+Docs.swift, Comments — let commentItemHint
docs.commentItemHint = the item may have been deleted; the comment stays in the history
# JalonCLI/ErrorWording.swift — ActionError.unknownMember
action.unknownMember = unknown member `{id}`
# JalonCLI/ErrorWording.swift — ActionError.unknownMember
action.unknownMemberAddHint = add them first: jalon member add {id} --name … --email …
# JalonCLI/ErrorWording.swift — ActionError.unknownMember
action.unknownMemberKnownHint = members are: {known}
# JalonCLI/ErrorWording.swift — ActionError.noIdentity
action.noIdentity = cannot tell who is acting
# JalonCLI/ErrorWording.swift — ActionError.noIdentity
action.noIdentityHint = set git config user.name and user.email, or pass --as MEMBER
# JalonCLI/ErrorWording.swift — ActionError.noIdentityForAs
action.noIdentityForAs = --as {member}: your own Git identity is unknown, and it must stay the committer
# JalonCLI/ErrorWording.swift — ActionError.noIdentityForAs
action.noIdentityForAsHint = set git config user.name and user.email (the commit is authored as {member}, committed by you)
# JalonCLI/ErrorWording.swift — ActionError.unknownItem
action.unknownItem = {id} does not exist
# JalonCLI/ErrorWording.swift — ActionError.unknownItem
action.unknownItemHint = see `jalon task list` or `jalon milestone list`
# JalonCLI/ErrorWording.swift — ActionError.badID
action.badID = `{text}` is not an id
# JalonCLI/ErrorWording.swift — ActionError.notAnItemPath
action.notAnItemPath = `{text}` names no task, milestone, comment, time, minutes or document file of this board
# JalonCLI/ErrorWording.swift — ActionError.notAnItemPath
action.notAnItemPathHint = give the id (T-A1, M-A1) or the path Jalon prints (tasks/T-A1.md); --board picks the board
# JalonCLI/ErrorWording.swift — ActionError.unknownStatus
action.unknownStatus = unknown status `{status}`
# JalonCLI/ErrorWording.swift — ActionError.emptyTitle
action.emptyTitle = the title is empty
# JalonCLI/ErrorWording.swift — ActionError.emptyTitle
action.emptyTitleHint = give a title in quotes
# JalonCLI/ErrorWording.swift — ActionError.cycle
action.cycle = this dependency makes a cycle: {cycle}
# JalonCLI/ErrorWording.swift — ActionError.cycle
action.cycleHint = a task cannot depend on itself, even indirectly
# JalonCLI/ErrorWording.swift — ActionError.brokenFile
action.brokenFile = {path} cannot be read: Jalon will not rewrite it
# JalonCLI/ErrorWording.swift — ActionError.brokenFile
action.brokenFileHint = fix the file (jalon check tells where), then run again; nothing was changed
# JalonCLI/ErrorWording.swift — ActionError.badMemberID
action.badMemberID = invalid member id `{id}`
# JalonCLI/ErrorWording.swift — ActionError.badMemberID
action.badMemberIDHint = letters and digits, no spaces or accents, e.g. alice
# JalonCLI/ErrorWording.swift — ActionError.memberExists
action.memberExists = member `{id}` already exists
# JalonCLI/ErrorWording.swift — ActionError.emailTaken
action.emailTaken = email {email} already belongs to {owner}
# JalonCLI/ErrorWording.swift — ActionError.codeTaken
action.codeTaken = member code `{code}` is not available
# JalonCLI/ErrorWording.swift — ActionError.codeTaken
action.codeTakenHint = 1 to 3 capital letters, not X, not taken
# JalonCLI/ErrorWording.swift — ActionError.badBaselineName
action.badBaselineName = invalid baseline name `{name}`
# JalonCLI/ErrorWording.swift — ActionError.badBaselineName
action.badBaselineNameHint = use letters and digits, e.g. "initial plan"
# JalonCLI/ErrorWording.swift — ActionError.baselineExists
action.baselineExists = baseline `{name}` already exists
# JalonCLI/ErrorWording.swift — ActionError.baselineExists
action.baselineExistsHint = pick another name; `jalon baseline list` shows them
# JalonCLI/ErrorWording.swift — ActionError.unknownBaseline
action.unknownBaseline = unknown baseline `{name}`
# JalonCLI/ErrorWording.swift — ActionError.unknownBaseline
action.unknownBaselineSaveHint = save one first: jalon baseline save "initial plan"
# JalonCLI/ErrorWording.swift — ActionError.unknownBaseline
action.unknownBaselineKnownHint = baselines: {known}
# JalonCLI/ErrorWording.swift — ActionError.emptyBoard
action.emptyBoard = the board has no commit yet
# JalonCLI/ErrorWording.swift — ActionError.emptyBoard
action.emptyBoardHint = run `jalon init` first
# JalonCLI/ErrorWording.swift — ActionError.taskReferenced
action.taskReferenced = {id} is not deleted: other things refer to it
# JalonCLI/ErrorWording.swift — ActionError.taskReferenced
action.taskReferencedHint = remove these references, or `jalon task delete {id} --force` removes them in the same commit; nothing was changed
# JalonCLI/ErrorWording.swift — ActionError.notInList
action.notInList = {id} has no `{value}` among its {field}
# JalonCLI/ErrorWording.swift — ActionError.notInList
action.notInListEmptyHint = it has none; nothing was changed
# JalonCLI/ErrorWording.swift — ActionError.notInList
action.notInListCurrentHint = now: {current}; nothing was changed
# JalonCLI/ErrorWording.swift — ActionError.nothingToDo
action.nothingToDo = nothing to change
# JalonCLI/ErrorWording.swift — ActionError.unknownTemplate
action.unknownTemplate = unknown template `{name}`
# JalonCLI/ErrorWording.swift — ActionError.unknownTemplate
action.unknownTemplateHint = templates: {known}
# JalonCLI/ErrorWording.swift — ActionError.memberEdited
action.memberEdited = Edit member {name} ({id})
# JalonCLI/ErrorWording.swift — ActionError.initSubject
action.initSubject = Create board “{name}”
# JalonCLI/ErrorWording.swift — ActionError.memberAdded
action.memberAdded = Add member {name} ({id})
# JalonCLI/ErrorWording.swift — ActionError.milestoneAdded
action.milestoneAdded = Add milestone {id} “{title}”
# JalonCLI/ErrorWording.swift — ActionError.milestoneEdited
action.milestoneEdited = Edit milestone {id} “{title}”
# JalonCLI/ErrorWording.swift — ActionError.taskAdded
action.taskAdded = Add task {id} “{title}”
# JalonCLI/ErrorWording.swift — ActionError.taskMoved
action.taskMoved = Move task {id} “{title}”: {from} → {to}
# JalonCLI/ErrorWording.swift — ActionError.taskDone
action.taskDone = Complete task {id} “{title}”
# JalonCLI/ErrorWording.swift — ActionError.taskDeleted
action.taskDeleted = Delete task {id} “{title}”
# JalonCLI/ErrorWording.swift — ActionError.taskDeletedWithReferences
action.taskDeletedWithReferences = Delete task {id} “{title}” and its references from {others}
# JalonCLI/ErrorWording.swift — ActionError.taskEdited
action.taskEdited = Edit task {id} “{title}” ({fields})
# JalonCLI/ErrorWording.swift — StoreError.git
store.git = Git failed: {message}
# JalonCLI/ErrorWording.swift — StoreError.git
store.gitHint = {function}, code {code}, class {errorClass}
# JalonCLI/ErrorWording.swift — StoreError.uncommittedChanges
store.uncommittedChanges = uncommitted changes touch the files to change: {paths}
# JalonCLI/ErrorWording.swift — StoreError.uncommittedChanges
store.uncommittedChangesHint = commit them (git commit) or set them aside (git stash), then run the command again; nothing was changed
# JalonCLI/ErrorWording.swift — StoreError.branchKeptMoving
store.branchKeptMoving = branch {branch} moved during each of {attempts} attempts
# JalonCLI/ErrorWording.swift — StoreError.branchKeptMoving
store.branchKeptMovingHint = other programs are writing at the same time; run the command again; nothing was changed
# JalonCLI/ErrorWording.swift — StoreError.journalNotWritten
store.journalNotWritten = cannot write the journal .git/jalon/pending: {error}
# JalonCLI/ErrorWording.swift — StoreError.journalNotWritten
store.journalNotWrittenHint = check the permissions and free space of the .git folder; nothing was changed
# JalonCLI/ErrorWording.swift — StoreError.worktreeNotWritten
store.worktreeNotWritten = cannot write the work tree: {error}
# JalonCLI/ErrorWording.swift — StoreError.worktreeNotWritten
store.worktreeNotWrittenHint = check the files’ permissions; nothing was changed
# JalonCLI/ErrorWording.swift — StoreError.worktreeNotRestored
store.worktreeNotRestored = the change was not saved and the work tree could not be put back: {error}
# JalonCLI/ErrorWording.swift — StoreError.worktreeNotRestored
store.worktreeNotRestoredHint = the next jalon command puts it back (for instance `jalon check`)
# JalonCLI/ErrorWording.swift — StoreError.includedInAnotherCommit
store.includedInAnotherCommit = the change is saved, in commit {short} made at the same moment by another program (it took the files Jalon had staged)
# JalonCLI/ErrorWording.swift — StoreError.includedInAnotherCommit
store.includedInAnotherCommitHint = do not run the command again: there is nothing to redo
# JalonCLI/ErrorWording.swift — StoreError.referenceLocked
store.referenceLocked = the branch is locked by another program ({path})
# JalonCLI/ErrorWording.swift — StoreError.referenceLocked
store.referenceLockedHint = wait for it to finish and run again; if no Git command is running, remove {path}; nothing was changed
# JalonCLI/ErrorWording.swift — StoreError.indexLocked
store.indexLocked = the Git index is locked by another program ({path})
# JalonCLI/ErrorWording.swift — StoreError.indexLocked
store.indexLockedHint = wait for it to finish and run again; if no Git command is running, remove {path}; nothing was changed
# JalonCLI/ErrorWording.swift — StoreNotice.staleLockRemoved
store.staleLockRemoved = removed a lock left by an interrupted Jalon: {path}
# JalonCLI/ErrorWording.swift — StoreNotice.pendingFinished
store.pendingFinished = finished an interrupted update (commit {short} was already saved): {paths}
# JalonCLI/ErrorWording.swift — StoreNotice.pendingUndone
store.pendingUndone = a change interrupted before it was saved; files put back as they were: {paths}
# JalonCLI/ErrorWording.swift — StoreNotice.pendingLeftAlone
store.pendingLeftAlone = files changed since an interrupted update, left as they are: {paths} (check them with `git status`)
# JalonCLI/ErrorWording.swift — StoreNotice.pendingDropped
store.pendingDropped = an interrupted update: {reference} was moved since (by a Git commit); the files now follow that commit
# JalonCLI/ErrorWording.swift — StoreError.checkedOutElsewhere
store.checkedOutElsewhere = the board's branch ({branch}) is checked out in another work tree: {path}
# JalonCLI/ErrorWording.swift — StoreError.checkedOutElsewhere
store.checkedOutElsewhereHint = run the command in {path}; nothing was changed
# JalonCLI/ErrorWording.swift — StoreError.unreadableFile
store.unreadableFile = unreadable file: {rendered}
# JalonCLI/ErrorWording.swift — StoreError.unreadableFile
store.unreadableFileHint = fix this file, then run `jalon check`; nothing was changed
# JalonCLI/ErrorWording.swift — StoreError.unreadableSettings
store.unreadableSettings = the board file cannot be read: {prefix}
# JalonCLI/ErrorWording.swift — StoreError.unreadableSettings
store.unreadableSettingsHint = fix jalon.yml (or `git checkout -- jalon.yml`), then run again; nothing was changed
# JalonCLI/ErrorWording.swift — StoreError.pathOutsideBoard
store.pathOutsideBoard = path `{path}` refused: it leaves the board folder
# JalonCLI/ErrorWording.swift — StoreError.pathOutsideBoard
store.pathOutsideBoardHint = give a relative path inside the board, without `..`
# JalonCLI/ErrorWording.swift — StoreError.lockFailed
store.lockFailed = cannot lock {path}
# JalonCLI/ErrorWording.swift — StoreError.lockFailed
store.lockFailedHint = check the permissions of the .git folder
# JalonCLI/ErrorWording.swift — StoreError.notARepository
store.notARepository = no Git repository here ({path})
# JalonCLI/ErrorWording.swift — StoreError.notARepository
store.notARepositoryHint = go to the project's repository, or run `jalon init` to create one
# JalonCLI/ErrorWording.swift — StoreError.noBoard
store.noBoard = no Jalon board found from {path}
# JalonCLI/ErrorWording.swift — StoreError.noBoard
store.noBoardHint = run `jalon init`, or pass --board FOLDER
# JalonCLI/ErrorWording.swift — StoreError.list
store.severalBoards = several Jalon boards below {path}: {list}
# JalonCLI/ErrorWording.swift — StoreError.list
store.severalBoardsHint = choose one with --board FOLDER, or run the command from its folder
# JalonCLI/ErrorWording.swift — StoreError.boardExists
store.boardExists = there is already a board here ({path})
# JalonCLI/ErrorWording.swift — StoreError.boardExists
store.boardExistsHint = use it, or pick another folder with --board
# JalonCLI/ErrorWording.swift — StoreError.detachedHead
store.detachedHead = HEAD is detached: the board needs a branch
# JalonCLI/ErrorWording.swift — StoreError.detachedHead
store.detachedHeadHint = `git switch main` (or another branch), then run again
# JalonCLI/ErrorWording.swift — StoreError.bareRepository
store.bareRepository = this repository has no work tree
# JalonCLI/ErrorWording.swift — StoreError.bareRepository
store.bareRepositoryHint = clone it first (git clone)
# JalonCLI/ErrorWording.swift — TimeError.notAMember
store.notAMember = {name} is not a team member: time spent is a member's
# JalonCLI/ErrorWording.swift — TimeError.notAMember
store.notAMemberHint = pass --as MEMBER, or add your email to your member (jalon member edit)
# JalonCLI/ErrorWording.swift — TimeError.notPositive
store.notPositive = time spent must be positive
# JalonCLI/ErrorWording.swift — TimeError.notPositive
store.notPositiveHint = e.g. jalon time log T-A1 2h
# JalonCLI/ErrorWording.swift — TimeError.future
store.future = {day} has not come yet
# JalonCLI/ErrorWording.swift — TimeError.future
store.futureHint = log time on the day or later, with --date DAY
# JalonCLI/ErrorWording.swift — TimeError.overDay
store.overDay = {member} already has {already} h on {day}: a day holds at most 24 h
# JalonCLI/ErrorWording.swift — TimeError.overDay
store.overDayHint = check the date (--date) and the amount; `jalon time list` shows the bookings
# BoardStore/TimeActions.swift — func subject(_ id: String, _ title: String, _ hours: Double, _ day: Day) -> Text
store.subject = Log {hours} h on {id} “{title}” for {day}
# JalonCLI/ErrorWording.swift — TaskReference.text: a reference that stops a task delete
store.text.milestoneDependency = milestone {id} depends on it ({file})
# JalonCLI/ErrorWording.swift — TaskReference.text: a reference that stops a task delete
store.text.taskDependency = task {id} depends on it ({file})
# JalonCLI/ErrorWording.swift — TaskReference.text: a reference that stops a task delete
store.text.meetingAction = it is the task of action “{what}” of meeting {meeting} ({file})
# JalonCLI/ErrorWording.swift — TaskReference.text: a reference that stops a task delete
store.text.deliverable = it produces deliverable {d} of the spec ({path})
# JalonCLI/ErrorWording.swift — TaskReference.text: a reference that stops a task delete
store.text.comments = {n} {n|comment|comments} ({file})
# JalonCLI/ErrorWording.swift — TaskReference.removal: what task delete --force changed
store.removal.dependency = dependency removed from {id} ({file})
# JalonCLI/ErrorWording.swift — TaskReference.removal: what task delete --force changed
store.removal.meetingAction = action “{what}” of {meeting} has no task any more ({file})
# JalonCLI/ErrorWording.swift — TaskReference.removal: what task delete --force changed
store.removal.deliverable = deliverable {d} is no longer linked to this task
# JalonCLI/ErrorWording.swift — TaskReference.removal: what task delete --force changed
store.removal.comments = {n} {n|comment|comments} removed ({file}; Git's history keeps them)
# JalonCLI/ErrorWording.swift — TaskListField.name, in action.notInList
action.listField.assignees = assignees
# JalonCLI/ErrorWording.swift — TaskListField.name, in action.notInList
action.listField.labels = labels
# JalonCLI/ErrorWording.swift — TaskListField.name, in action.notInList
action.listField.dependencies = dependencies
# JalonCLI/ErrorWording.swift — StoreError.noBoardYet
store.noBoardYet = the board has no commit on or before {iso}
# JalonCLI/ErrorWording.swift — StoreError.noBoardYet
store.noBoardYetHint = pick a status date (--at) after the first commit
# JalonCLI/ErrorWording.swift — StoreError.newsMarkerNotSaved
store.saveNewsMarker = cannot record when you looked in {path}
# JalonCLI/ErrorWording.swift — StoreError.newsMarkerNotSaved
store.saveNewsMarkerHint = check the permissions of the .git folder
# BoardStore/MergeDriver.swift — let declared
store.declared = Jalon merge driver declared in .gitattributes
# BoardCore/BoardTemplate.swift — let file: File
store.text = template {name} cannot be read: {error}
# JalonCLI/ErrorWording.swift — DocsError.linkOutsideBoard
docsError.linkOutsideBoard = path `{path}` refused: it is a link that leads outside the board ({target})
# JalonCLI/ErrorWording.swift — DocsError.linkOutsideBoard
docsError.linkOutsideBoardHint = Jalon never reads or writes outside the board folder; replace the link with a real folder
# JalonCLI/ErrorWording.swift — DocsError.writeThroughLink
docsError.writeThroughLink = path `{path}` refused: it goes through a symbolic link
# JalonCLI/ErrorWording.swift — DocsError.writeThroughLink
docsError.writeThroughLinkHint = Jalon does not write through links; pick a real folder of the board
# JalonCLI/ErrorWording.swift — DocsError.noSpec
docsError.noSpec = no project spec yet (spec.md)
# JalonCLI/ErrorWording.swift — DocsError.noSpec
docsError.noSpecHint = create it: jalon spec init
# JalonCLI/ErrorWording.swift — DocsError.specExists
docsError.specExists = the project spec already exists (spec.md)
# JalonCLI/ErrorWording.swift — DocsError.specExists
docsError.specExistsHint = edit spec.md, then `jalon spec check`; nothing was changed
# JalonCLI/ErrorWording.swift — DocsError.unknownTemplate
docsError.unknownTemplate = unknown document template `{name}`
# JalonCLI/ErrorWording.swift — DocsError.unknownTemplate
docsError.unknownTemplateHint = templates: {known} (or a templates/{name}.md file in the board)
# JalonCLI/ErrorWording.swift — DocsError.unknownDocument
docsError.unknownDocument = unknown document `{key}`
# JalonCLI/ErrorWording.swift — DocsError.unknownDocument
docsError.unknownDocumentHint = see `jalon doc list` (an id D-… or a path docs/…)
# JalonCLI/ErrorWording.swift — DocsError.documentExists
docsError.documentExists = a file already exists at {path}
# JalonCLI/ErrorWording.swift — DocsError.documentExists
docsError.documentExistsHint = pick another title or folder (--folder, --name); nothing was changed
# JalonCLI/ErrorWording.swift — DocsError.badDocumentStatus
docsError.badDocumentStatus = unknown document status `{status}`
# JalonCLI/ErrorWording.swift — DocsError.documentWithoutID
docsError.documentWithoutID = {path} has no readable metadata
# JalonCLI/ErrorWording.swift — DocsError.documentWithoutID
docsError.documentWithoutIDHint = fix its header (jalon doc check tells where); nothing was changed
# JalonCLI/ErrorWording.swift — DocsError.badFileName
docsError.badFileName = file name `{name}` breaks the naming rule
# JalonCLI/ErrorWording.swift — DocsError.badFileName
docsError.badFileNameHint = e.g. {suggested} (no spaces, accents or special characters; dates YYYY-MM-DD)
# JalonCLI/ErrorWording.swift — DocsError.unreadableAttachment
docsError.unreadableAttachment = cannot read the file to attach {path}
# JalonCLI/ErrorWording.swift — DocsError.unreadableAttachment
docsError.unreadableAttachmentHint = check the path and the permissions
# JalonCLI/ErrorWording.swift — DocsError.unknownMeeting
docsError.unknownMeeting = unknown meeting minutes `{key}`
# JalonCLI/ErrorWording.swift — DocsError.unknownMeeting
docsError.unknownMeetingHint = see `jalon meeting list` (an id R-…)
# JalonCLI/ErrorWording.swift — DocsError.brokenMeeting
docsError.brokenMeeting = {path} cannot be read: Jalon will not rewrite it
# JalonCLI/ErrorWording.swift — DocsError.brokenMeeting
docsError.brokenMeetingHint = fix the file (jalon check tells where), then run again; nothing was changed
# JalonCLI/ErrorWording.swift — DocsError.noActions
docsError.noActions = no action item without a task in these minutes
# JalonCLI/ErrorWording.swift — DocsError.noActions
docsError.noActionsHint = add action items (who, what, due) under `actions:` in the header
# JalonCLI/ErrorWording.swift — DocsError.noActionOwner
docsError.noActionOwner = who does this action? --who is empty
# JalonCLI/ErrorWording.swift — DocsError.noActionOwner
docsError.noActionOwnerHint = a member (e.g. --who alice) or the name of someone outside the team
# JalonCLI/ErrorWording.swift — DocsError.unknownActionOwner
docsError.unknownActionOwner = `{who}` is neither a member nor a guest of this meeting
# JalonCLI/ErrorWording.swift — DocsError.unknownActionOwner
docsError.unknownActionOwnerHint = possible: {known}; a guest is added under `guests:` in the header
# JalonCLI/ErrorWording.swift — DocsError.emptyComment
docsError.emptyComment = the comment is empty
# JalonCLI/ErrorWording.swift — DocsError.emptyComment
docsError.emptyCommentHint = give the text in quotes
# JalonCLI/ErrorWording.swift — DocsError.unknownCommentTarget
docsError.unknownCommentTarget = {id} does not exist: nothing to comment on
# JalonCLI/ErrorWording.swift — DocsError.unknownCommentTarget
docsError.unknownCommentTargetHint = you can comment on a task (T-…), a milestone (M-…), a document (D-…) or minutes (R-…)
# JalonCLI/ErrorWording.swift — DocsError.unknownMention
docsError.unknownMention = @{name} is not a member
# JalonCLI/ErrorWording.swift — DocsError.unknownMention
docsError.unknownMentionHint = members are: {members}, or @all for the whole team; nothing was changed
# JalonCLI/ErrorWording.swift — DocsError.badDeliverable
docsError.badDeliverable = `{id}` is not a deliverable of the spec
# JalonCLI/ErrorWording.swift — DocsError.badDeliverable
docsError.badDeliverableHint = deliverables are L1, L2… in the Deliverables section of spec.md
# JalonCLI/ErrorWording.swift — DocsError.uncommittedDeliverable
docsError.uncommittedDeliverable = deliverable {id} is only in your copy of {path}, not committed yet
# JalonCLI/ErrorWording.swift — DocsError.uncommittedDeliverable
docsError.uncommittedDeliverableHint = commit the spec first: git commit {path} -m "…"; nothing was changed
# JalonCLI/ErrorWording.swift — DocsError.unknownRevision
docsError.unknownRevision = `{ref}` names no commit
# JalonCLI/ErrorWording.swift — DocsError.unknownRevision
docsError.unknownRevisionHint = give a branch (origin/main after git fetch), a tag or a commit id
# JalonCLI/ErrorWording.swift — DocsError.mergeConflicts
docsError.mergeConflicts = merging {ref} conflicts on {pathsCount} {pathsCount|file|files}: {paths}
# JalonCLI/ErrorWording.swift — DocsError.mergeConflicts
docsError.mergeConflictsHint = nothing was changed; on the board's branch (`git switch {home}`), merge with `git merge {ref}`, fix those files, then `git commit` and `jalon check`
# JalonCLI/ErrorWording.swift — DocsError.noCommonHistory
docsError.noCommonHistory = the two branches share no history
# JalonCLI/ErrorWording.swift — DocsError.noCommonHistory
docsError.noCommonHistoryHint = check the branch to merge; nothing was changed
# JalonCLI/ErrorWording.swift — ClassFileError.badLine
classFile.badLine = {file}:{line}: unreadable line
# JalonCLI/ErrorWording.swift — ClassFileError.badLine
classFile.badLineHint = the file lists the teams under `teams:`, each `- name: …` then `path: …` or `url: …`
# JalonCLI/ErrorWording.swift — ClassFileError.noTeams
classFile.noTeams = {file}: no teams
# JalonCLI/ErrorWording.swift — ClassFileError.noTeams
classFile.noTeamsHint = add a `teams:` list with `- name: …` and `path: …` or `url: …` (see Boards/classe-exemple.yml)
# JalonCLI/ErrorWording.swift — ClassFileError.teamWithoutName
classFile.teamWithoutName = line {line}: team without a `name`
# JalonCLI/ErrorWording.swift — ClassFileError.teamWithoutSource
classFile.teamWithoutSource = line {line}: neither `path` nor `url`
# JalonCLI/ErrorWording.swift — ClassFileError.badTeamLine
classFile.badTeamLine = line {line} is unreadable
# JalonCLI/ErrorWording.swift — ClassFileError.cannotRead
classFile.cannotRead = cannot read {file}
# JalonCLI/ErrorWording.swift — ClassFileError.cannotRead
classFile.cannotReadHint = check the class file's path
# JalonCLI/ErrorWording.swift — ClassFileError.fetchFailed
classFile.fetchFailed = cannot fetch {url}: {message}
# JalonCLI/ErrorWording.swift — ClassFileError.fetchFailed
classFile.fetchFailedHint = check the address and access to the repository (network, rights)
# JalonCLI/ErrorWording.swift — ClassFileError.noBoardInRemote
classFile.noBoardInRemote = no Jalon board in {url}
# JalonCLI/ErrorWording.swift — ClassFileError.noBoardInRemote
classFile.noBoardInRemoteHint = give its folder with `board:` and its branch with `branch:`
# JalonCLI/ErrorWording.swift — ClassFileError.brokenSettings
classFile.brokenSettings = jalon.yml is unreadable
# JalonCLI/ErrorWording.swift — ClassFileError.brokenSettings
classFile.brokenSettingsHint = the team must fix it (`jalon check`)
# JalonCLI/ErrorWording.swift — SyncError.noRemote
sync.noRemote = no remote `{name}`
# JalonCLI/ErrorWording.swift — SyncError.noRemote
sync.noRemoteHint = add it (git remote add origin URL) or give a URL: jalon sync URL; nothing was changed
# JalonCLI/ErrorWording.swift — SyncError.authentication
sync.authentication = authentication refused by {remote}
# JalonCLI/ErrorWording.swift — SyncError.authentication
sync.authenticationHint = put a token in JALON_GIT_TOKEN, or the login in ~/.git-credentials, or load your SSH key (ssh-add); nothing was changed
# JalonCLI/ErrorWording.swift — SyncError.unreachable
sync.unreachable = remote unreachable ({remote}): {why}
# JalonCLI/ErrorWording.swift — SyncError.unreachable
sync.unreachableHint = check the address (git remote -v) and the network, then run again; nothing was changed
# JalonCLI/ErrorWording.swift — SyncError.certificate
sync.certificate = server certificate not verified ({remote}): {why}
# JalonCLI/ErrorWording.swift — SyncError.certificate
sync.certificateHint = if the school's server has its own certificate authority, point Git to it (git config http.sslCAInfo /path/ca.pem), Jalon reads the same setting; then run again; nothing was changed
# JalonCLI/ErrorWording.swift — SyncError.rejected
sync.rejected = {remote} refused {reference}: {why}
# JalonCLI/ErrorWording.swift — SyncError.rejected
sync.rejectedHint = a protected branch needs permission (or a merge request); nothing was changed here
# JalonCLI/ErrorWording.swift — SyncError.unknownHostKey
sync.unknownHostKey = unknown or changed SSH host key for {remote}
# JalonCLI/ErrorWording.swift — SyncError.unknownHostKey
sync.unknownHostKeyHint = connect once with ssh (or git fetch) to add it to ~/.ssh/known_hosts, after checking its fingerprint; nothing was changed
# JalonCLI/ErrorWording.swift — SyncError.remoteKeepsMoving
sync.remoteKeepsMoving = the remote changed on every attempt
# JalonCLI/ErrorWording.swift — SyncError.remoteKeepsMoving
sync.remoteKeepsMovingHint = run jalon sync again in a moment
# JalonCLI/ErrorWording.swift — SyncError.failed
sync.failed = exchange with {remote} failed: {message}
# JalonCLI/ErrorWording.swift — SyncError.failed
sync.failedHint = check the address and your rights, then run again; nothing was changed
# BoardStore/Docs/SpecActions.swift — let specCreated
specAction.specCreated = Create the project spec
# BoardStore/Docs/SpecActions.swift — func specLinked(_ deliverable: String, _ items: String) -> Text
specAction.specLinked = Link deliverable {deliverable} to {items}
# BoardStore/Docs/SpecActions.swift — func documentAdded(_ id: String, _ title: String) -> Text
specAction.documentAdded = Add document {id} “{title}”
# BoardStore/Docs/SpecActions.swift — func documentStatus(_ id: String, _ title: String, _ from: String, _ to: String) -> Text
specAction.documentStatus = Document {id} “{title}”: {from} → {to}
# BoardStore/Docs/SpecActions.swift — func documentRenamed(_ from: String, _ to: String) -> Text
specAction.documentRenamed = Rename document {from} → {to}
# BoardStore/Docs/SpecActions.swift — func meetingAdded(_ id: String, _ title: String, _ date: Day) -> Text
specAction.meetingAdded = Add minutes {id} “{title}” of {date}
# BoardStore/Docs/SpecActions.swift — func meetingTasks(_ id: String, _ tasks: [String]) -> Text
specAction.meetingTasks = Action items of {id}: add tasks {tasks}
# BoardStore/Docs/SpecActions.swift — func meetingActionAdded(_ id: String, _ what: String) -> Text
specAction.meetingActionAdded = Add action item to {id}: “{what}”
# BoardStore/Docs/SpecActions.swift — func specStatus(_ from: String, _ to: String) -> Text
specAction.specStatus = Project spec: {from} → {to}
# BoardStore/Docs/SpecActions.swift — func merged(_ ref: String, _ branch: String) -> Text
specAction.merged = Merge {ref} into {branch}
# BoardCore/Catalog+Docs.swift, Documents — a document name and the naming problems found (docs.namingProblem.*), comma-separated
docs.badDocumentName = name `{name}` breaks the naming rule: {problems}
# JalonCLI/ErrorWording.swift — ActionError.unknownStatus(status, statuses): the board's statuses, comma-separated
action.unknownStatusHint = the board's statuses are: {statuses}
# BoardStore/ActionError.swift — a holiday or absence of one day, in commit subjects
action.periodDay = {day}
# BoardStore/ActionError.swift — a holiday or absence of several days, in commit subjects
action.period = from {from} to {to}
# BoardStore/ActionError.swift — commit subject: a holiday (its name, action.holidayName or action.holidayUnnamed) and its period (action.period)
action.holidayAdded = Add holiday “{name}” {period}
# BoardStore/ActionError.swift — the name of a holiday, as typed
action.holidayName = {name}
# BoardStore/ActionError.swift — the name of a holiday given none
action.holidayUnnamed = closed
# BoardStore/ActionError.swift — commit subject: a member away, the period (action.period) and the reason in brackets when given
action.absenceAdded = {name} away {period}{reason}
# BoardStore/Docs/SpecActions.swift — commit subject: a comment on a task or document, with its title (specAction.commentTitle) when known
specAction.commentAdded = Comment on {item}{title}
# BoardStore/Docs/SpecActions.swift — the quoted title after the item of a comment
specAction.commentTitle = \u{20}“{title}”
# JalonCLI/ErrorWording.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.merge = a Git merge is in progress
# JalonCLI/ErrorWording.swift — how to finish or leave that Git operation
store.gitOperationHint.merge = finish it (`git commit`) or abort it (`git merge --abort`)
# JalonCLI/ErrorWording.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.rebase = a Git rebase is in progress
# JalonCLI/ErrorWording.swift — how to finish or leave that Git operation
store.gitOperationHint.rebase = `git rebase --continue` or `git rebase --abort`
# JalonCLI/ErrorWording.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.cherryPick = a Git cherry-pick is in progress
# JalonCLI/ErrorWording.swift — how to finish or leave that Git operation
store.gitOperationHint.cherryPick = `git cherry-pick --continue` or `git cherry-pick --abort`
# JalonCLI/ErrorWording.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.revert = a Git revert is in progress
# JalonCLI/ErrorWording.swift — how to finish or leave that Git operation
store.gitOperationHint.revert = `git revert --continue` or `git revert --abort`
# JalonCLI/ErrorWording.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.bisect = a Git bisect is in progress
# JalonCLI/ErrorWording.swift — how to finish or leave that Git operation
store.gitOperationHint.bisect = `git bisect reset` when you are done
# JalonCLI/ErrorWording.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.applyMailbox = a `git am` is in progress
# JalonCLI/ErrorWording.swift — how to finish or leave that Git operation
store.gitOperationHint.applyMailbox = `git am --continue` or `git am --abort`
# JalonCLI/ErrorWording.swift — refusal while Git is in the middle of an operation (store.gitOperation.*)
store.unfinishedGitOperation = {operation}: Jalon does not change the board meanwhile
# JalonCLI/ErrorWording.swift — how to leave that operation (store.gitOperationHint.*)
store.unfinishedGitOperationHint = {hint}, then run the command again; nothing was changed
# BoardStore/Docs/MeetingActions.swift, the agenda of new minutes — a quoted title
agenda.quoted = “{text}”
# BoardStore/Docs/MeetingActions.swift, the agenda of new minutes — heading (Markdown)
agenda.lateTasks = ### Late tasks
# BoardStore/Docs/MeetingActions.swift, the agenda of new minutes — no late task (Markdown list item)
agenda.noLateTask = - none
# BoardStore/Docs/MeetingActions.swift, the agenda of new minutes — the due date after a task or an action
agenda.due = \u{20}— due {date}
# BoardStore/Docs/MeetingActions.swift, the agenda of new minutes — heading (Markdown)
agenda.upcomingMilestones = ### Upcoming milestones
# BoardStore/Docs/MeetingActions.swift, the agenda of new minutes — no upcoming milestone (Markdown list item)
agenda.noMilestone = - none
# BoardStore/Docs/MeetingActions.swift, the agenda of new minutes — after a milestone: how many of its tasks are open
agenda.openTasks = \u{20}({open} open {open|task|tasks})
# BoardStore/Docs/MeetingActions.swift, the agenda of new minutes — heading (Markdown)
agenda.openQuestions = ### Open questions
# BoardStore/Docs/MeetingActions.swift, the agenda of new minutes — an open action of earlier minutes: quoted, who, which minutes, its task in brackets, its due date (agenda.due)
agenda.followUp = - Follow up on {what} ({who}, {meeting}){task}{due}
# BoardStore/Docs/MeetingActions.swift, the agenda of new minutes — heading (Markdown)
agenda.otherBusiness = ### Any other business
# BoardStore/Docs/MeetingActions.swift — the title of new minutes given none
agenda.defaultTitle = Meeting
# BoardStore/Docs/MeetingActions.swift — the guests of new minutes when there are none
agenda.noGuests = none
# BoardStore/Docs/MeetingActions.swift — new minutes without a template: title, date and the agenda (agenda.*)
agenda.body = # {title} — {date}\n\n## Agenda\n\n{agenda}\n
# BoardStore/Docs/MeetingActions.swift — the body of a task made from an action of minutes: the meeting date, its id and file, who it is given to (agenda.actionGivenTo) when not a member
agenda.actionTaskBody = Action item from the meeting of {day} ({id}, {path}){given}.\n
# BoardStore/Docs/MeetingActions.swift — who an action is given to, when not a member of the board
agenda.actionGivenTo = ; given to {who}
# Reports/Catalog+Planning.swift, Calendar words — let n
plan.weekLabel = W{n}
# Reports/Catalog+Planning.swift, Calendar words — func workingDays(_ n: Int) -> Text
plan.workingDays = {n} d
# Reports/Catalog+Planning.swift, Calendar words — func signedDays(_ n: Int) -> Text
plan.signedDaysZero = 0
# Reports/Catalog+Planning.swift, Calendar words — let sign
plan.signedDays = {sign}{n} d
# Reports/Catalog+Planning.swift, Calendar words — func quoted(_ s: String) -> Text
plan.quoted = “{s}”
# Reports/Catalog+Planning.swift, Gantt chart — let ganttNothing
plan.ganttNothing = nothing to plan: add tasks with `jalon task add`
# Reports/Catalog+Planning.swift, Gantt chart — func ganttNothingBetween(_ from: String, _ to: String) -> Text
plan.ganttNothingBetween = nothing planned from {from} to {to}: widen the period (--from/--to)
# Reports/Catalog+Planning.swift, Gantt chart — func ganttTruncated(_ at: String) -> Text
plan.ganttTruncated = chart cut at {at} for lack of room: shorten the period (--from/--to), use --scale week or month, or widen it (--width)
# Reports/Catalog+Planning.swift, Gantt chart — let ganttNoMilestone
plan.ganttNoMilestone = No milestone
# Reports/Catalog+Planning.swift, Gantt chart — let ganttTasks
plan.ganttTasks = Tasks
# Reports/Catalog+Planning.swift, Gantt chart — let ganttUnassigned
plan.ganttUnassigned = Unassigned
# Reports/Catalog+Planning.swift, Gantt chart — let ganttMilestones
plan.ganttMilestones = Milestones
# Reports/Catalog+Planning.swift, Gantt chart — let legendDone
plan.legendDone = done
# Reports/Catalog+Planning.swift, Gantt chart — let legendRemaining
plan.legendRemaining = to do
# Reports/Catalog+Planning.swift, Gantt chart — let legendMilestone
plan.legendMilestone = milestone
# Reports/Catalog+Planning.swift, Gantt chart — let legendCritical
plan.legendCritical = critical
# Reports/Catalog+Planning.swift, Gantt chart — let legendLate
plan.legendLate = late
# Reports/Catalog+Planning.swift, Gantt chart — let legendOutside
plan.legendOutside = outside the period
# Reports/Catalog+Planning.swift, Gantt chart — func legendToday(_ day: String) -> Text
plan.legendToday = today ({day})
# Reports/Catalog+Planning.swift, Gantt chart — func legendNonWorking(_ names: [String]) -> Text
plan.legendNonWorking = non-working
# Reports/Catalog+Planning.swift, Gantt chart — func legendNonWorking(_ names: [String]) -> Text
plan.legendNonWorkingNamed = non-working ({names})
# Reports/Catalog+Planning.swift, Gantt chart — func legendBaseline(_ name: String?) -> Text
plan.legendBaseline = planned
# Reports/Catalog+Planning.swift, Gantt chart — func legendBaseline(_ name: String?) -> Text
plan.legendBaselineNamed = planned (“{name}”)
# Reports/Catalog+Planning.swift, Gantt chart — let baselineDefaultName
plan.baselineDefaultName = planned
# Reports/Catalog+Planning.swift, Plan — let columnEnd
plan.columnEnd = End
# Reports/Catalog+Planning.swift, Plan — let columnSlack
plan.columnSlack = Slack
# Reports/Catalog+Planning.swift, Plan — let columnCritical
plan.columnCritical = Critical
# Reports/Catalog+Planning.swift, Plan — let columnLate
plan.columnLate = Late
# Reports/Catalog+Planning.swift, Plan — let columnMember
plan.columnMember = Member
# Reports/Catalog+Planning.swift, Plan — func criticalPath(_ chain: String) -> Text
plan.criticalPath = Critical path: {chain}
# Reports/Catalog+Planning.swift, Plan — let noCriticalPath
plan.noCriticalPath = Critical path: none
# Reports/Catalog+Planning.swift, Plan — func planSpan(_ start: String, _ end: String) -> Text
plan.planSpan = Project from {start} to {end}
# Reports/Catalog+Planning.swift, Plan — func planLegend(_ critical: String, _ late: String) -> Text
plan.planLegend = {critical} = critical (no slack: a day late delays the project end); {late} = late; slack in working days
# Reports/Catalog+Planning.swift, Plan — func conflictsHeader(_ n: Int) -> Text
plan.conflictsHeader = Conflicts ({n}):
# Reports/Catalog+Planning.swift, Plan — let noConflicts
plan.noConflicts = No conflicts.
# Reports/Catalog+Planning.swift, Plan — func move(_ task: String, _ from: String, _ to: String, withinSlack: Bool) -> Text
plan.moveWithinSlack = {task}: start moved from {from} to {to}, within its slack
# Reports/Catalog+Planning.swift, Plan — func move(_ task: String, _ from: String, _ to: String, withinSlack: Bool) -> Text
plan.moveBeyondSlack = {task}: start moved from {from} to {to}, beyond its slack (the project end moves later)
# Reports/Catalog+Planning.swift, Conflicts — func conflictCycle(_ chain: String, _ first: String) -> Text
plan.conflictCycle = Dependency cycle: {chain}. Remove one of these dependencies (`jalon task edit {first} --depends …`).
# Reports/Catalog+Planning.swift, Conflicts — func conflictDueBeforeEnd(_ task: String, _ due: String, _ earliest: String, _ id: String) -> Text
plan.conflictDueBeforeEnd = {task}: due on {due}, but cannot end before {earliest}. Move the due date (`jalon task edit {id} --due …`), cut the estimate or add someone to the task.
# Reports/Catalog+Planning.swift, Conflicts — func conflictMilestoneMissed(_ milestone: String, _ date: String, _ forecast: String, _ id: String) -> Text
plan.conflictMilestoneMissed = Milestone {milestone} is set for {date}, but its tasks end {forecast} at the earliest. Move the milestone (`jalon milestone edit {id} --date …`) or shorten its tasks.
# Reports/Catalog+Planning.swift, Conflicts — let h
plan.conflictHoliday = {task}: work planned on {day}, a non-working day{h}. Change its start (`jalon task edit {id} --start …`) or the calendar.
# Reports/Catalog+Planning.swift, Conflicts — let r
plan.conflictAbsence = {task}: {member} is away on {day}{r}. Give the task to someone else (`jalon task edit {id} --assign …`) or move it.
# Reports/Catalog+Planning.swift, Conflicts — func conflictOverload(_ member: String, _ hours: Text, _ week: Text, _ monday: String, _ capacity: Text) -> Text
plan.conflictOverload = {member}: {hours} of work in week {week} (from {monday}) for {capacity} available. Run `jalon plan --level` or share out their tasks.
# Reports/Catalog+Planning.swift, Workload — func loadCaption(_ week: Text, _ monday: String) -> Text
plan.loadCaption = Workload per member and week, in hours / capacity ({week} = week of {monday})
# Reports/Catalog+Planning.swift, Workload — let noLoad
plan.noLoad = no planned workload (no assigned task with an estimate)
# Reports/Catalog+Planning.swift, Workload — func overloadLegend(_ marker: String) -> Text
plan.overloadLegend = {marker} = overload, more hours than the capacity: run `jalon plan --level` or share out the tasks
# Reports/Catalog+Planning.swift, Baseline comparison — func comparisonTitle(_ name: String) -> Text
plan.comparisonTitle = Slippage against “{name}”
# Reports/Catalog+Planning.swift, Baseline comparison — let columnPlannedStart
plan.columnPlannedStart = Planned start
# Reports/Catalog+Planning.swift, Baseline comparison — let columnCurrentStart
plan.columnCurrentStart = Current start
# Reports/Catalog+Planning.swift, Baseline comparison — let columnPlannedEnd
plan.columnPlannedEnd = Planned end
# Reports/Catalog+Planning.swift, Baseline comparison — let columnCurrentEnd
plan.columnCurrentEnd = Current end
# Reports/Catalog+Planning.swift, Baseline comparison — let columnStartSlip
plan.columnStartSlip = Start slip
# Reports/Catalog+Planning.swift, Baseline comparison — let columnEndSlip
plan.columnEndSlip = End slip
# Reports/Catalog+Planning.swift, Baseline comparison — func addedSince(_ name: String, _ n: Int) -> Text
plan.addedSince = Added since “{name}” ({n}):
# Reports/Catalog+Planning.swift, Baseline comparison — func removedSince(_ name: String, _ n: Int) -> Text
plan.removedSince = Removed since “{name}” ({n}):
# Reports/Catalog+Planning.swift, Baseline comparison — func noSlipItems(_ name: String) -> Text
plan.noSlipItems = nothing to compare with “{name}”
# Reports/Catalog+Planning.swift, Baseline comparison — let slipLegend
plan.slipLegend = slips in working days; + = later than planned, - = earlier
# Reports/Catalog+Planning.swift, Baseline comparison — func slipSummary(_ late: Int, _ early: Int, _ onTime: Int) -> Text
plan.slipSummary = {late} late, {early} early, {onTime} on time
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnID
report.columnID = ID
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnTitle
report.columnTitle = Title
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnStatus
report.columnStatus = Status
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnAssignees
report.columnAssignees = Assignees
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnDue
report.columnDue = Due
# Reports/Catalog+Reports.swift — static let columnExpectedBy: the late table's date column (due date or baseline end)
report.columnExpectedBy = Expected by
# Reports/Catalog+Reports.swift — func lateAgainstBaseline: a late task's expected day when it is the baseline's end
report.lateAgainstBaseline = {date} (baseline)
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnStart
report.columnStart = Start
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnEstimate
report.columnEstimate = Estimate
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnDuration
report.columnDuration = Duration
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnProgress
report.columnProgress = Progress
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnMilestone
report.columnMilestone = Milestone
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnDepends
report.columnDepends = Depends on
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnLabels
report.columnLabels = Labels
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnFile
report.columnFile = File
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnDate
report.columnDate = Date
# Reports/Catalog+Reports.swift, Column headers and field labels — Milestone list: tasks of the milestone done / all its tasks.
report.columnTasksDone = Tasks done/total
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnState
report.columnState = State
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnCode
report.columnCode = Code
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnName
report.columnName = Name
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnEmails
report.columnEmails = Emails
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnRole
report.columnRole = Role
# Reports/Catalog+Reports.swift, Column headers and field labels — let columnOpenTasks
report.columnOpenTasks = Open tasks
# Reports/Catalog+Reports.swift, Column headers and field labels — func fieldLabel(_ label: Text) -> Text
report.fieldLabel = {label}:
# Reports/Catalog+Reports.swift, Values — let late
report.late = late
# Reports/Catalog+Reports.swift, Values — func lateLegend(_ marker: String) -> Text
report.lateLegend = {marker} = late: the forecast ends after the due date or after the baseline's planned end (jalon task show says which)
# Reports/Catalog+Reports.swift, Values — func finishedOn(_ date: String) -> Text
report.finishedOn = done {date}
# Reports/Catalog+Reports.swift, Values — func daysLate(_ days: Int) -> Text
report.daysLate = {days} d late
# Reports/Catalog+Reports.swift — func daysLateAgainstBaseline: task show, a task late against its baseline's end
report.daysLateAgainstBaseline = {days} d after the baseline's planned end ({end})
# Reports/Catalog+Reports.swift, Values — let unassigned
report.unassigned = unassigned
# Reports/Catalog+Reports.swift, Values — func doneFolded(_ n: Int, _ since: String) -> Text
report.doneFolded = + {n} more {n|task|tasks} finished before {date} (jalon board --all shows them)
# Reports/Catalog+Reports.swift, Values — func boardOfMember(_ board: String, _ member: String) -> Text
report.boardOfMember = {board} — {member}’s tasks
# Reports/Catalog+Reports.swift, Values — let noTasksOfMember
report.noTasksOfMember = no tasks for this member
# Reports/Catalog+Reports.swift, Values — let noTasks
report.noTasks = no tasks
# Reports/Catalog+Reports.swift, Values — let noMilestones
report.noMilestones = no milestones
# Reports/Catalog+Reports.swift, Values — let noMembers
report.noMembers = no members
# Reports/Catalog+Reports.swift, Values — let noDescription
report.noDescription = (no description)
# Reports/Catalog+Reports.swift, Values — let reached
report.reached = reached
# Reports/Catalog+Reports.swift, Values — let past
report.past = past
# Reports/Catalog+Reports.swift, Values — let dueToday
report.dueToday = today
# Reports/Catalog+Reports.swift, Values — func inDays(_ days: Int) -> Text
report.inDays = in {days} d
# Reports/Catalog+Reports.swift, Values — func percent(_ value: Int) -> Text
report.percent = {value}%
# Reports/Catalog+Reports.swift, Values — func statusCount(_ status: String, _ count: Int) -> Text
report.statusCount = {status} ({countCount})
# Reports/TaskSurroundings.swift — let taskMeetings
report.taskMeetings = Meetings
# Reports/TaskSurroundings.swift — let taskNamedInMinutes
report.taskNamedInMinutes = the task is named in the minutes
# Reports/TaskSurroundings.swift — func taskComments(_ n: Int) -> Text
report.taskComments = Comments ({n})
# Reports/TaskSurroundings.swift — let taskHistorySection
report.taskHistorySection = History
# Reports/TaskSurroundings.swift — func ctStatusWords(_ a: String, _ b: String) -> Text
report.ctStatusWords = status {a} → {b}
# Reports/TaskSurroundings.swift — func taskHistoryLine(_ day: String, _ who: String, _ what: String, _ commit: String) -> Text
report.taskHistoryLine = {day} — {who}: {what} ({commit})
# Reports/GanttChart.swift, - Text rendering — var legend: [(glyph: String, tone: Tone, text: String)]
report.fits.task = member away (work placement…) on their rows
# Reports/Catalog+Contributions.swift — let ctContributionsTitle
contrib.ctContributionsTitle = Contributions
# Reports/Catalog+Contributions.swift — let ctEvidenceTitle
contrib.ctEvidenceTitle = Evidence file
# Reports/Catalog+Contributions.swift — func ctComputedAt(_ commit: String) -> Text
contrib.ctComputedAt = Computed at commit {commit} (head of the board's branch); check with `git show {commit}`.
# Reports/Catalog+Contributions.swift — let ctNoHead
contrib.ctNoHead = Computed on a branch without commits.
# Reports/Catalog+Contributions.swift — func ctPeriod(_ from: String?, _ to: String?) -> Text
contrib.ctPeriodWhole = Period: the whole history.
# Reports/Catalog+Contributions.swift — func ctPeriod(_ from: String?, _ to: String?) -> Text
contrib.ctPeriodFrom = Period: from {f}.
# Reports/Catalog+Contributions.swift — func ctPeriod(_ from: String?, _ to: String?) -> Text
contrib.ctPeriodUntil = Period: until {e}.
# Reports/Catalog+Contributions.swift — func ctPeriod(_ from: String?, _ to: String?) -> Text
contrib.ctPeriodBetween = Period: {f} to {e}.
# Reports/Catalog+Contributions.swift — let ctSharesNote
contrib.ctSharesNote = Share = percent of the team's total. Pair work (Co-authored-by) credits each co-author fully, so shares may add up to more than 100 %.
# Reports/Catalog+Contributions.swift — func ctExcludedNote(_ globs: String) -> Text
contrib.ctExcludedNote = Files left out of line counts: {globs}.
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.commits = Commits
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.activeDays = Active days
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.activeWeeks = Active weeks
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.tasksCreated = Tasks created
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.tasksDone = Tasks done (assignee)
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.tasksClosed = Tasks closed
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.reviews = Reviews (others' work)
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.selfReviews = Self-reviews (apart)
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.documents = Documents written
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.minutes = Meeting minutes
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.comments = Comments
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.filesTouched = Files touched
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.linesAdded = Lines added
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.linesRemoved = Lines removed
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.contentLines = Content lines added
# Reports/Catalog+Contributions.swift — func ctMetric(_ m: ContributionReport.Metric) -> Text
contrib.ctMetric.survivingLines = Lines surviving at head
# Reports/Catalog+Contributions.swift — func ctFileKind(_ k: FileKind) -> Text
contrib.ctFileKind.code = Code
# Reports/Catalog+Contributions.swift — func ctFileKind(_ k: FileKind) -> Text
contrib.ctFileKind.content = Content
# Reports/Catalog+Contributions.swift — func ctFileKind(_ k: FileKind) -> Text
contrib.ctFileKind.document = Documents
# Reports/Catalog+Contributions.swift — func ctFileKind(_ k: FileKind) -> Text
contrib.ctFileKind.binary = Images and binaries
# Reports/Catalog+Contributions.swift — func ctFileKind(_ k: FileKind) -> Text
contrib.ctFileKind.board = Jalon board
# Reports/Catalog+Contributions.swift — let ctColumnMetric
contrib.ctColumnMetric = Measure
# Reports/Catalog+Contributions.swift — let ctColumnValue
contrib.ctColumnValue = Value
# Reports/Catalog+Contributions.swift — let ctColumnShare
contrib.ctColumnShare = Share
# Reports/Catalog+Contributions.swift — let ctColumnMember
contrib.ctColumnMember = Member
# Reports/Catalog+Contributions.swift — let ctColumnKind
contrib.ctColumnKind = Kind
# Reports/Catalog+Contributions.swift — let ctColumnFiles
contrib.ctColumnFiles = Files
# Reports/Catalog+Contributions.swift — let ctColumnAdded
contrib.ctColumnAdded = Added
# Reports/Catalog+Contributions.swift — let ctColumnRemoved
contrib.ctColumnRemoved = Removed
# Reports/Catalog+Contributions.swift — let ctColumnWeek
contrib.ctColumnWeek = Week of
# Reports/Catalog+Contributions.swift — let ctColumnCommit
contrib.ctColumnCommit = Commit
# Reports/Catalog+Contributions.swift — let ctColumnWhat
contrib.ctColumnWhat = What
# Reports/Catalog+Contributions.swift — let ctColumnWho
contrib.ctColumnWho = Who
# Reports/Catalog+Contributions.swift — let ctColumnEmail
contrib.ctColumnEmail = Email
# Reports/Catalog+Contributions.swift — let ctColumnFirst
contrib.ctColumnFirst = First
# Reports/Catalog+Contributions.swift — let ctColumnLast
contrib.ctColumnLast = Last
# Reports/Catalog+Contributions.swift — let ctColumnCoAuthored
contrib.ctColumnCoAuthored = Co-authored
# Reports/Catalog+Contributions.swift — let ctTeamSummary
contrib.ctTeamSummary = Team
# Reports/Catalog+Contributions.swift — let ctLinesByKind
contrib.ctLinesByKind = Lines by file kind
# Reports/Catalog+Contributions.swift — let ctNotableTitle
contrib.ctNotableTitle = Notable contributions (checkable commit)
# Reports/Catalog+Contributions.swift — let ctNoNotable
contrib.ctNoNotable = no notable contribution in the period
# Reports/Catalog+Contributions.swift — let ctWeeklyTitle
contrib.ctWeeklyTitle = Activity by week (commits)
# Reports/Catalog+Contributions.swift — let ctUnmatchedTitle
contrib.ctUnmatchedTitle = Identities outside the team (no member matches)
# Reports/Catalog+Contributions.swift — let ctUnmatchedHint
contrib.ctUnmatchedHint = Add the address to a member (jalon member edit ID --email …) or a line to .mailmap if it is one of them.
# Reports/Catalog+Contributions.swift — let ctNoUnmatched
contrib.ctNoUnmatched = None: every commit matches a member.
# Reports/Catalog+Contributions.swift — let ctActivePeriod
contrib.ctActivePeriod = Active period
# Reports/Catalog+Contributions.swift — let ctRoleLabel
contrib.ctRoleLabel = Role
# Reports/Catalog+Contributions.swift — func ctUnknownMember(_ id: String) -> Text
contrib.ctUnknownMember = unknown member `{id}`
# Reports/Catalog+Contributions.swift — func ctNotableMore(_ n: Int) -> Text
contrib.ctNotableMore = … and {n} more (--all lists them all)
# Reports/Catalog+Contributions.swift — let ctShareCommits
contrib.ctShareCommits = Share commits
# Reports/Catalog+Contributions.swift — let ctShareContent
contrib.ctShareContent = Share content
# Reports/Catalog+Contributions.swift — let ctColumnContent
contrib.ctColumnContent = Content lines
# Reports/Catalog+Contributions.swift — let ctSideBySideNote
contrib.ctSideBySideNote = The share of work is given by commits and by content lines (code and text, without board files or documents), side by side: board clicks never pass for content.
# Reports/Catalog+Contributions.swift — func ctBoundary(_ commit: String, _ date: String) -> Text
contrib.ctBoundary = ⚠ History cut at commit {commit} ({date}): shallow clone. What came before is not in this clone and is not counted; that commit is credited with no file and no event. `git fetch --unshallow` to count everything.
# Reports/Catalog+Contributions.swift — func ctUnreadable(_ files: Int, _ commits: Int) -> Text
contrib.ctUnreadable = ⚠ {files} unreadable {files|file|files} in {commits} {commits|commit|commits}: objects missing from this clone (partial clone or damaged pack). Their lines, and the board events they hold, are unknown (counted as 0); commits are counted exactly. Fetch from a full clone, or run `git fsck`, to know more.
# Reports/Catalog+Contributions.swift — func ctSurvivingUnreadable(_ files: Int, _ lines: Int) -> Text
contrib.ctSurvivingUnreadable = ⚠ Lines surviving at head: {files} {files|file|files} at head unreadable (objects missing from this clone). Their lines are unknown and credited to nobody ({lines} readable {lines|line|lines} with no known author, the rest cannot be counted); every other file is counted exactly.
# Reports/Catalog+Contributions.swift — func ctTemplateItems(_ n: Int) -> Text
contrib.ctTemplateItems = {n} {n|item|items} created by a template (init --template): their creation is nobody's.
# Reports/Catalog+Contributions.swift — let ctOnBehalfTitle
contrib.ctOnBehalfTitle = Commits authored as them by someone else (author ≠ committer)
# Reports/Catalog+Contributions.swift — func ctOnBehalf(_ committer: String) -> Text
contrib.ctOnBehalf = committed by {committer}
# Reports/Catalog+Contributions.swift — func ctSigned(_ n: Int) -> Text
contrib.ctSigned = {n} signed {n|commit|commits} (GPG/SSH, signature not verified).
# Reports/Catalog+Contributions.swift — let ctAppendixTitle
contrib.ctAppendixTitle = Appendix: every counted event
# Reports/Catalog+Contributions.swift — let ctColumnFigure
contrib.ctColumnFigure = Figure
# Reports/Catalog+Contributions.swift — let tf
contrib.ctCounted = {item} (+{amount})
# Reports/Catalog+Contributions.swift — func ctExplainTitle(_ figure: String, _ name: String, _ value: Int) -> Text
contrib.ctExplainTitle = {figure} of {name}: {value} — the commits behind it
# Reports/Catalog+Contributions.swift — let ctExplainNone
contrib.ctExplainNone = No commit behind this figure.
# Reports/Catalog+Contributions.swift — let titleEn
contrib.ctNotable.specWritten = Started the project spec ({item})
# Reports/Catalog+Contributions.swift — let titleEn
contrib.ctNotable.documentCreated = Created document {item}
# Reports/Catalog+Contributions.swift — let titleEn
contrib.ctNotable.documentValidated = Document {item} set to `{s}`
# Reports/Catalog+Contributions.swift — let titleEn
contrib.ctNotable.minutesWritten = Wrote minutes {item}
# Reports/Catalog+Contributions.swift — let titleEn
contrib.ctNotable.largeCommit = "{item}": {lines} lines, {files} {files|file|files}
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.title = title
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.status = status
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.assignees = assignees
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.milestone = milestone
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.start = start
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.due = due
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.estimate = estimate
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.duration = duration
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.depends = depends on
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.progress = progress
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.labels = labels
# BoardCore/StatusWords.swift — func fieldName(_ field: String) -> Text: a task field as people read it (commit subjects, task history)
contrib.fieldName.description = description
# Reports/Catalog+Contributions.swift, Task history and activity — let descriptionChanged
contrib.descriptionChanged = description changed
# Reports/Catalog+Contributions.swift, Task history and activity — let ctNoEvents
contrib.ctNoEvents = No event in the history.
# Reports/Catalog+Contributions.swift, Task history and activity — func ctUnknownItem(_ id: String) -> Text
contrib.ctUnknownItem = no event for `{id}` in the history
# Reports/Catalog+Contributions.swift, Task history and activity — let ctUnknownItemHint
contrib.ctUnknownItemHint = check the id with `jalon task list`
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.taskCreated = created
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.taskEdited = edited: {fieldName}
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.taskMoved = status {a} → {b}
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.taskAssigned = assigned to {m}
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.taskUnassigned = unassigned from {m}
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.taskDone = done
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.taskReopened = reopened ({to})
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.taskDeleted = deleted
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.milestoneCreated = milestone created
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.milestoneEdited = milestone edited: {list}
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.milestoneDeleted = milestone deleted
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.memberAdded = member {m} added
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.memberEdited = member {m} edited
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.settingsEdited = settings edited: {list}
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.specCreated = spec created
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.specEdited = spec edited
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.documentCreated = document created
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.documentEdited = document edited
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.documentStatus = document: {a} → {b}
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.documentDeleted = document deleted
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.minutesCreated = minutes created
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.minutesEdited = minutes edited
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.commentAdded = comment
# Reports/Catalog+Contributions.swift, Task history and activity — func list(_ f: [String]) -> String
contrib.list.commentAddedMentions = comment (mentions {list})
# Reports/Catalog+Contributions.swift, Task history and activity — func ctActivityTitle(_ weeks: Int) -> Text
contrib.ctActivityTitle = Activity over the last {weeks} weeks
# Reports/Catalog+Contributions.swift, Task history and activity — let ctActivityLegend
contrib.ctActivityLegend = c = commits, ✓ = tasks closed, e = other board events
# Reports/Catalog+Contributions.swift, Task history and activity — let ctActivityLegendASCII
contrib.ctActivityLegendASCII = c = commits, v = tasks closed, e = other board events
# Reports/Catalog+Contributions.swift, Task history and activity — let ctOutsidersColumn
contrib.ctOutsidersColumn = outsiders
# Reports/Catalog+Contributions.swift, Seals and verification — func ctSealed(_ tag: String, _ commit: String) -> Text
contrib.ctSealed = Seal {tag} placed on {commit}; `jalon verify` will tell if history is rewritten afterwards.
# Reports/Catalog+Contributions.swift, Seals and verification — let ctVerifyTitle
contrib.ctVerifyTitle = History verification
# Reports/Catalog+Contributions.swift, Seals and verification — let ctNoSeals
contrib.ctNoSeals = No seals (`jalon seal` places one).
# Reports/Catalog+Contributions.swift, Seals and verification — func ctSealIntact(_ tag: String, _ commit: String, _ date: String) -> Text
contrib.ctSealIntact = ✓ {tag} ({commit}, {date}): still in the history
# Reports/Catalog+Contributions.swift, Seals and verification — func ctSealBroken(_ tag: String, _ commit: String, _ date: String) -> Text
contrib.ctSealBroken = ✗ history rewritten since seal {tag}: commit {commit} ({date}) is no longer in the branch
# Reports/Catalog+Contributions.swift, Seals and verification — let ctAnomaliesTitle
contrib.ctAnomaliesTitle = Facts worth a look (not accusations: each often has a simple explanation)
# Reports/Catalog+Contributions.swift, Seals and verification — let ctNoAnomalies
contrib.ctNoAnomalies = Nothing unusual.
# Reports/Catalog+Contributions.swift, Seals and verification — let gap
contrib.ctAnomaly.dateGapDays = {days} days
# Reports/Catalog+Contributions.swift, Seals and verification — let gap
contrib.ctAnomaly.dateGapHours = {hours} h
# Reports/Catalog+Contributions.swift, Seals and verification — let gap
contrib.ctAnomaly.dateGap = {prefix} ({names}): author date and commit date {gap} apart
# Reports/Catalog+Contributions.swift, Seals and verification — let gap
contrib.ctAnomaly.outOfOrder = {prefix} is dated before its parent {prefix2}
# Reports/Catalog+Contributions.swift, Seals and verification — let gap
contrib.ctAnomaly.unknownIdentity = {name} <{email}> matches no member: {commits} {commits|commit|commits}, e.g. {prefix}
# Reports/Catalog+Contributions.swift, Seals and verification — let gap
contrib.ctAnomaly.bulkCommit = {prefix} ({names}): bulk commit, {lines} lines in {files} {files|file|files}
# Reports/Catalog+Contributions.swift, Seals and verification — let gap
contrib.ctAnomaly.onBehalf = {prefix}: authored as {names}, committed by {names2}
# Reports/Catalog+Contributions.swift, Seals and verification — let gap
contrib.ctAnomaly.signed = {countCount} signed {countCount|commit|commits} (GPG: {gpg}, SSH: {ssh}); signatures not verified
# Reports/Catalog+Contributions.swift, Seals and verification — func ctVerifyBroken(_ n: Int) -> Text
contrib.ctVerifyBroken = {n} broken {n|seal|seals}: history was rewritten (reset, rebase or force push).
# Reports/Catalog+Contributions.swift, Seals and verification — func ctRemoteTitle(_ r: String) -> Text
contrib.ctRemoteTitle = Seals and baselines on the remote `{r}`
# Reports/Catalog+Contributions.swift, Seals and verification — func ctRemoteMissing(_ tag: String) -> Text
contrib.ctRemoteMissing = ✗ {tag} is gone from the remote (deleted there, or never pushed)
# Reports/Catalog+Contributions.swift, Seals and verification — func ctRemoteMoved(_ tag: String) -> Text
contrib.ctRemoteMoved = ✗ {tag} points to another object on the remote (moved there)
# Reports/Catalog+Contributions.swift, Seals and verification — func ctRemoteRewritten(_ tag: String) -> Text
contrib.ctRemoteRewritten = ✗ the remote branch no longer contains the commit sealed by {tag} (rewritten there, force push)
# Reports/Catalog+Contributions.swift, Seals and verification — let ctRemoteUnknownHead
contrib.ctRemoteUnknownHead = The remote branch head is not in this clone: `git fetch` to know whether it contains the seals.
# Reports/Catalog+Contributions.swift, Seals and verification — func ctRemoteOnlyUpstream(_ tag: String) -> Text
contrib.ctRemoteOnlyUpstream = · {tag} exists only on the remote
# Reports/Catalog+Contributions.swift, Seals and verification — func ctRemoteOK(_ n: Int) -> Text
contrib.ctRemoteOK = {n} {n|seal|seals} identical on the remote.
# Reports/Catalog+Contributions.swift, Seals and verification — func ctRemoteProblems(_ n: Int) -> Text
contrib.ctRemoteProblems = {n} {n|problem|problems} on the remote: seals or baselines deleted, moved, or branch rewritten.
# Reports/Catalog+Contributions.swift, Seals and verification — func ctVerifyOK(_ n: Int) -> Text
contrib.ctVerifyOK = {n} {n|seal|seals} intact.
# Reports/Catalog+Trainer.swift, Shared — let trPeriod
trainer.trPeriod = Period
# Reports/Catalog+Trainer.swift, Shared — let trAsOf
trainer.trAsOf = As of
# Reports/Catalog+Trainer.swift, Shared — let trProgress
trainer.trProgress = Overall progress
# Reports/Catalog+Trainer.swift, Shared — func trProgressValue(_ percent: Int, _ done: String, _ planned: String, _ tasksDone: Int, _ tasks: Int) -> Text
trainer.trProgressValue = {percent}% ({done} of {planned} of effort; {tasksDone}/{tasks} tasks done)
# Reports/Catalog+Trainer.swift, Shared — let trForecastEnd
trainer.trForecastEnd = Forecast end
# Reports/Catalog+Trainer.swift, Shared — func trTarget(_ day: String) -> Text
trainer.trTarget = target {day}
# Reports/Catalog+Trainer.swift, Shared — let trLateCount
trainer.trLateCount = Late tasks
# Reports/Catalog+Trainer.swift, Shared — let trHeadCommit
trainer.trHeadCommit = Computed at commit
# Reports/Catalog+Trainer.swift, Shared — func trFooter(_ commit: String?, _ day: String) -> Text
trainer.trFooterNoCommit = Jalon report of {day} (repository without commits).
# Reports/Catalog+Trainer.swift, Shared — func trFooter(_ commit: String?, _ day: String) -> Text
trainer.trFooterAtCommit = Jalon report computed on {day} at commit {commit}: `git checkout {commit}` gives back the data.
# Reports/Catalog+Trainer.swift, Shared — let trMilestones
trainer.trMilestones = Milestones
# Reports/Catalog+Trainer.swift, Shared — let trPlanned
trainer.trPlanned = Planned
# Reports/Catalog+Trainer.swift, Shared — let trForecast
trainer.trForecast = Forecast
# Reports/Catalog+Trainer.swift, Shared — let trSlip
trainer.trSlip = Slip
# Reports/Catalog+Trainer.swift, Shared — let trSlipLegend: under the status and review milestone tables
trainer.trSlipLegend = Slip: working days from the planned date to the forecast (or the day the milestone was reached), positive when later
# Reports/Catalog+Trainer.swift, Shared — let trLight
trainer.trLight = Light
# Reports/Catalog+Trainer.swift, Shared — func trLightName(_ light: TrafficLight) -> Text
trainer.trLightName.green = green
# Reports/Catalog+Trainer.swift, Shared — func trLightName(_ light: TrafficLight) -> Text
trainer.trLightName.amber = amber
# Reports/Catalog+Trainer.swift, Shared — func trLightName(_ light: TrafficLight) -> Text
trainer.trLightName.red = red
# Reports/Catalog+Trainer.swift, Shared — func trLightName(_ light: TrafficLight) -> Text
trainer.trLightName.none = —
# Reports/Catalog+Trainer.swift, Shared — func trReachedOn(_ day: String) -> Text
trainer.trReachedOn = reached {day}
# Reports/Catalog+Trainer.swift, Shared — let trDoneThisPeriod
trainer.trDoneThisPeriod = Done this period
# Reports/Catalog+Trainer.swift, Shared — let trInProgress
trainer.trInProgress = In progress
# Reports/Catalog+Trainer.swift, Shared — let trLate
trainer.trLate = Late
# Reports/Catalog+Trainer.swift, Shared — let trWorkload
trainer.trWorkload = Workload per member
# Reports/Catalog+Trainer.swift, Shared — func trLoadValue(_ hours: String, _ capacity: String) -> Text
trainer.trLoadValue = {hours} / {capacity}
# Reports/Catalog+Trainer.swift, Shared — let trCommits
trainer.trCommits = Commits
# Reports/Catalog+Trainer.swift, Shared — let trLastActivity
trainer.trLastActivity = Last activity
# Reports/Catalog+Trainer.swift, Shared — let trDoneOn
trainer.trDoneOn = Done on
# Reports/Catalog+Trainer.swift, Shared — let trPlannedEnd
trainer.trPlannedEnd = Planned end
# Reports/Catalog+Trainer.swift, Shared — func trDays(_ n: Int) -> Text
trainer.trDays = {n} d
# Reports/Catalog+Trainer.swift, Shared — let trNoneDone
trainer.trNoneDone = no task done this period
# Reports/Catalog+Trainer.swift, Shared — let trNoneInProgress
trainer.trNoneInProgress = no task in progress
# Reports/Catalog+Trainer.swift, Shared — let trNoneLate
trainer.trNoneLate = no late task
# Reports/Catalog+Trainer.swift, Shared — let trNoneNext
trainer.trNoneNext = no task to start
# Reports/Catalog+Trainer.swift, Shared — let trMeetings
trainer.trMeetings = Meetings of the period
# Reports/Catalog+Trainer.swift, Shared — let trNoMeetings
trainer.trNoMeetings = no meeting minutes for this period (meetings/)
# Reports/Catalog+Trainer.swift, Shared — func trMeetingsHeld(_ titles: String) -> Text
trainer.trMeetingsHeld = Minutes: {titles}
# Reports/Catalog+Trainer.swift, Shared — let trDecisions
trainer.trDecisions = Decisions
# Reports/Catalog+Trainer.swift, Shared — let trNoDecisions
trainer.trNoDecisions = no decision recorded
# Reports/Catalog+Trainer.swift, Shared — let trActions
trainer.trActions = Actions
# Reports/Catalog+Trainer.swift, Shared — let trNoActions
trainer.trNoActions = no action recorded
# Reports/Catalog+Trainer.swift, Shared — let trWho
trainer.trWho = Who
# Reports/Catalog+Trainer.swift, Shared — let trAction
trainer.trAction = Action
# Reports/Catalog+Trainer.swift, Shared — let trRisks
trainer.trRisks = Risks (project spec)
# Reports/Catalog+Trainer.swift, Shared — let trNoRisks
trainer.trNoRisks = the project spec lists no risk ("Risks" section)
# Reports/Catalog+Trainer.swift, Shared — let trNoSpec
trainer.trNoSpec = no project spec (spec.md): risks not documented
# Reports/Catalog+Trainer.swift, Shared — func trStatusTitle(_ board: String) -> Text
trainer.trStatusTitle = Status report — {board}
# Reports/Catalog+Trainer.swift, Charts — let trGanttTitle
trainer.trGanttTitle = Gantt chart
# Reports/Catalog+Trainer.swift, Charts — let trLegendFinished
trainer.trLegendFinished = finished
# Reports/Catalog+Trainer.swift, Charts — let trLegendBaseline
trainer.trLegendBaseline = baseline
# Reports/Catalog+Trainer.swift, Charts — func trLegendToday(_ day: String) -> Text
trainer.trLegendToday = today ({day})
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanTitle(_ board: String) -> Text
trainer.bilanTitle = Project review — {board}
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanSubtitle(_ day: String) -> Text
trainer.bilanSubtitle = Planned and actual as of {day}
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanDocTitle
trainer.bilanDocTitle = Project review
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanBaseline
trainer.bilanBaseline = Baseline
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanBaselineValue(_ name: String, _ day: String) -> Text
trainer.bilanBaselineValue = “{name}” of {day}
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanNoBaseline
trainer.bilanNoBaseline = none (jalon baseline save)
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanTasksDone
trainer.bilanTasksDone = Tasks done
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanAccuracy
trainer.bilanAccuracy = Estimate accuracy
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanScope
trainer.bilanScope = Scope since the baseline
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanScopeValue(_ added: Int, _ removed: Int) -> Text
trainer.bilanScopeValue = {added} added, {removed} removed
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanTasksSection
trainer.bilanTasksSection = Tasks: planned and actual
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanTasksLegend
trainer.bilanTasksLegend = Slips in working days from the planned end (baseline, or the due date “due” for a task added since) to the actual end (or the forecast one for a task not done); + = later. Actual = working days from the first move out of the first status to done, read from the history.
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanPlannedEnd
trainer.bilanPlannedEnd = Planned end
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanActualStart
trainer.bilanActualStart = Actual start
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanActualEnd
trainer.bilanActualEnd = Actual end
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanPlannedDays
trainer.bilanPlannedDays = Planned
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanActualDays
trainer.bilanActualDays = Actual
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanRatio
trainer.bilanRatio = Actual/planned
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanAddedMark
trainer.bilanAddedMark = (added)
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanRemovedMark
trainer.bilanRemovedMark = (removed)
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanDueMark
trainer.bilanDueMark = due
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanDateMark
trainer.bilanDateMark = (date)
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanForecastMark(_ day: String) -> Text
trainer.bilanForecastMark = expected {day}
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanActualOrForecast
trainer.bilanActualOrForecast = Reached / expected
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanMilestonesSection
trainer.bilanMilestonesSection = Milestones: planned and actual
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanAccuracySection
trainer.bilanAccuracySection = Estimate accuracy
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanAccuracyLegend
trainer.bilanAccuracyLegend = Over the tasks done: actual working days ÷ the days the estimate planned. ×1.00 is exact; above ×1.25 the estimate was too optimistic, below ×0.80 too cautious.
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanAccuracyChart
trainer.bilanAccuracyChart = Actual days per member (line: planned days)
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanDaysVersus(_ actual: Int, _ planned: Int) -> Text
trainer.bilanDaysVersus = {actual} d / {planned} d planned
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanTasksCounted
trainer.bilanTasksCounted = Tasks
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanTeam
trainer.bilanTeam = Team
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanNoAccuracy
trainer.bilanNoAccuracy = no task done with a start and an end in the history
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanScopeSection
trainer.bilanScopeSection = Scope: added and removed since the baseline
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanNoBaselineScope
trainer.bilanNoBaselineScope = no baseline: save one with `jalon baseline save` at the start of the project
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanAdded(_ n: Int) -> Text
trainer.bilanAdded = Added ({n})
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanRemoved(_ n: Int) -> Text
trainer.bilanRemoved = Removed ({n})
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanLessonsSection
trainer.bilanLessonsSection = Lessons and corrective measures
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanFacts
trainer.bilanFacts = The facts
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanBiggestSlips
trainer.bilanBiggestSlips = The biggest slips:
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanNoSlips
trainer.bilanNoSlips = No task ended later than planned.
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanSlipLine(_ id: String, _ title: String, _ slip: String, _ reference: String) -> Text
trainer.bilanSlipLine = {id} “{title}”: {slip} {reference}
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanVersusBaseline
trainer.bilanVersusBaseline = against the baseline
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanVersusDue
trainer.bilanVersusDue = against the due date
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanOverloadedWeeks
trainer.bilanOverloadedWeeks = The most overloaded weeks (planned hours beyond capacity):
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanNoOverload
trainer.bilanNoOverload = No overloaded week in the plan.
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanReopened
trainer.bilanReopened = Tasks reopened after being done:
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanNoReopened
trainer.bilanNoReopened = No task reopened after being done.
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanReopenedLine(_ id: String, _ title: String, _ day: String, _ by: String, _ to: String, _ commit: String) -> Text
trainer.bilanReopenedLine = {id} “{title}” reopened on {day} by {by} (→ {to}, commit {commit})
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanAccuracyFact(_ ratio: String, _ tasks: Int) -> Text
trainer.bilanAccuracyFact = Team estimate accuracy: {ratio} over {tasks} tasks done.
# Reports/Catalog+Trainer.swift, Review (bilan) — func bilanScopeFact(_ added: Int, _ removed: Int) -> Text
trainer.bilanScopeFact = Scope: {added} items added and {removed} removed since the baseline.
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanWentWell
trainer.bilanWentWell = What went well
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanWentWrong
trainer.bilanWentWrong = What did not go well, and why
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanMeasures
trainer.bilanMeasures = Corrective measures
# Reports/Catalog+Trainer.swift, Review (bilan) — let bilanMeasuresHint
trainer.bilanMeasuresHint = For each gap: the cause, the measure, who takes it on and by when.
# Reports/Catalog+Trainer.swift, Class overview — func classTitle(_ name: String?) -> Text
trainer.classTitleNamed = Class overview — {item}
# Reports/Catalog+Trainer.swift, Class overview — func classTitle(_ name: String?) -> Text
trainer.classTitle = Class overview
# Reports/Catalog+Trainer.swift, Class overview — let classTeams
trainer.classTeams = Teams
# Reports/Catalog+Trainer.swift, Class overview — let classReadable
trainer.classReadable = Boards read
# Reports/Catalog+Trainer.swift, Class overview — let classRedTeams
trainer.classRedTeams = Teams in red
# Reports/Catalog+Trainer.swift, Class overview — let classOverviewSection
trainer.classOverviewSection = Overview
# Reports/Catalog+Trainer.swift, Class overview — let classTeam
trainer.classTeam = Team
# Reports/Catalog+Trainer.swift, Class overview — let classLight
trainer.classLight = Light
# Reports/Catalog+Trainer.swift, Class overview — let classNextMilestone
trainer.classNextMilestone = Next milestone
# Reports/Catalog+Trainer.swift, Class overview — let classLateTasks
trainer.classLateTasks = Late
# Reports/Catalog+Trainer.swift, Class overview — let classBalance
trainer.classBalance = Balance (commits)
# Reports/Catalog+Trainer.swift, Class overview — let classInactive
trainer.classInactive = Inactive
# Reports/Catalog+Trainer.swift, Class overview — let classNoTeams
trainer.classNoTeams = no teams
# Reports/Catalog+Trainer.swift, Class overview — let classUnreadable
trainer.classUnreadable = unreadable
# Reports/Catalog+Trainer.swift, Class overview — func classUnreadableLong(_ source: String) -> Text
trainer.classUnreadableLong = Board unreadable ({source}):
# Reports/Catalog+Trainer.swift, Class overview — let classAllReached
trainer.classAllReached = all reached
# Reports/Catalog+Trainer.swift, Class overview — let classNoActivity
trainer.classNoActivity = no activity
# Reports/Catalog+Trainer.swift, Class overview — let classNever
trainer.classNever = never
# Reports/Catalog+Trainer.swift, Class overview — func classLegend(_ days: Int) -> Text
trainer.classLegend = Light: the next milestone's, amber when tasks are late, red when one is more than 7 days late. Balance: each member's share of the commits (as author or co-author). Inactive: no commit for {days} days or more.
# Reports/Catalog+Trainer.swift, Class overview — let classProgressChart
trainer.classProgressChart = Progress per team
# Reports/Catalog+Trainer.swift, Class overview — func classFooter(_ day: String) -> Text
trainer.classFooter = Jalon report of {day}.
# Reports/Catalog+Trainer.swift, Class overview — let classFact
trainer.classFact = Indicator
# Reports/Catalog+Trainer.swift, Class overview — let classValue
trainer.classValue = Value
# Reports/Catalog+Trainer.swift, Class overview — let classSource
trainer.classSource = Repository
# Reports/Catalog+Trainer.swift, Class overview — let classShare
trainer.classShare = Share of commits
# Reports/Catalog+Trainer.swift, Class overview — let classMembers
trainer.classMembers = Members: load and activity
# Reports/Catalog+Trainer.swift, Class overview — let classInactiveMark
trainer.classInactiveMark = (inactive)
# Reports/Catalog+Trainer.swift, Class overview — let classFetchSection
trainer.classFetchSection = What the trainer's fetches saw
# Reports/Catalog+Trainer.swift, Class overview — func classFetches(_ n: Int, _ first: String, _ last: String) -> Text
trainer.classFetches = {n} {n|fetch|fetches} of the repository by this machine, the first on {first}, the last on {last}.
# Reports/Catalog+Trainer.swift, Class overview — let classFetchNothing
trainer.classFetchNothing = Nothing to report: no commit arrived after the fact, no branch rewritten, no seal or baseline gone.
# Reports/Catalog+Trainer.swift, Class overview — func classFetchLate(_ n: Int) -> Text
trainer.classFetchLate = {n} {n|commit|commits} that arrived after a fetch their date precedes (pushed late or backdated):
# Reports/Catalog+Trainer.swift, Class overview — let classFetchCommit
trainer.classFetchCommit = Commit
# Reports/Catalog+Trainer.swift, Class overview — let classFetchDated
trainer.classFetchDated = Dated
# Reports/Catalog+Trainer.swift, Class overview — let classFetchFirstSeen
trainer.classFetchFirstSeen = First seen
# Reports/Catalog+Trainer.swift, Class overview — let classFetchPrevious
trainer.classFetchPrevious = Previous fetch (without it)
# Reports/Catalog+Trainer.swift, Class overview — func classFetchRewritten(_ branch: String, _ old: String, _ new: String, _ when: String) -> Text
trainer.classFetchRewritten = Branch `{branch}` rewritten (force-pushed): {old} is no longer in its history, replaced by {new} (seen on {when}).
# Reports/Catalog+Trainer.swift, Class overview — func classFetchTagGone(_ tag: String, _ old: String, _ when: String) -> Text
trainer.classFetchTagGone = Tag `{tag}` ({old}) deleted on the remote (seen on {when}).
# Reports/Catalog+Trainer.swift, Class overview — func classFetchTagMoved(_ tag: String, _ old: String, _ new: String, _ when: String) -> Text
trainer.classFetchTagMoved = Tag `{tag}` moved on the remote: {old} → {new} (seen on {when}).
# Reports/Catalog+Trainer.swift, Class overview — let classFetchLegend
trainer.classFetchLegend = These facts are kept in the trainer's cache, which the team cannot rewrite; a commit made offline and pushed later is legitimate: they are facts to read with the team, not a grade.
# Reports/Catalog+Trainer.swift, Exports — let icsMilestone
trainer.icsMilestone = Project milestone
# Reports/Catalog+Trainer.swift, Exports — let icsReached
trainer.icsReached = Reached.
# Reports/Catalog+Trainer.swift, Exports — func icsForecast(_ day: String) -> Text
trainer.icsForecast = Current forecast: {day}.
# Reports/Catalog+Trainer.swift, Exports — func siteTitle(_ board: String) -> Text
trainer.siteTitle = Reports — {board}
# Reports/Catalog+Trainer.swift, Exports — let siteIndex
trainer.siteIndex = Home
# Reports/Catalog+Trainer.swift, Exports — let siteBoard
trainer.siteBoard = Board
# Reports/Catalog+Trainer.swift, Exports — let siteBoardHint
trainer.siteBoardHint = The kanban: one column per status, late tasks flagged.
# Reports/Catalog+Trainer.swift, Exports — func boardPageTitle(_ board: String) -> Text
trainer.boardPageTitle = Board — {board}
# Reports/Catalog+Trainer.swift, Exports — let siteStatus
trainer.siteStatus = Status
# Reports/Catalog+Trainer.swift, Exports — let siteGantt
trainer.siteGantt = Plan
# Reports/Catalog+Trainer.swift, Exports — let siteBilan
trainer.siteBilan = Review
# Reports/Catalog+Trainer.swift, Exports — let siteContributions
trainer.siteContributions = Contributions
# Reports/Catalog+Trainer.swift, Exports — let siteStatusHint
trainer.siteStatusHint = This week's status: milestones, late tasks, workload, meetings, risks.
# Reports/Catalog+Trainer.swift, Exports — let siteGanttHint
trainer.siteGanttHint = Gantt chart and plan table, with the baseline.
# Reports/Catalog+Trainer.swift, Exports — let siteBilanHint
trainer.siteBilanHint = Planned and actual, estimate accuracy, lessons and corrective measures.
# Reports/Catalog+Trainer.swift, Exports — let siteContributionsHint
trainer.siteContributionsHint = Each member's contribution, from the history.
# Reports/Catalog+Trainer.swift, Exports — func siteGenerated(_ day: String, _ commit: String) -> Text
trainer.siteGenerated = Generated on {day} at commit {commit}.
# Reports/Catalog+Trainer.swift, Exports — func ganttPageTitle(_ board: String) -> Text
trainer.ganttPageTitle = Plan — {board}
# Reports/Catalog+Trainer.swift, Exports — let ganttSpan
trainer.ganttSpan = From … to
# Reports/Catalog+Trainer.swift, Exports — let ganttCritical
trainer.ganttCritical = Critical path
# Reports/Catalog+Trainer.swift, Exports — let ganttTable
trainer.ganttTable = Tasks and milestones
# Reports/GrilleReport.swift — func grCriterion(_ c: GrilleReport.Criterion) -> Text
grille.grCriterion.spec = Relevance of the participation in defining the project specification
# Reports/GrilleReport.swift — func grCriterion(_ c: GrilleReport.Criterion) -> Text
grille.grCriterion.documentation = Reliability of the organisation of, and access to, the document base
# Reports/GrilleReport.swift — func grCriterion(_ c: GrilleReport.Criterion) -> Text
grille.grCriterion.tools = Command of the basic features of project management tools
# Reports/GrilleReport.swift — func grCriterion(_ c: GrilleReport.Criterion) -> Text
grille.grCriterion.planning = Reliability of the follow-up of the project schedule
# Reports/GrilleReport.swift — func grCriterion(_ c: GrilleReport.Criterion) -> Text
grille.grCriterion.writing = Quality of written and oral communication with the project's stakeholders
# Reports/GrilleReport.swift — func grCriterion(_ c: GrilleReport.Criterion) -> Text
grille.grCriterion.information = Reliability of the information communicated and of the notifications
# Reports/GrilleReport.swift — func grCriterion(_ c: GrilleReport.Criterion) -> Text
grille.grCriterion.evaluation = Participation in the evaluation: a relevant review and corrective measures
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.specWritten = project spec written or edited
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.documentsWritten = documents created or edited
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.documentsValidated = other members' documents validated
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.documentsRemoved = documents removed or moved
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.tasksCreated = tasks created
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.milestonesCreated = milestones created
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.tasksAssigned = task assignments
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.statusUpdates = status updates kept up to date
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.planningEdits = dates, effort or dependencies adjusted
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.tasksDone = tasks done (assignee)
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.minutesWritten = meeting minutes written
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.commentsWritten = comments written
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.mentionsSent = comments notifying a member (@mention)
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.mentionsAnswered = mentions received and answered
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.reviewsWritten = reviews of others' work
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.selfReviews = self-reviews (apart)
# Reports/GrilleReport.swift — func grFact(_ k: GrilleReport.Fact.Kind) -> Text
grille.grFact.bilanWritten = project review written (docs/bilan)
# Reports/GrilleReport.swift — let grTitle
grille.grTitle = Evaluation grid — C1.3 Collaborate in project mode
# Reports/GrilleReport.swift — let grNote
grille.grNote = Facts from the history, each with its commits (check them with `git show`): no grade — the jury evaluates.
# Reports/GrilleReport.swift — let grNone
grille.grNone = no fact found in the history
# Reports/DossierReport.swift — func doTitle(_ name: String) -> Text
dossier.doTitle = Personal digital portfolio — {name}
# Reports/DossierReport.swift — func doProject(_ board: String) -> Text
dossier.doProject = Project: {board}
# Reports/DossierReport.swift — let doNote
dossier.doNote = Each entry names its commit (check it with `git show`); the files are copied as they were at that commit, in the `fichiers` folder.
# Reports/DossierReport.swift — let doFigures
dossier.doFigures = In figures
# Reports/DossierReport.swift — let doTasks
dossier.doTasks = Tasks assigned and done
# Reports/DossierReport.swift — let doDocuments
dossier.doDocuments = Documents written
# Reports/DossierReport.swift — let doMinutes
dossier.doMinutes = Meeting minutes
# Reports/DossierReport.swift — let doReviews
dossier.doReviews = Reviews of others' work
# Reports/DossierReport.swift — let doWebsite
dossier.doWebsite = Commits to the website
# Reports/DossierReport.swift — let doWebsiteFiles
dossier.doWebsiteFiles = Website files, at this member's last version
# Reports/DossierReport.swift — let doNothing
dossier.doNothing = nothing in the period
# Reports/DossierReport.swift — let doNotCopied
dossier.doNotCopied = (not copied)
# Reports/DossierReport.swift — func doDone(_ commit: String, _ date: String) -> Text
dossier.doDone = done on {date} ({commit})
# Reports/DocsText.swift — let section
docsText.section = Section
# Reports/DocsText.swift — let state
docsText.state = State
# Reports/DocsText.swift — let line
docsText.line = Line
# Reports/DocsText.swift — let filled
docsText.filled = written
# Reports/DocsText.swift — let empty
docsText.empty = empty
# Reports/DocsText.swift — let templateOnly
docsText.templateOnly = template only
# Reports/DocsText.swift — let deliverables
docsText.deliverables = Deliverables
# Reports/DocsText.swift — let linkedFrom
docsText.linkedFrom = Linked from
# Reports/DocsText.swift — let notLinked
docsText.notLinked = no milestone or task
# Reports/DocsText.swift — let due
docsText.due = Due
# Reports/DocsText.swift — let title
docsText.title = Title
# Reports/DocsText.swift — let path
docsText.path = Path
# Reports/DocsText.swift — let author
docsText.author = Author
# Reports/DocsText.swift — let status
docsText.status = Status
# Reports/DocsText.swift — let version
docsText.version = Version
# Reports/DocsText.swift — let changed
docsText.changed = Changed
# Reports/DocsText.swift — let by
docsText.by = By
# Reports/DocsText.swift — let date
docsText.date = Date
# Reports/DocsText.swift — let attendees
docsText.attendees = Attendees
# Reports/DocsText.swift — let guests
docsText.guests = Guests
# Reports/DocsText.swift — let actions
docsText.actions = Actions
# Reports/DocsText.swift — Meeting list: actions still open / all actions of the minutes.
docsText.openActions = Open actions/total
# Reports/DocsText.swift — let who
docsText.who = Who
# Reports/DocsText.swift — let what
docsText.what = What
# Reports/DocsText.swift — let task
docsText.task = Task
# Reports/DocsText.swift — let tags
docsText.tags = Tags
# Reports/DocsText.swift — let validated
docsText.validated = Validated by
# Reports/DocsText.swift — let noDocuments
docsText.noDocuments = No documents yet; `jalon doc new TITLE` makes one.
# Reports/DocsText.swift — let noMeetings
docsText.noMeetings = No minutes yet; `jalon meeting new --date YYYY-MM-DD` makes some.
# Reports/DocsText.swift — let noActions
docsText.noActions = No action items in these minutes.
# Reports/DocsText.swift — func noComments(_ item: String) -> Text
docsText.noComments = No comments on {item}; `jalon comment {item} "text"` adds one.
# Reports/DocsText.swift — func budget(_ lines: Int, _ total: String, _ sum: String) -> Text
docsText.budget = Budget: {lines} {lines|line|lines}, stated total {total} (lines add up to {sum})
# Reports/DocsText.swift — func specHeader(_ title: String, _ version: String, _ status: String) -> Text
docsText.specHeader = Project spec “{title}” — version {version}, {status} (spec.md)
# Reports/DocsText.swift — func specProgress(_ done: Int, _ total: Int) -> Text
docsText.specProgress = {done} of {total} {total|section|sections} written
# Reports/DocsText.swift, News — let reasonHeading: [NewsDigest.Reason: Text]
docsText.reasonHeading.assigned = Tasks newly assigned to you
# Reports/DocsText.swift, News — let reasonHeading: [NewsDigest.Reason: Text]
docsText.reasonHeading.mention = Mentions
# Reports/DocsText.swift, News — let reasonHeading: [NewsDigest.Reason: Text]
docsText.reasonHeading.commentOnYourTask = Comments on your tasks
# Reports/DocsText.swift, News — let reasonHeading: [NewsDigest.Reason: Text]
docsText.reasonHeading.yourTask = Your tasks
# Reports/DocsText.swift, News — let reasonHeading: [NewsDigest.Reason: Text]
docsText.reasonHeading.dependency = Tasks you depend on
# Reports/DocsText.swift, News — let reasonHeading: [NewsDigest.Reason: Text]
docsText.reasonHeading.yourDocument = Your documents
# Reports/DocsText.swift, Reminders — let reminderHeadings: [(ReminderDigest.Kind, Text)]
docsText.reminderHeadings.overdue = Overdue
# Reports/DocsText.swift, Reminders — let reminderHeadings: [(ReminderDigest.Kind, Text)]
docsText.reminderHeadings.dueSoon = Due soon
# Reports/DocsText.swift, Reminders — let reminderHeadings: [(ReminderDigest.Kind, Text)]
docsText.reminderHeadings.blocked = Blocked by someone else's late task
# Reports/DocsText.swift, Reminders — let reminderHeadings: [(ReminderDigest.Kind, Text)]
docsText.reminderHeadings.reviewWaiting = Reviews waiting
# Reports/DocsText.swift, Reminders — let reminderHeadings: [(ReminderDigest.Kind, Text)]
docsText.reminderHeadings.documentReview = Documents to review
# Reports/DocsText.swift, Reminders — let reminderHeadings: [(ReminderDigest.Kind, Text)]
docsText.reminderHeadings.mention = Mentions
# Reports/DocsText.swift, Reminders — `Statut :` in French, `Status:` in English.
docsText.docsLabel = {label}:
# Reports/TimeReport.swift — let title
timeReport.title = Time spent
# Reports/TimeReport.swift — let team
timeReport.team = Team
# Reports/TimeReport.swift — let week
timeReport.week = Week
# Reports/TimeReport.swift — let member
timeReport.member = Member
# Reports/TimeReport.swift — let total
timeReport.total = Total
# Reports/TimeReport.swift — let date
timeReport.date = Date
# Reports/TimeReport.swift — let task
timeReport.task = Task
# Reports/TimeReport.swift — let titleColumn
timeReport.titleColumn = Title
# Reports/TimeReport.swift — let hours
timeReport.hours = Hours
# Reports/TimeReport.swift — let note
timeReport.note = Note
# Reports/TimeReport.swift — let none
timeReport.none = no time logged
# Reports/TimeReport.swift — let bookings
timeReport.bookings = Bookings
# Reports/TimeReport.swift — let perMember
timeReport.perMember = Per member
# Reports/TimeReport.swift — let spentLabel
timeReport.spentLabel = Time spent
# Reports/TimeReport.swift — let s
timeReport.spentNoEstimate = {s} (no estimate)
# Reports/TimeReport.swift — let percent
timeReport.spentAgainstEstimate = {s} of {e} estimated ({percent}%)
# Reports/TimeReport.swift — func inWeek(_ label: String) -> Text
timeReport.inWeek = Week {label}
# Reports/TimeReport.swift — let toDate
timeReport.toDate = To date
# Reports/TimeReport.swift — func accuracyBySpent(_ n: Int, _ of: Int) -> Text
timeReport.accuracyBySpent = {n} of {of} {of|task|tasks} measured by the time spent logged against the estimate (the others: actual working days against planned days).
# Reports/BurndownChart.swift — let title
burndown.title = Burndown: remaining effort per working day
# Reports/BurndownChart.swift — let burnupTitle
burndown.burnupTitle = Burnup: scope and work done
# Reports/BurndownChart.swift — let columnDay
burndown.columnDay = Day
# Reports/BurndownChart.swift — let columnRemaining
burndown.columnRemaining = Left
# Reports/BurndownChart.swift — let columnIdeal
burndown.columnIdeal = Ideal
# Reports/BurndownChart.swift — let columnBaseline
burndown.columnBaseline = Baseline
# Reports/BurndownChart.swift — let columnScope
burndown.columnScope = Scope
# Reports/BurndownChart.swift — let today
burndown.today = today
# Reports/BurndownChart.swift — let scopeAdded
burndown.scopeAdded = scope added
# Reports/BurndownChart.swift — let doneWork
burndown.doneWork = Done
# Reports/BurndownChart.swift — func legend(_ g: Marks) -> Text
burndown.legend = {actual} remaining   {forecast} forecast   {ideal} ideal   {baseline} baseline; hours of work
# Reports/Catalog+Planning.swift — hours with one decimal at most (plan.decimal): `7,5 h`
plan.hours = {hours} h
# Reports/Catalog+Planning.swift — heading of the tasks the levelling moved, with how many (n ≥ 1)
plan.movesHeader = Levelling ({n} {n|task|tasks} moved):
# Reports/Catalog+Reports.swift — an amount of work in days, one decimal at most: `1,5j`
report.effortDays = {days}d
# Reports/Catalog+Contributions.swift — a share in percent, its number with the decimal mark
contrib.percent = {value}%
# Reports/Catalog+Contributions.swift — the quoted title after a task or milestone id
contrib.ctTitle = \u{20}"{title}"
# Reports/Catalog+Contributions.swift — an event counted in a figure: the item and its title (contrib.ctTitle)
contrib.ctCountedTitled = {item}{title}
# Reports/Catalog+Contributions.swift — a notable contribution: the item and its quoted title (contrib.ctTitle)
contrib.ctNotable.taskCreated = Created task {item}{title}
# Reports/Catalog+Contributions.swift — a notable contribution: the item and its quoted title (contrib.ctTitle)
contrib.ctNotable.taskDone = Completed task {item}{title}
# Reports/Catalog+Contributions.swift — a notable contribution: the item and its quoted title (contrib.ctTitle), the statuses before and after
contrib.ctNotable.taskReviewed = Reviewed {item}{title}: {from} → {to}
# Reports/Catalog+Contributions.swift — a notable contribution: the item and its quoted title (contrib.ctTitle)
contrib.ctNotable.milestoneCreated = Created milestone {item}{title}
# Reports/Catalog+Contributions.swift — title of a task's history: its id and quoted title (contrib.ctTitle)
contrib.ctTaskHistoryTitle = History of {id}{title}
# Reports/Catalog+Trainer.swift — an ISO week label, `2026-W49`: the week letter (S for semaine)
trainer.weekPeriod = {before}W{after}
# Reports/Catalog+Trainer.swift — a report period (trainer.weekPeriod) and its days
trainer.trPeriodValue = {label} ({from} to {to})
# Reports/Catalog+Trainer.swift — tasks to start by the end of the next period (trainer.weekPeriod)
trainer.trStartingNext = Starting by the end of the next period ({label}, {from} to {to})
# Reports/Catalog+Trainer.swift — column heading: the workload of a period (trainer.weekPeriod)
trainer.trLoadWeek = Load {label}
# Reports/Catalog+Trainer.swift — chart title: the planned load of a period (trainer.weekPeriod)
trainer.trLoadChart = Planned load for {label} (line: capacity)
# Reports/Catalog+Trainer.swift — subtitle of a status report: its week (trainer.weekPeriod)
trainer.trStatusSubtitle = Week {label}
# Reports/Catalog+Trainer.swift — an overloaded week (trainer.weekPeriod), its Monday, the hours too many and who
trainer.bilanWeekLine = week {label} (Monday {monday}): {excess} too many — {who}
# Reports/Catalog+Trainer.swift — subtitle of the class overview: the week (trainer.weekPeriod) and the status date
trainer.classSubtitle = Week {label}, as of {day}
# Reports/TaskSurroundings.swift — the action of minutes a task comes from: what, who, and its due date (report.taskFromActionDue)
report.taskFromAction = action “{what}” given to {who}{due}
# Reports/TaskSurroundings.swift — the due date of an action of minutes
report.taskFromActionDue = , due {due}
# Reports/TaskSurroundings.swift — how many commits changed a task, how many are not shown (report.taskHistoryHidden), and the command for all
report.taskHistoryCount = {n} {n|commit|commits}{hidden}; the full trail, with values: jalon task history {id}
# Reports/TaskSurroundings.swift — how many commits of a task are not shown
report.taskHistoryHidden = , {hidden} not shown
# Reports/BurndownChart.swift — caption of the burndown: status date, target end, the baseline (burndown.captionBaseline or burndown.captionNoBaseline)
burndown.caption = Status date {status}, target end {target}{baseline}
# Reports/BurndownChart.swift — the baseline the burndown compares with
burndown.captionBaseline = , baseline “{baseline}”
# Reports/BurndownChart.swift — the burndown has no baseline
burndown.captionNoBaseline = , no baseline
# Reports/ContributionsActivity.swift — a field of a task changed: its name, the old and new values
contrib.fieldChange = {field}: {old} → {new}
# Reports/ContributionsActivity.swift — the one-letter mark of an edit (édité / edited) in the activity grid; ASCII output always shows e
contrib.activityEditMark = e
# Reports/Catalog+Reports.swift — between the items of a list in a sentence
report.listSeparator = ; 
# Reports/GrilleReport.swift — a fact of the assessment grid: what (grille.grFact.*), how many times, which commits
grille.factLine = {fact}: {count} — {commits}
# Reports/DocsText.swift, news (`jalon news`) — the quoted title after an item
news.title = \u{20}“{title}”
# Reports/DocsText.swift, news (`jalon news`) — who gave you a task (the item and its title)
news.taskAssigned = {by} assigned {item} to you
# Reports/DocsText.swift, news (`jalon news`) — who mentioned you in a comment, and the start of the comment after a colon
news.mentioned = {by} mentioned you on {item}{text}
# Reports/DocsText.swift, news (`jalon news`) — who commented on your task, and the start of the comment after a colon
news.commented = {by} commented on your task {item}{text}
# Reports/DocsText.swift, news (`jalon news`) — a task moved between two statuses, by whom
news.taskMoved = {item}: {from} → {to} (by {by})
# Reports/DocsText.swift, news (`jalon news`) — a change (news.taskMoved) to a task your task depends on
news.dependsOnIt = {base} — your task {task} depends on it
# Reports/DocsText.swift, news (`jalon news`) — a task done, by whom
news.taskDone = {item} done (by {by})
# Reports/DocsText.swift, news (`jalon news`) — a task done (news.taskDone) that your task waited for
news.canGoAhead = {base} — your task {task} can go ahead
# Reports/DocsText.swift, news (`jalon news`) — a task reopened in a status, by whom
news.taskReopened = {item} reopened as {to} (by {by})
# Reports/DocsText.swift, news (`jalon news`) — your document moved between two statuses, by whom
news.documentStatus = your document {item}: {from} → {to} (by {by})
# Reports/DocsText.swift, news (`jalon news`) — heading: for whom, since when
news.heading = News for {member} since {since}
# Reports/DocsText.swift, news (`jalon news`) — no news
news.nothingNew = Nothing new for you.
# Reports/DocsText.swift, news (`jalon news`) — how many other changes the team made
news.otherChanges = And {n} other {n|change|changes} by the team (jalon log).
# Reports/DocsText.swift, reminders (`jalon remind`) — a quoted task or document title
reminders.title = “{title}”
# Reports/DocsText.swift, reminders (`jalon remind`) — a late task: id, title, days late, due date
reminders.overdue = {id} {title} — {days} {days|day|days} late (due {due})
# Reports/DocsText.swift, reminders (`jalon remind`) — due today
reminders.today = today
# Reports/DocsText.swift, reminders (`jalon remind`) — due in a number of days
reminders.inDays = in {days} {days|day|days}
# Reports/DocsText.swift, reminders (`jalon remind`) — a task due soon: id, title, due date, when (reminders.today or reminders.inDays)
reminders.dueSoon = {id} {title} — due {due} ({when})
# Reports/DocsText.swift, reminders (`jalon remind`) — a task blocked by another late task, and who has that one (or reminders.unassigned)
reminders.blocked = {id} {title} — blocked by late {other} ({owners})
# Reports/DocsText.swift, reminders (`jalon remind`) — a late task no one has
reminders.unassigned = unassigned
# Reports/DocsText.swift, reminders (`jalon remind`) — a task waiting for review, and whose it is
reminders.reviewWaiting = {id} {title} — waiting for review ({owners})
# Reports/DocsText.swift, reminders (`jalon remind`) — a document waiting for review, and its author
reminders.documentReview = document {id} {title} — waiting for review ({author})
# Reports/DocsText.swift, reminders (`jalon remind`) — who mentioned you, on which item, when, and what they said
reminders.mention = {who} mentioned you on {id} on {due}: {said}
# Reports/DocsText.swift, reminders (`jalon remind`) — heading: the day, the board, how far ahead due dates are looked at
reminders.heading = Reminders for {today} — {board} (due within {days} {days|day|days})
# Reports/DocsText.swift, reminders (`jalon remind`) — nothing for a member
reminders.nothing = nothing to report
# Reports/DocsText.swift, reminders (`jalon remind`) — heading: what waits for review
reminders.reviews = Waiting for review (whole team)
# Reports/CalendarText.swift (`jalon calendar`) — the working days of the week (calendar.weekday.*)
calendar.workingDays = Working days: {names}
# Reports/CalendarText.swift (`jalon calendar`) — the project's first and last days
calendar.project = Project: {start} to {end}
# Reports/CalendarText.swift (`jalon calendar`) — column heading of the holidays and absences
calendar.who = Who
# Reports/CalendarText.swift (`jalon calendar`) — column heading of the holidays and absences
calendar.from = From
# Reports/CalendarText.swift (`jalon calendar`) — column heading of the holidays and absences
calendar.to = To
# Reports/CalendarText.swift (`jalon calendar`) — column heading of the holidays and absences
calendar.reason = Reason
# Reports/CalendarText.swift (`jalon calendar`) — a holiday: everyone is away
calendar.everyone = everyone
# Reports/CalendarText.swift (`jalon calendar`) — no holiday, no absence
calendar.none = No holidays or absences.
# Reports/CalendarText.swift (`jalon calendar`) — a member's hours per working day
calendar.hours = {name} ({id}): {hours} h per working day
# Reports/CalendarText.swift (`jalon calendar`) — short weekday name, 1 = Monday
calendar.weekday1 = Mon
# Reports/CalendarText.swift (`jalon calendar`) — short weekday name, 1 = Monday
calendar.weekday2 = Tue
# Reports/CalendarText.swift (`jalon calendar`) — short weekday name, 1 = Monday
calendar.weekday3 = Wed
# Reports/CalendarText.swift (`jalon calendar`) — short weekday name, 1 = Monday
calendar.weekday4 = Thu
# Reports/CalendarText.swift (`jalon calendar`) — short weekday name, 1 = Monday
calendar.weekday5 = Fri
# Reports/CalendarText.swift (`jalon calendar`) — short weekday name, 1 = Monday
calendar.weekday6 = Sat
# Reports/CalendarText.swift (`jalon calendar`) — short weekday name, 1 = Monday
calendar.weekday7 = Sun
# Reports/GanttMermaid.swift — the date format of a Mermaid Gantt axis (d3 strftime: %d day, %m month, %b month name)
gantt.mermaidAxisFormat = %b %d
# JalonCLI/Catalog+CLI.swift, Help — let abstract
cli.abstract = Project board for student teams, stored as files in Git.
# JalonCLI/Catalog+CLI.swift, Help — let discussion
cli.discussion = Every command that changes the board makes exactly one commit, authored by the member who acts.\nLanguage: --lang, else the board's language, else LANG. Exit codes: 0 success, 1 refused\n(invalid files, uncommitted changes, problems found by check), 2 invalid input,\n3 repository or board not found, Git error.
# JalonCLI/Catalog+CLI.swift, Help — let helpBoard
cli.helpBoard = Board folder (default: found from the current folder).
# JalonCLI/Catalog+CLI.swift, Help — let helpLang
cli.helpLang = Display language: fr or en.
# JalonCLI/Catalog+CLI.swift, Help — let helpAs
cli.helpAs = Act as this member (id).
# JalonCLI/Catalog+CLI.swift, Help — let helpASCII
cli.helpASCII = Draw with ASCII only.
# JalonCLI/Catalog+CLI.swift, Help — let helpNoColor
cli.helpNoColor = No colours (same as NO_COLOR).
# JalonCLI/Catalog+CLI.swift, Help — let helpWidth
cli.helpWidth = Output width in columns (default: terminal or COLUMNS).
# JalonCLI/Catalog+CLI.swift, Help — let helpFormat
cli.helpFormat = Output format: text or json.
# JalonCLI/Catalog+CLI.swift, Help — let helpBoardAll
cli.helpBoardAll = Also show the tasks finished more than two weeks ago (otherwise counted in one line; the JSON always lists them).
# JalonCLI/Catalog+CLI.swift, Help — let helpInit
cli.helpInit = Create a board in this Git repository (or a new one).
# JalonCLI/Catalog+CLI.swift, Help — let helpBoardName
cli.helpBoardName = Project name.
# JalonCLI/Catalog+CLI.swift, Help — let helpStart
cli.helpStart = Project start (YYYY-MM-DD or DD/MM/YYYY).
# JalonCLI/Catalog+CLI.swift, Help — let helpEnd
cli.helpEnd = Project end.
# JalonCLI/Catalog+CLI.swift, Help — let helpTemplate
cli.helpTemplate = Board template (e.g. site-web).
# JalonCLI/Catalog+CLI.swift, Help — let helpStatuses
cli.helpStatuses = Statuses, comma-separated (default: todo,doing,review,done).
# JalonCLI/Catalog+CLI.swift, Help — let helpBoardView
cli.helpBoardView = Show the kanban board: one column per status.
# JalonCLI/Catalog+CLI.swift, Help — let helpCheck
cli.helpCheck = Check every board file (file:line: problem).
# JalonCLI/Catalog+CLI.swift, Help — let helpLog
cli.helpLog = The board's history, commit by commit.
# JalonCLI/Catalog+CLI.swift, Help — let helpLimit
cli.helpLimit = Maximum number of entries.
# JalonCLI/Catalog+CLI.swift, Help — let helpMember
cli.helpMember = Team members.
# JalonCLI/Catalog+CLI.swift, Help — let helpMemberAdd
cli.helpMemberAdd = Add a member.
# JalonCLI/Catalog+CLI.swift, Help — let helpMemberList
cli.helpMemberList = List the members.
# JalonCLI/Catalog+CLI.swift, Help — let helpMemberID
cli.helpMemberID = Short member id (e.g. alice).
# JalonCLI/Catalog+CLI.swift, Help — let helpMemberName
cli.helpMemberName = Full name.
# JalonCLI/Catalog+CLI.swift, Help — let helpMemberEmail
cli.helpMemberEmail = Email of their commits (repeatable).
# JalonCLI/Catalog+CLI.swift, Help — let helpMemberRole
cli.helpMemberRole = Role in the team.
# JalonCLI/Catalog+CLI.swift, Help — let helpMemberCode
cli.helpMemberCode = Code of their task ids (1 to 3 capitals; default: initial).
# JalonCLI/Catalog+CLI.swift, Help — let helpMilestone
cli.helpMilestone = Project milestones.
# JalonCLI/Catalog+CLI.swift, Help — let helpMilestoneAdd
cli.helpMilestoneAdd = Add a milestone.
# JalonCLI/Catalog+CLI.swift, Help — let helpMilestoneEdit
cli.helpMilestoneEdit = Edit a milestone.
# JalonCLI/Catalog+CLI.swift, Help — let helpMilestoneList
cli.helpMilestoneList = List the milestones.
# JalonCLI/Catalog+CLI.swift, Help — let helpMilestoneDate
cli.helpMilestoneDate = Milestone date (`none` to clear).
# JalonCLI/Catalog+CLI.swift, Help — let helpTitle
cli.helpTitle = Title.
# JalonCLI/Catalog+CLI.swift, Help — let helpID
cli.helpID = Id (e.g. T-A3).
# JalonCLI/Catalog+CLI.swift, Help — let helpTask
cli.helpTask = Project tasks.
# JalonCLI/Catalog+CLI.swift, Help — let helpTaskAdd
cli.helpTaskAdd = Create a task.
# JalonCLI/Catalog+CLI.swift, Help — let helpTaskMove
cli.helpTaskMove = Change a task's status.
# JalonCLI/Catalog+CLI.swift, Help — let helpTaskDone
cli.helpTaskDone = Mark a task as done.
# JalonCLI/Catalog+CLI.swift, Help — let helpTaskEdit
cli.helpTaskEdit = Edit a task.
# JalonCLI/Catalog+CLI.swift, Help — let helpTaskList
cli.helpTaskList = List the tasks.
# JalonCLI/Catalog+CLI.swift, Help — let helpTaskShow
cli.helpTaskShow = Show a task.
# JalonCLI/Catalog+CLI.swift, Help — let helpAssign
cli.helpAssign = Assigned members (comma-separated).
# JalonCLI/Catalog+CLI.swift, Help — let helpAssignReplace
cli.helpAssignReplace = Replace the assignees (`none` for nobody).
# JalonCLI/Catalog+CLI.swift, Help — let helpAddAssignee
cli.helpAddAssignee = Add an assignee.
# JalonCLI/Catalog+CLI.swift, Help — let helpUnassign
cli.helpUnassign = Remove an assignee.
# JalonCLI/Catalog+CLI.swift, Help — let helpEstimate
cli.helpEstimate = Estimated effort: 2d (days), 4h (hours), 1w (week).
# JalonCLI/Catalog+CLI.swift, Help — let helpEstimateClear
cli.helpEstimateClear = Estimated effort (`none` to clear).
# JalonCLI/Catalog+CLI.swift, Help — let helpDuration
cli.helpDuration = Duration in working days (e.g. 3d).
# JalonCLI/Catalog+CLI.swift, Help — let helpDurationClear
cli.helpDurationClear = Duration (`none` to clear).
# JalonCLI/Catalog+CLI.swift, Help — let helpStartDay
cli.helpStartDay = Fixed start date.
# JalonCLI/Catalog+CLI.swift, Help — let helpDue
cli.helpDue = Due date.
# JalonCLI/Catalog+CLI.swift, Help — let helpDateClear
cli.helpDateClear = Date (`none` to clear).
# JalonCLI/Catalog+CLI.swift, Help — let helpDepends
cli.helpDepends = Dependencies: T-A1,T-B2+2d (lag), ss:T-A3 (start-to-start).
# JalonCLI/Catalog+CLI.swift, Help — let helpDependsReplace
cli.helpDependsReplace = Replace the dependencies (`none` for none).
# JalonCLI/Catalog+CLI.swift, Help — let helpMilestoneRef
cli.helpMilestoneRef = Milestone the task leads to (e.g. M-A1).
# JalonCLI/Catalog+CLI.swift, Help — let helpMilestoneClear
cli.helpMilestoneClear = Milestone (`none` to clear).
# JalonCLI/Catalog+CLI.swift, Help — let helpLabel
cli.helpLabel = Label (repeatable).
# JalonCLI/Catalog+CLI.swift, Help — let helpLabelsReplace
cli.helpLabelsReplace = Replace the labels (`none` for none).
# JalonCLI/Catalog+CLI.swift, Help — let helpStatus
cli.helpStatus = Status (one of the board's).
# JalonCLI/Catalog+CLI.swift, Help — let helpProgress
cli.helpProgress = Progress in percent (0–100).
# JalonCLI/Catalog+CLI.swift, Help — let helpDescription
cli.helpDescription = Description (Markdown).
# JalonCLI/Catalog+CLI.swift, Help — let helpWith
cli.helpWith = Pair work: members credited as co-authors.
# JalonCLI/Catalog+CLI.swift, Help — let helpFilterStatus
cli.helpFilterStatus = Only this status.
# JalonCLI/Catalog+CLI.swift, Help — let helpFilterAssignee
cli.helpFilterAssignee = Only this member's tasks.
# JalonCLI/Catalog+CLI.swift, Help — let helpFilterMilestone
cli.helpFilterMilestone = Only this milestone.
# JalonCLI/Catalog+CLI.swift, Help — let helpFilterLabel
cli.helpFilterLabel = Only this label.
# JalonCLI/Catalog+CLI.swift, Help — let helpDemo
cli.helpDemo = Replay the example project of Boards/ into a new repository up to a mid-project day, then show that day, the board and the Gantt chart.
# JalonCLI/Catalog+CLI.swift, Help — let helpDemoToEnd
cli.helpDemoToEnd = Replay the whole project, up to its last day.
# JalonCLI/Catalog+CLI.swift, Help — let helpDemoDir
cli.helpDemoDir = Folder (empty or missing) for the demo repository (default: a temporary folder).
# JalonCLI/Catalog+CLI.swift, Help — let helpCalendar
cli.helpCalendar = Calendar: working days, holidays, absences.
# JalonCLI/Catalog+CLI.swift, Help — let helpAddHoliday
cli.helpAddHoliday = Add public holidays, school holidays or a closure (nobody works).
# JalonCLI/Catalog+CLI.swift, Help — let helpCalendarList
cli.helpCalendarList = Show working days, holidays and absences.
# JalonCLI/Catalog+CLI.swift, Help — let helpFrom
cli.helpFrom = First day (YYYY-MM-DD or DD/MM/YYYY).
# JalonCLI/Catalog+CLI.swift, Help — let helpTo
cli.helpTo = Last day, included (default: the first).
# JalonCLI/Catalog+CLI.swift, Help — let helpHolidayName
cli.helpHolidayName = Name, e.g. "Christmas holidays".
# JalonCLI/Catalog+CLI.swift, Help — let helpMemberEdit
cli.helpMemberEdit = Edit a member (name, role, emails, hours per day).
# JalonCLI/Catalog+CLI.swift, Help — let helpMemberAway
cli.helpMemberAway = Record an absence (work placement, illness…): the member does not work on the project.
# JalonCLI/Catalog+CLI.swift, Help — let helpReason
cli.helpReason = Reason, e.g. work placement.
# JalonCLI/Catalog+CLI.swift, Help — let helpHoursPerDay
cli.helpHoursPerDay = Working hours per working day (part time; default 8; `none` to go back to 8).
# JalonCLI/Catalog+CLI.swift, Help — let helpBaseline
cli.helpBaseline = Baselines: freeze the plan to compare with later.
# JalonCLI/Catalog+CLI.swift, Help — let helpBaselineSave
cli.helpBaselineSave = Save the current plan as a baseline (annotated Git tag).
# JalonCLI/Catalog+CLI.swift, Help — let helpBaselineList
cli.helpBaselineList = List the baselines.
# JalonCLI/Catalog+CLI.swift, Help — let helpBaselineName
cli.helpBaselineName = Name, e.g. "initial plan".
# JalonCLI/Catalog+CLI.swift, Help — let helpPlan
cli.helpPlan = Computed schedule: dates, slack, critical path, conflicts.
# JalonCLI/Catalog+CLI.swift, Help — let helpGantt
cli.helpGantt = Gantt chart of the project.
# JalonCLI/Catalog+CLI.swift, Help — let helpLoad
cli.helpLoad = Workload per member per week, overloads flagged.
# JalonCLI/Catalog+CLI.swift, Help — let helpAt
cli.helpAt = Status date (YYYY-MM-DD): the board as committed at the end of that day, forecast from that day (default: JALON_NOW, else today).
# JalonCLI/Catalog+CLI.swift, Help — let helpLevel
cli.helpLevel = Level: shift non-critical tasks to remove overloads.
# JalonCLI/Catalog+CLI.swift, Help — let helpAgainst
cli.helpAgainst = Compare with baseline NAME (slippage in working days).
# JalonCLI/Catalog+CLI.swift, Help — let helpGanttBy
cli.helpGanttBy = Group by: none, member, milestone.
# JalonCLI/Catalog+CLI.swift, Help — let helpFromDate
cli.helpFromDate = First day shown.
# JalonCLI/Catalog+CLI.swift, Help — let helpToDate
cli.helpToDate = Last day shown.
# JalonCLI/Catalog+CLI.swift, Help — let helpScale
cli.helpScale = Scale: day, week, month (default: to fit the width).
# JalonCLI/Catalog+CLI.swift, Help — let helpBaselineBars
cli.helpBaselineBars = Show the bars of baseline NAME.
# JalonCLI/Catalog+CLI.swift, Help — let helpGanttFormat
cli.helpGanttFormat = Format: text, json, mermaid.
# JalonCLI/Catalog+CLI.swift, Help — let helpReport
cli.helpReport = Reports: contributions, status, review, class overview.
# JalonCLI/Catalog+CLI.swift, Messages — func badLanguage(_ l: String) -> Text
cli.badLanguage = unknown language `{l}`: fr or en
# JalonCLI/Catalog+CLI.swift, Messages — let badWidth
cli.badWidth = the width must be at least 20 columns (and at most {maxWidth})
# JalonCLI/Catalog+CLI.swift, Messages — let errorPrefix
cli.errorPrefix = error:\u{20}
# JalonCLI/Catalog+CLI.swift, Messages — let warningPrefix
cli.warningPrefix = warning:\u{20}
# JalonCLI/Catalog+CLI.swift, Messages — func repositoryCreated(_ path: String) -> Text
cli.repositoryCreated = Created a Git repository in {path}
# JalonCLI/Catalog+CLI.swift, Messages — func boardCreated(_ name: String, _ folder: String, _ branch: String, _ commit: String) -> Text
cli.boardCreated = Created board “{name}” in {folder} on branch {branch} (commit {commit})
# JalonCLI/Catalog+CLI.swift, Messages — let nextStepsAfterInit
cli.nextStepsAfterInit = Next: jalon member add ID --name "Name" --email ADDRESS
# JalonCLI/Catalog+CLI.swift, Messages — func memberAdded(_ name: String, _ id: String, _ code: String, _ commit: String) -> Text
cli.memberAdded = Added member {name} ({id}); their tasks will be T-{code}1, T-{code}2… (commit {commit})
# JalonCLI/Catalog+CLI.swift, Messages — func milestoneAdded(_ id: String, _ title: String, _ commit: String) -> Text
cli.milestoneAdded = Created milestone {id}: “{title}” (commit {commit})
# JalonCLI/Catalog+CLI.swift, Messages — func milestoneEdited(_ id: String, _ title: String, _ commit: String) -> Text
cli.milestoneEdited = Updated milestone {id} “{title}” (commit {commit})
# JalonCLI/Catalog+CLI.swift, Messages — func taskAdded(_ id: String, _ title: String, _ commit: String) -> Text
cli.taskAdded = Created task {id}: “{title}” (commit {commit})
# JalonCLI/Catalog+CLI.swift, Messages — func taskUpdated(_ id: String, _ title: String, _ status: String, _ commit: String) -> Text
cli.taskUpdated = Task {id} “{title}” is now {status} (commit {commit})
# JalonCLI/Catalog+CLI.swift, Messages — func taskEdited(_ id: String, _ title: String, _ fields: String, _ commit: String) -> Text
cli.taskEdited = Updated task {id} “{title}”: {fields} (commit {commit})
# JalonCLI/Catalog+CLI.swift, Messages — func holidayAdded(_ name: String, _ from: String, _ to: String, _ commit: String) -> Text
cli.holidayAdded = Added holiday “{name}” from {from} to {to} (commit {commit})
# JalonCLI/Catalog+CLI.swift, Messages — func absenceAdded(_ name: String, _ from: String, _ to: String, _ commit: String) -> Text
cli.absenceAdded = Recorded {name} away from {from} to {to} (commit {commit})
# JalonCLI/Catalog+CLI.swift, Messages — func memberEdited(_ name: String, _ id: String, _ commit: String) -> Text
cli.memberEdited = Updated member {name} ({id}) (commit {commit})
# JalonCLI/Catalog+CLI.swift, Messages — func baselineSaved(_ name: String, _ tag: String, _ commit: String) -> Text
cli.baselineSaved = Saved baseline “{name}”: tag {tag} on commit {commit}
# JalonCLI/Catalog+CLI.swift, Messages — let noBaselines
cli.noBaselines = No baselines yet; `jalon baseline save NAME` makes one.
# JalonCLI/Catalog+CLI.swift, Messages — let columnBaseline
cli.columnBaseline = Baseline
# JalonCLI/Catalog+CLI.swift, Messages — let columnSaved
cli.columnSaved = Saved on
# JalonCLI/Catalog+CLI.swift, Messages — let columnBy
cli.columnBy = By
# JalonCLI/Catalog+CLI.swift, Messages — func taskUnchanged(_ id: String) -> Text
cli.taskUnchanged = {id}: nothing to change, no commit
# JalonCLI/Catalog+CLI.swift, Messages — func negativeAmount(_ shown: String) -> Text
cli.negativeAmount = `{shown}` is negative: time spent, a duration or an estimate is counted as a positive amount
# JalonCLI/Catalog+CLI.swift, Messages — let negativeAmountHint
cli.negativeAmountHint = write e.g. 2h; to correct time already logged, edit or delete its time/…md file (jalon check validates it)
# JalonCLI/Catalog+CLI.swift, Messages — func negativeArgument(_ n: Int, _ shown: String) -> Text
cli.negativeArgument = argument {n}: {negativeAmount} ({negativeAmountHint}; nothing was changed)
# JalonCLI/Catalog+CLI.swift, Messages — let u
cli.controlInArgument = argument {n} (`{shown}`) contains the control character {u} (remove it; nothing was changed)
# JalonCLI/Catalog+CLI.swift, Messages — func fileSkipped(_ problem: String) -> Text
cli.fileSkipped = warning: file left out: {problem}
# JalonCLI/Catalog+CLI.swift, Messages — func fileReadWithErrors(_ problem: String) -> Text
cli.fileReadWithErrors = warning: file read in part (value ignored): {problem}
# JalonCLI/Catalog+CLI.swift, Messages — func flaggedSummary(_ count: Int) -> Text
cli.flaggedSummary = warning: {countCount} board {countCount|file|files} with errors (details: `jalon check`)
# JalonCLI/Catalog+CLI.swift, Messages — func checkOK(_ tasks: Int, _ milestones: Int, _ members: Int) -> Text
cli.checkOK = Board OK: {tasks} {tasks|task|tasks}, {milestones} {milestones|milestone|milestones}, {members} {members|member|members}.
# JalonCLI/Catalog+CLI.swift, Messages — func checkSummary(_ errors: Int, _ warnings: Int) -> Text
cli.checkSummary = {errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}.
# JalonCLI/Catalog+CLI.swift, Messages — let emptyLog
cli.emptyLog = No commit touches the board yet.
# JalonCLI/Catalog+CLI.swift, Messages — func demoLineFailed(_ line: Int, _ command: String, _ detail: String) -> Text
cli.demoLineFailed = the scenario fails at line {line} (jalon {command}):\n{detail}
# JalonCLI/Catalog+CLI.swift, Messages — func scenarioBadLine(_ line: Int, _ text: String) -> Text
cli.scenarioBadLine = scenario line {line} cannot be read: {text}
# JalonCLI/Catalog+CLI.swift, Messages — func demoDirNotEmpty(_ path: String) -> Text
cli.demoDirNotEmpty = folder {path} is not empty
# JalonCLI/Catalog+CLI.swift, Messages — let demoDirHint
cli.demoDirHint = give a folder that is empty or does not exist yet
# JalonCLI/Catalog+CLI.swift, Messages — func demoSummary(_ name: String, _ commits: Int, _ authors: Int, _ from: String, _ to: String, _ path: String) -> Text
cli.demoSummary = Demo “{name}”: {commits} commits by {authors} authors, from {from} to {to}, in {path}
# JalonCLI/Catalog+CLI.swift, Messages — func demoToday(_ day: String, _ partial: Bool) -> Text
cli.demoTodayPartial = Today in the demo: {day} (the project replayed up to that day; jalon demo --to-end replays all of it)
# JalonCLI/Catalog+CLI.swift, Messages — func demoToday(_ day: String, _ partial: Bool) -> Text
cli.demoTodayWhole = Today in the demo: {day} (the whole project replayed)
# JalonCLI/Catalog+CLI.swift, Messages — let list
cli.demoForecastNothingLate = Forecast: the project ends on {end}, nothing late
# JalonCLI/Catalog+CLI.swift, Messages — let list
cli.demoForecastOneLate = Forecast: the project ends on {end}, 1 item late: {list}
# JalonCLI/Catalog+CLI.swift, Messages — let list
cli.demoForecastSeveralLate = Forecast: the project ends on {end}, {lateCount} items late: {list}
# JalonCLI/Catalog+CLI.swift, Messages — func demoNext(_ path: String, _ day: String) -> Text
cli.demoNext = Explore (on the demo's day: --at {day}): cd {path} && jalon plan --at {day} && jalon task list && jalon log && git log --stat
# JalonCLI/Environment.swift — let dayFirst
cli.argumentReader.ambiguousDate = ambiguous date `{text}`: day/month or month/day?
# JalonCLI/Environment.swift — let dayFirst
cli.argumentReader.ambiguousDateHint = write {iso} (day first) or {iso2} (month first)
# JalonCLI/Environment.swift — let message
cli.argumentReader.impossibleDate = impossible date `{text}`
# JalonCLI/Environment.swift — let message
cli.argumentReader.notADate = `{text}` is not a date
# JalonCLI/Environment.swift — func effort(_ text: String) throws -> Effort
cli.effort.unreadable = unreadable amount `{text}`
# JalonCLI/Environment.swift — func dependencies(_ values: [String]) throws -> [Dependency]
cli.dependencies = unreadable dependency `{text}`
# JalonCLI/Environment.swift — func hours(_ value: Double) throws -> Double
cli.hours = invalid hours per day
# JalonCLI/Environment.swift — func hours(_ value: Double) throws -> Double
cli.hoursHint = a number between 0.25 and 24, e.g. 3.5; `none` for full time
# JalonCLI/Environment.swift — func progress(_ value: Int) throws -> Int
cli.progress = progress {value} is outside 0–100
# JalonCLI/Environment.swift — func progress(_ value: Int) throws -> Int
cli.progressHint = a percentage between 0 and 100
# JalonCLI/Jalon.swift — let endDay
cli.init.endBeforeStart = end ({iso}) is before start ({iso2})
# JalonCLI/Jalon.swift — let list
cli.init.tooFewStatuses = at least two distinct statuses are needed
# JalonCLI/Jalon.swift — let list
cli.init.statusesHint = e.g. --statuses todo,doing,done
# JalonCLI/Jalon.swift — let actor: Identity
cli.init.noIdentityHint = set your Git identity first: git config --global user.name "First Last" then git config --global user.email ADDRESS
# JalonCLI/MemberCommands.swift — let emails
cli.add.noValidEmail = at least one valid email is needed (--email)
# JalonCLI/MemberCommands.swift — let emails
cli.add.runHint = use the email of their Git commits: git config user.email
# JalonCLI/TaskCommands.swift — var draft
cli.add.dueBeforeStart = the due date ({iso}) is before the start ({iso2})
# JalonCLI/PlanCommands.swift — let toDay
cli.format.run.text = --to ({iso}) is before --from ({iso2})
# JalonCLI/DemoCommand.swift — var escaped
cli.split = unclosed quote: {text}
# JalonCLI/CalendarCommands.swift — let end
cli.period = end ({iso}) is before start ({iso2})
# JalonCLI/Catalog+Team.swift — let helpRemoveAssignee
team.helpRemoveAssignee = Remove an assignee (repeatable).
# JalonCLI/Catalog+Team.swift — let helpUnassignAlias
team.helpUnassignAlias = Same as --remove-assignee.
# JalonCLI/Catalog+Team.swift — let helpAddLabel
team.helpAddLabel = Add a label (repeatable).
# JalonCLI/Catalog+Team.swift — let helpRemoveLabel
team.helpRemoveLabel = Remove a label (repeatable).
# JalonCLI/Catalog+Team.swift — let helpAddDepends
team.helpAddDepends = Add a dependency: T-A1, T-B2+2d, ss:T-A3 (repeatable).
# JalonCLI/Catalog+Team.swift — let helpRemoveDepends
team.helpRemoveDepends = Remove the dependency on this task or milestone (repeatable).
# JalonCLI/Catalog+Team.swift — let helpTaskDelete
team.helpTaskDelete = Delete a task (refused while other things refer to it, unless --force).
# JalonCLI/Catalog+Team.swift — let helpForceDelete
team.helpForceDelete = Also remove, in the same commit, what refers to the task (dependencies, meeting actions, comments).
# JalonCLI/Catalog+Team.swift — let helpSort
team.helpSort = Sort by: id, title, status, assignee, milestone, start, due, estimate, progress.
# JalonCLI/Catalog+Team.swift — let helpReverse
team.helpReverse = Reverse order.
# JalonCLI/Catalog+Team.swift — let helpListLimit
team.helpListLimit = Show at most N tasks.
# JalonCLI/Catalog+Team.swift — let helpLogMember
team.helpLogMember = Only this member's commits (author or co-author).
# JalonCLI/Catalog+Team.swift — let helpLogSince
team.helpLogSince = Only from this day on (included).
# JalonCLI/Catalog+Team.swift — let helpLogUntil
team.helpLogUntil = Only up to this day (included).
# JalonCLI/Catalog+Team.swift — func taskDeleted(_ id: String, _ title: String, _ commit: String) -> Text
team.taskDeleted = Deleted task {id} “{title}” (commit {commit})
# JalonCLI/Catalog+Team.swift — let alsoChanged
team.alsoChanged = In the same commit:
# JalonCLI/Catalog+Team.swift — func moreTasks(_ n: Int, _ total: Int) -> Text
team.moreTasks = … and {n} more {n|task|tasks} ({total} in all; --limit shows more)
# JalonCLI/Catalog+Team.swift — func badSortField(_ s: String) -> Text
team.badSortField = unknown sort field `{s}`
# JalonCLI/Catalog+Team.swift — let sortFieldHint
team.sortFieldHint = one of: id, title, status, assignee, milestone, start, due, estimate, progress
# JalonCLI/Catalog+Team.swift — func badLimit(_ n: Int) -> Text
team.badLimit = --limit {n}: a number of at least 1 is needed
# JalonCLI/Catalog+Team.swift — func logUntilBeforeSince(_ since: String, _ until: String) -> Text
team.logUntilBeforeSince = --until {until} is before --since {since}
# JalonCLI/Catalog+Team.swift — let noLogMatch
team.noLogMatch = No board commit matches these filters.
# JalonCLI/Catalog+Team.swift — func startedEarly(_ id: String, _ status: String, _ dependency: String, _ depStatus: String) -> Text
team.startedEarly = {id} is now {status} while its dependency {dependency} is not done ({depStatus})
# JalonCLI/Catalog+Team.swift — func startedBeforeStart(_ id: String, _ status: String, _ dependency: String) -> Text
team.startedBeforeStart = {id} is now {status} while {dependency}, which it must start after (ss:), has not started
# JalonCLI/Catalog+Team.swift — let helpSpecStatus
team.helpSpecStatus = Show the spec's status, or change it: draft, review, validated.
# JalonCLI/Catalog+Team.swift — let helpSpecStatusValue
team.helpSpecStatusValue = New status: draft, review or validated.
# JalonCLI/Catalog+Team.swift — let specVersionNeedsStatus
team.specVersionNeedsStatus = --version without a status
# JalonCLI/Catalog+Team.swift — let specStatusHint
team.specStatusHint = e.g. `jalon spec status validated --version 1.0`
# JalonCLI/Catalog+Team.swift — func specStatusIs(_ status: String, _ version: String) -> Text
team.specStatusIs = Project spec: status {status}, version {version}
# JalonCLI/Catalog+Team.swift — func specStatusSet(_ from: String, _ to: String, _ commit: String) -> Text
team.specStatusSet = Project spec: {from} → {to} (commit {commit})
# JalonCLI/Catalog+Team.swift — let helpMeetingAction
team.helpMeetingAction = Action items of minutes.
# JalonCLI/Catalog+Team.swift — let helpMeetingActionAdd
team.helpMeetingActionAdd = Add an action item (who does what by when) to minutes.
# JalonCLI/Catalog+Team.swift — let helpActionWhat
team.helpActionWhat = What is to be done.
# JalonCLI/Catalog+Team.swift — let helpActionWho
team.helpActionWho = Who does it: a member (id) or the name of someone outside the team.
# JalonCLI/Catalog+Team.swift — let helpActionDue
team.helpActionDue = By when (YYYY-MM-DD or DD/MM/YYYY).
# JalonCLI/Catalog+Team.swift — func actionOwnerOutside(_ who: String) -> Text
team.actionOwnerOutside = “{who}” is a guest, not a member: the task made from this action will have no assignee.
# JalonCLI/SyncCommands.swift — func mergedFile(_ file: String, _ keys: [String]) -> Text
syncCmd.mergedFile = \u{20} merged: {file}
# JalonCLI/SyncCommands.swift — func mergedFile(_ file: String, _ keys: [String]) -> Text
syncCmd.mergedFileKeys = \u{20} merged: {file} ({keys})
# JalonCLI/SyncCommands.swift — func decision(_ d: BoardMerge.Decision) -> Text
syncCmd.decision = \u{20} same field changed on both sides: {file} {key} = {kept} ({winner}, later); value dropped: {lost} ({loser})
# JalonCLI/SyncCommands.swift — func renumbered(_ r: Renumbering) -> Text
syncCmd.renumbered = \u{20} same id made on both sides: {old}, the one that arrived later, becomes {new} (file, comments and references rewritten)
# JalonCLI/SyncCommands.swift — func bodyConflict(_ file: String) -> Text
syncCmd.bodyConflict = \u{20} conflict in the text of {file}: <<<<<<< markers left in the body; fix them, then `jalon check`
# JalonCLI/SyncCommands.swift, merge driver and setup — let helpDriver
syncCmd.helpDriver = Merge driver for Git (%O %A %B %P): merges one board file field by field; never writes to standard output.
# JalonCLI/SyncCommands.swift, merge driver and setup — let helpDriverBase
syncCmd.helpDriverBase = Ancestor version (%O).
# JalonCLI/SyncCommands.swift, merge driver and setup — let helpDriverOurs
syncCmd.helpDriverOurs = Our version, replaced by the result (%A).
# JalonCLI/SyncCommands.swift, merge driver and setup — let helpDriverTheirs
syncCmd.helpDriverTheirs = Their version (%B).
# JalonCLI/SyncCommands.swift, merge driver and setup — let helpDriverPath
syncCmd.helpDriverPath = Path of the file in the repository (%P).
# JalonCLI/SyncCommands.swift, merge driver and setup — let helpSetup
syncCmd.helpSetup = Sets this clone up: Jalon's merge driver in .git/config and the board's .gitattributes, so git pull merges as jalon sync does.
# JalonCLI/SyncCommands.swift, merge driver and setup — func driverConfigured(_ exe: String) -> Text
syncCmd.driverConfigured = Merge driver configured in .git/config ({exe} merge-driver).
# JalonCLI/SyncCommands.swift, merge driver and setup — func attributesCommitted(_ commit: String) -> Text
syncCmd.attributesCommitted = The board's .gitattributes declares the driver (commit {commit}).
# JalonCLI/SyncCommands.swift, merge driver and setup — let attributesPresent
syncCmd.attributesPresent = The board's .gitattributes already declares the driver.
# JalonCLI/SyncCommands.swift, merge driver and setup — func driverDecision(_ d: BoardMerge.Decision) -> Text
syncCmd.driverDecision = jalon merge-driver: {file} {key} = {kept} ({winner}); value dropped: {lost} ({loser})
# JalonCLI/SyncCommands.swift, merge driver and setup — func driverConflict(_ file: String) -> Text
syncCmd.driverConflict = jalon merge-driver: conflict in the text of {file}, markers left in the body
# JalonCLI/SyncCommands.swift, sync — let helpSync
syncCmd.helpSync = Fetches, merges the board field by field and pushes: one command, whatever branch is checked out.
# JalonCLI/SyncCommands.swift, sync — let helpRemote
syncCmd.helpRemote = Remote: a name (origin by default, or the branch's upstream) or a URL.
# JalonCLI/SyncCommands.swift, sync — let helpDryRun
syncCmd.helpDryRun = Shows what would come in and go out, and how conflicts would be settled, changing nothing.
# JalonCLI/SyncCommands.swift, sync — func header(_ remote: String, _ dry: Bool) -> Text
syncCmd.headerDryRun = Sync with {remote} (dry run, nothing is changed):
# JalonCLI/SyncCommands.swift, sync — func header(_ remote: String, _ dry: Bool) -> Text
syncCmd.header = Sync with {remote}:
# JalonCLI/SyncCommands.swift, sync — func incoming(_ n: Int) -> Text
syncCmd.incoming = Came in: {n} {n|commit|commits}
# JalonCLI/SyncCommands.swift, sync — func outgoing(_ n: Int, _ dry: Bool) -> Text
syncCmd.outgoingDryRun = Would go out: {n} {n|commit|commits}
# JalonCLI/SyncCommands.swift, sync — func outgoing(_ n: Int, _ dry: Bool) -> Text
syncCmd.outgoing = Went out: {n} {n|commit|commits}
# JalonCLI/SyncCommands.swift, sync — let fastForward
syncCmd.fastForward = Fast-forward: no merge commit.
# JalonCLI/SyncCommands.swift, sync — func mergeCommit(_ c: String) -> Text
syncCmd.mergeCommit = Board merged field by field (commit {c}):
# JalonCLI/SyncCommands.swift, sync — let wouldMerge
syncCmd.wouldMerge = Board merge that would be made:
# JalonCLI/SyncCommands.swift, sync — func tagsIn(_ t: [String]) -> Text
syncCmd.tagsIn = Tags that came in: {t}
# JalonCLI/SyncCommands.swift, sync — func tagsOut(_ t: [String], _ dry: Bool) -> Text
syncCmd.tagsOutDryRun = Tags that would go out: {t}
# JalonCLI/SyncCommands.swift, sync — func tagsOut(_ t: [String], _ dry: Bool) -> Text
syncCmd.tagsOut = Tags that went out: {t}
# JalonCLI/SyncCommands.swift, sync — func tagMoved(_ t: String) -> Text
syncCmd.tagMoved = Warning: tag {t} names another object on the remote; yours is kept (jalon verify to check)
# JalonCLI/SyncCommands.swift, sync — func tagDeleted(_ t: String) -> Text
syncCmd.tagDeleted = Warning: tag {t} had been deleted from the remote; it was sent again
# JalonCLI/SyncCommands.swift, sync — let upToDate
syncCmd.upToDate = Already up to date.
# JalonCLI/SyncCommands.swift, sync — func retries(_ n: Int) -> Text
syncCmd.retries = The remote moved meanwhile: {n} retry(ies).
# JalonCLI/SyncCommands.swift, status — let helpStatus
syncCmd.helpStatus = The board's branch against its upstream (ahead, behind, diverged), unpushed commits, repository state, board files edited.
# JalonCLI/SyncCommands.swift, status — func branchLine(_ branch: String, _ upstream: String?, ahead: Int, behind: Int) -> Text
syncCmd.branchNoUpstream = Branch {branch}: no upstream (jalon sync pushes it to origin)
# JalonCLI/SyncCommands.swift, status — func branchLine(_ branch: String, _ upstream: String?, ahead: Int, behind: Int) -> Text
syncCmd.branchUpToDate = Branch {branch}: up to date with {upstream}
# JalonCLI/SyncCommands.swift, status — func branchLine(_ branch: String, _ upstream: String?, ahead: Int, behind: Int) -> Text
syncCmd.branchAhead = Branch {branch}: ahead of {upstream} by {ahead} {ahead|commit|commits}
# JalonCLI/SyncCommands.swift, status — func branchLine(_ branch: String, _ upstream: String?, ahead: Int, behind: Int) -> Text
syncCmd.branchBehind = Branch {branch}: behind {upstream} by {behind} {behind|commit|commits}
# JalonCLI/SyncCommands.swift, status — func branchLine(_ branch: String, _ upstream: String?, ahead: Int, behind: Int) -> Text
syncCmd.branchDiverged = Branch {branch}: diverged from {upstream} ({ahead} ahead, {behind} behind); jalon sync merges
# JalonCLI/SyncCommands.swift, status — func unpushed(_ n: Int) -> Text
syncCmd.unpushed = Board commits not pushed yet: {n} (jalon sync)
# JalonCLI/SyncCommands.swift, status — func state(_ operation: (what: Text, hint: Text)?) -> Text
syncCmd.noOperation = Repository: no Git operation in progress
# JalonCLI/SyncCommands.swift, status — func state(_ operation: (what: Text, hint: Text)?) -> Text
syncCmd.operationInProgress = Repository: {what}; the board cannot change until then: {hint}
# JalonCLI/SyncCommands.swift, status — func edits(_ files: [String]) -> Text
syncCmd.noEdits = Board files: no uncommitted edits
# JalonCLI/SyncCommands.swift, status — func edits(_ files: [String]) -> Text
syncCmd.editedFiles = Board files with uncommitted edits: {files}
# JalonCLI/SyncCommands.swift, status — func unpushedReminder(_ n: Int) -> Text
syncCmd.unpushedReminder = {n} board {n|commit|commits} not sent to the team yet: run jalon sync
# JalonCLI/HistoryCommands.swift — let text
history.exclude.help = Pattern of files to leave out of line counts (repeatable), e.g. 'assets/**'.
# JalonCLI/HistoryCommands.swift — var exclude: [String]
history.noDefaultExcludes.help = Also count lock, minified, vendored and generated files.
# JalonCLI/HistoryCommands.swift — var configuration: CommandConfiguration
history.contributionsReport.configuration = Each member's contribution, from the Git history (for the jury).
# JalonCLI/HistoryCommands.swift — @OptionGroup var exclusions: ExclusionOptions
history.contributions.from = First day counted.
# JalonCLI/HistoryCommands.swift — @OptionGroup var exclusions: ExclusionOptions
history.contributions.to = Last day counted.
# JalonCLI/HistoryCommands.swift — @OptionGroup var exclusions: ExclusionOptions
history.contributions.member = One member's evidence file (id), ready to print.
# JalonCLI/HistoryCommands.swift — @OptionGroup var exclusions: ExclusionOptions
history.contributions.surviving = Add the lines still present at head, credited as git blame credits them.
# JalonCLI/HistoryCommands.swift — @OptionGroup var exclusions: ExclusionOptions
history.contributions.format = Format: text, markdown, csv, json, html.
# JalonCLI/HistoryCommands.swift — @OptionGroup var exclusions: ExclusionOptions
history.contributions.all = List every notable contribution (otherwise the 12 strongest per member).
# JalonCLI/HistoryCommands.swift — @OptionGroup var exclusions: ExclusionOptions
history.contributions.explain = With --member: the commits behind one figure (commits, reviews, selfReviews, tasksDone, tasksClosed, tasksCreated, documents, minutes, comments, contentLines, linesAdded…).
# JalonCLI/HistoryCommands.swift — let toDay
history.contributions.toBeforeFrom = --to ({iso}) is before --from ({iso2})
# JalonCLI/HistoryCommands.swift — var figure: Reports.ContributionReport.Metric?
history.contributions.explainNeedsMember = --explain needs --member MEMBER
# JalonCLI/HistoryCommands.swift — let names
history.contributions.unknownFigure = unknown figure `{explain}`
# JalonCLI/HistoryCommands.swift — let names
history.contributions.unknownFigureHint = figures: {names}
# JalonCLI/HistoryCommands.swift — var configuration: CommandConfiguration
history.grilleCommand.configuration = C1.3 evaluation grid: the facts for each criterion, with their commits (never a grade).
# JalonCLI/HistoryCommands.swift — @OptionGroup var global: GlobalOptions
history.grille.member = One member only (id).
# JalonCLI/HistoryCommands.swift — @OptionGroup var global: GlobalOptions
history.grille.format = Format: text, markdown, html, json.
# JalonCLI/HistoryCommands.swift — var configuration: CommandConfiguration
history.dossier.abstract = One member's personal digital portfolio (self-contained HTML and Markdown, with the files at their commit).
# JalonCLI/HistoryCommands.swift — @OptionGroup var global: GlobalOptions
history.dossier.member = The member (id).
# JalonCLI/HistoryCommands.swift — @OptionGroup var global: GlobalOptions
history.dossier.out = Folder to write it to (created when missing).
# JalonCLI/HistoryCommands.swift — let url
history.dossier.cannotWrite = cannot write the portfolio to {base}: {localizedDescription}
# JalonCLI/HistoryCommands.swift — let url
history.dossier.cannotWriteHint = choose a folder you can write to (--out)
# JalonCLI/HistoryCommands.swift — let url
history.dossier.written = Portfolio of {name} written to {base}: index.html, dossier.md and {written} {written|file|files} copied at their commit.
# JalonCLI/HistoryCommands.swift — var configuration: CommandConfiguration
history.taskHistoryCommand.configuration = The full trail of a task, commit by commit.
# JalonCLI/HistoryCommands.swift — var configuration: CommandConfiguration
history.activity.abstract = Who did what, week by week (text chart).
# JalonCLI/HistoryCommands.swift — @OptionGroup var global: GlobalOptions
history.activity.weeks = Number of weeks, up to this one.
# JalonCLI/HistoryCommands.swift — func validate() throws
history.activityCommand.validate = --weeks: between 1 and 520
# JalonCLI/HistoryCommands.swift — var configuration: CommandConfiguration
history.sealCommand.configuration = Seal the current state of the history (annotated tag jalon/seal/DATE).
# JalonCLI/HistoryCommands.swift — let (actor, _)
history.sealCommand.run = Already sealed: tag {tag} is on commit {short}; nothing to do.
# JalonCLI/HistoryCommands.swift — var configuration: CommandConfiguration
history.verify.abstract = Check the seals (history rewritten?) and list unusual facts. Exit 1 when a seal is broken.
# JalonCLI/HistoryCommands.swift — @OptionGroup var exclusions: ExclusionOptions
history.verify.remote = Also compare the seals and baselines with the remote's (origin by default): deleted or moved there? Exit 1 if so.
# JalonCLI/HistoryCommands.swift — @OptionGroup var exclusions: ExclusionOptions
history.verify.remoteName = The remote for --remote (name or URL).
# JalonCLI/HistoryCommands.swift — func validate() throws
history.verifyCommand.validate = a remote name goes with --remote
# JalonCLI/TrainerCommands.swift — let status
trainerCmd.status = This week's status report: milestones, late tasks, workload, meetings, risks.
# JalonCLI/TrainerCommands.swift — let bilan
trainerCmd.bilan = Project review: planned and actual, estimate accuracy, lessons and corrective measures.
# JalonCLI/TrainerCommands.swift — let classOverview
trainerCmd.classOverview = Class overview: one row and one page per team.
# JalonCLI/TrainerCommands.swift — let export
trainerCmd.export = Export: ics (calendar), mermaid (Gantt for GitLab/GitHub), html (report site).
# JalonCLI/TrainerCommands.swift — let week
trainerCmd.week = ISO week covered, e.g. 2026-W50 (default: this week).
# JalonCLI/TrainerCommands.swift — let format
trainerCmd.format = Format: text, markdown, csv, json or html.
# JalonCLI/TrainerCommands.swift — let out
trainerCmd.out = Write to this file (html: this folder) rather than standard output.
# JalonCLI/TrainerCommands.swift — let baseline
trainerCmd.baseline = Baseline to compare with (default: the first one saved).
# JalonCLI/TrainerCommands.swift — let save
trainerCmd.save = Save the review in the board (docs/bilan/…md, one commit).
# JalonCLI/TrainerCommands.swift — let force
trainerCmd.force = With --save: replace a review of the same day.
# JalonCLI/TrainerCommands.swift — let classFile
trainerCmd.classFile = The class YAML file (teams: name + path or url).
# JalonCLI/TrainerCommands.swift — let cache
trainerCmd.cache = Cache folder of the remote repositories (default: ~/.cache/jalon/class).
# JalonCLI/TrainerCommands.swift — let what
trainerCmd.what = ics, mermaid or html.
# JalonCLI/TrainerCommands.swift — func badWeek(_ text: String) -> JalonError
trainerCmd.badWeek = unreadable week `{text}`
# JalonCLI/TrainerCommands.swift — func badWeek(_ text: String) -> JalonError
trainerCmd.badWeekHint = write YYYY-Wnn, e.g. 2026-W50
# JalonCLI/TrainerCommands.swift — let htmlNeedsOut
trainerCmd.htmlNeedsOut = `export html` writes a site: --out FOLDER is needed
# JalonCLI/TrainerCommands.swift — let htmlNeedsOut
trainerCmd.htmlNeedsOutHint = e.g. jalon export html --out site/
# JalonCLI/TrainerCommands.swift — func bilanExists(_ path: String) -> JalonError
trainerCmd.bilanExists = the review {path} already exists
# JalonCLI/TrainerCommands.swift — func bilanExists(_ path: String) -> JalonError
trainerCmd.bilanExistsHint = the team may have completed it: open it, or run again with --force to replace it (the old version stays in Git)
# JalonCLI/TrainerCommands.swift — func bilanSaved(_ path: String, _ commit: String) -> Text
trainerCmd.bilanSaved = Review saved in {path} (commit {commit}): complete the "Lessons and corrective measures" section.
# JalonCLI/TrainerCommands.swift — func written(_ path: String) -> Text
trainerCmd.written = Written: {path}
# JalonCLI/TrainerCommands.swift — func cannotWrite(_ path: String, _ error: Error) -> JalonError
trainerCmd.cannotWrite = cannot write {path}: {localizedDescription}
# JalonCLI/TrainerCommands.swift — func cannotWrite(_ path: String, _ error: Error) -> JalonError
trainerCmd.cannotWriteHint = check the path and the permissions
# JalonCLI/TrainerCommands.swift — func teamFailed(_ name: String, _ message: String) -> Text
trainerCmd.teamFailed = team `{name}`: {message}
# JalonCLI/TrainerCommands.swift, Commands — var board
trainerCmd.classReport.run = {file}{line}: {message}
# JalonCLI/ParserText.swift — let overview
parser.overview = OVERVIEW:
# JalonCLI/ParserText.swift — let usage
parser.usage = USAGE:
# JalonCLI/ParserText.swift — let arguments
parser.arguments = ARGUMENTS:
# JalonCLI/ParserText.swift — let options
parser.options = OPTIONS:
# JalonCLI/ParserText.swift — let subcommands
parser.subcommands = SUBCOMMANDS:
# JalonCLI/ParserText.swift — let subcommandPlaceholder
parser.subcommandPlaceholder = <subcommand>
# JalonCLI/ParserText.swift — let optionsPlaceholder
parser.optionsPlaceholder = [<options>]
# JalonCLI/ParserText.swift — let showVersion
parser.showVersion = Show the version.
# JalonCLI/ParserText.swift — let showHelp
parser.showHelp = Show help information.
# JalonCLI/ParserText.swift — let showSubcommandHelp
parser.showSubcommandHelp = Show subcommand help information.
# JalonCLI/ParserText.swift — func seeHelp(_ root: String, _ path: String) -> Text
parser.seeHelp = See '{root} help {path}<subcommand>' for detailed help.
# JalonCLI/ParserText.swift — func seeMore(_ command: String) -> Text
parser.seeMore = See '{command} --help' for more information.
# JalonCLI/ParserText.swift — func defaultValue(_ v: String) -> Text
parser.defaultValue = (default: {v})
# JalonCLI/ParserText.swift — func values(_ v: String) -> Text
parser.values = (values: {v})
# JalonCLI/ParserText.swift — func valuesAndDefault(_ v: String, _ d: String) -> Text
parser.valuesAndDefault = (values: {v}; default: {d})
# JalonCLI/ParserText.swift — let helpLabel
parser.helpLabel = Help:\u{20}
# JalonCLI/ParserText.swift — let usageLabel
parser.usageLabel = Usage:\u{20}
# JalonCLI/TimeCommands.swift — let time
timeCmd.time = Time spent: log and list the time spent on tasks.
# JalonCLI/TimeCommands.swift — let log
timeCmd.log = Log time spent on a task (one time/…md file, one commit).
# JalonCLI/TimeCommands.swift — let list
timeCmd.list = List the time spent, with the total per member (csv for a spreadsheet).
# JalonCLI/TimeCommands.swift — let amount
timeCmd.amount = Time spent, e.g. 2h or 0.5h (1d = 8 h).
# JalonCLI/TimeCommands.swift — let date
timeCmd.date = Day the work was done (default: today).
# JalonCLI/TimeCommands.swift — let note
timeCmd.note = What was done.
# JalonCLI/TimeCommands.swift — let member
timeCmd.member = Only this member.
# JalonCLI/TimeCommands.swift — let week
timeCmd.week = Only this ISO week, e.g. 2026-W50 or 2026-S50.
# JalonCLI/TimeCommands.swift — let task
timeCmd.task = Only this task.
# JalonCLI/TimeCommands.swift — let format
timeCmd.format = Format: text, markdown, csv, json or html.
# JalonCLI/TimeCommands.swift — let out
timeCmd.out = Write to this file rather than standard output.
# JalonCLI/TimeCommands.swift — func logged(_ hours: String, _ id: String, _ day: String, _ file: String, _ commit: String) -> Text
timeCmd.logged = Logged {hours} on {id} for {day} ({file}, commit {commit})
# JalonCLI/TimeCommands.swift — func badWeek(_ text: String) -> JalonError
timeCmd.badWeek = unreadable week `{text}`
# JalonCLI/TimeCommands.swift — func badWeek(_ text: String) -> JalonError
timeCmd.badWeekHint = write YYYY-Wnn or YYYY-Snn, e.g. 2026-W50
# JalonCLI/BurndownCommand.swift — let abstract
burndownCmd.abstract = Burndown and burnup: remaining effort per working day, ideal line, baseline, today.
# JalonCLI/BurndownCommand.swift — let baseline
burndownCmd.baseline = Baseline to draw (default: the first one saved by the status date).
# JalonCLI/DocsCLIText.swift — let helpSpec
docsCmd.helpSpec = Project spec (spec.md): create, show, check, link deliverables.
# JalonCLI/DocsCLIText.swift — let helpSpecInit
docsCmd.helpSpecInit = Create spec.md from the board's template (FR or EN from its language).
# JalonCLI/DocsCLIText.swift — let helpSpecShow
docsCmd.helpSpecShow = Show the sections, their state, the deliverables and the budget.
# JalonCLI/DocsCLIText.swift — let helpSpecCheck
docsCmd.helpSpecCheck = Check the spec: empty sections, unlinked deliverables, dates, budget.
# JalonCLI/DocsCLIText.swift — let helpSpecLink
docsCmd.helpSpecLink = Link a deliverable (L1) to milestones or tasks.
# JalonCLI/DocsCLIText.swift — let helpMarkdown
docsCmd.helpMarkdown = Print the Markdown file as it is.
# JalonCLI/DocsCLIText.swift — let helpDeliverable
docsCmd.helpDeliverable = Deliverable of the spec (L1, L2…).
# JalonCLI/DocsCLIText.swift — let helpItems
docsCmd.helpItems = Milestones or tasks (M-A1, T-B2…).
# JalonCLI/DocsCLIText.swift — let helpDoc
docsCmd.helpDoc = Project documents (docs/): create, list, tree, status.
# JalonCLI/DocsCLIText.swift — let helpDocNew
docsCmd.helpDocNew = Create a document from a template (note, compte-rendu, fiche-recette, rapport-hebdo) or attach a file.
# JalonCLI/DocsCLIText.swift — let helpDocList
docsCmd.helpDocList = Document index: author, status, version, last change and by whom.
# JalonCLI/DocsCLIText.swift — let helpDocTree
docsCmd.helpDocTree = Document tree.
# JalonCLI/DocsCLIText.swift — let helpDocShow
docsCmd.helpDocShow = Show a document (id D-… or path).
# JalonCLI/DocsCLIText.swift — let helpDocStatus
docsCmd.helpDocStatus = Change the status: draft → review → validated (who validated and when are recorded).
# JalonCLI/DocsCLIText.swift — let helpDocRename
docsCmd.helpDocRename = Rename a document to follow the naming rule.
# JalonCLI/DocsCLIText.swift — let helpDocCheck
docsCmd.helpDocCheck = Check documents, minutes, comments and the spec.
# JalonCLI/DocsCLIText.swift — let helpDocKey
docsCmd.helpDocKey = Document: id (D-A1) or path (docs/…).
# JalonCLI/DocsCLIText.swift — let helpDocTemplate
docsCmd.helpDocTemplate = Template: note, compte-rendu, fiche-recette, rapport-hebdo, or a board template (templates/).
# JalonCLI/DocsCLIText.swift — let helpFolder
docsCmd.helpFolder = Folder under docs/ (e.g. conception).
# JalonCLI/DocsCLIText.swift — let helpFileName
docsCmd.helpFileName = File name (default: built from the title).
# JalonCLI/DocsCLIText.swift — let helpTag
docsCmd.helpTag = Tag (repeatable).
# JalonCLI/DocsCLIText.swift — let helpAttach
docsCmd.helpAttach = File to attach (PDF, image, office file); a .meta.yml sidecar goes with it.
# JalonCLI/DocsCLIText.swift — let helpDocStatusValue
docsCmd.helpDocStatusValue = draft, review or validated.
# JalonCLI/DocsCLIText.swift — let helpVersion
docsCmd.helpVersion = New version (e.g. 1.0).
# JalonCLI/DocsCLIText.swift — let helpFilterDocStatus
docsCmd.helpFilterDocStatus = Only this status (draft, review, validated).
# JalonCLI/DocsCLIText.swift — let helpNewName
docsCmd.helpNewName = New name (default: the compliant name proposed).
# JalonCLI/DocsCLIText.swift — let helpMeeting
docsCmd.helpMeeting = Meeting minutes (meetings/): create, actions, list, show.
# JalonCLI/DocsCLIText.swift — let helpMeetingNew
docsCmd.helpMeetingNew = Create minutes with a pre-filled agenda (late tasks, milestones, open questions).
# JalonCLI/DocsCLIText.swift — let helpMeetingActions
docsCmd.helpMeetingActions = List the action items; --create-tasks makes them assigned tasks linked back to the minutes.
# JalonCLI/DocsCLIText.swift — let helpMeetingList
docsCmd.helpMeetingList = List the minutes.
# JalonCLI/DocsCLIText.swift — let helpMeetingShow
docsCmd.helpMeetingShow = Show minutes.
# JalonCLI/DocsCLIText.swift — let helpMeetingKey
docsCmd.helpMeetingKey = Minutes: id (R-A1) or path.
# JalonCLI/DocsCLIText.swift — let helpMeetingDate
docsCmd.helpMeetingDate = Date of the meeting (default: today).
# JalonCLI/DocsCLIText.swift — let helpAttendees
docsCmd.helpAttendees = Members present (ids, comma-separated).
# JalonCLI/DocsCLIText.swift — let helpGuests
docsCmd.helpGuests = Outside people present (repeatable).
# JalonCLI/DocsCLIText.swift — let helpMeetingTemplate
docsCmd.helpMeetingTemplate = Template (default: reunion-hebdo).
# JalonCLI/DocsCLIText.swift — let helpMeetingTitle
docsCmd.helpMeetingTitle = Title (default: the template's).
# JalonCLI/DocsCLIText.swift — let helpCreateTasks
docsCmd.helpCreateTasks = Make a task for each action item that has none.
# JalonCLI/DocsCLIText.swift — let helpComment
docsCmd.helpComment = Comment on a task, milestone, document or minutes (@member to mention).
# JalonCLI/DocsCLIText.swift — let helpCommentAdd
docsCmd.helpCommentAdd = Add a comment: jalon comment T-A1 "text @bob".
# JalonCLI/DocsCLIText.swift — let helpCommentList
docsCmd.helpCommentList = List an item's comments, in time order.
# JalonCLI/DocsCLIText.swift — let helpItem
docsCmd.helpItem = Item commented on (T-A1, M-A1, D-A1, R-A1).
# JalonCLI/DocsCLIText.swift — let helpCommentText
docsCmd.helpCommentText = Text (Markdown); @bob mentions bob, @all the whole team.
# JalonCLI/DocsCLIText.swift — let helpNews
docsCmd.helpNews = What changed for you since you last looked.
# JalonCLI/DocsCLIText.swift — let helpSince
docsCmd.helpSince = Since: last (your last look, default) or a date.
# JalonCLI/DocsCLIText.swift — let helpPeek
docsCmd.helpPeek = Do not record this look.
# JalonCLI/DocsCLIText.swift — let helpRemind
docsCmd.helpRemind = Reminders: due soon, overdue, blocked, reviews, mentions — text or Markdown to paste.
# JalonCLI/DocsCLIText.swift — let helpDays
docsCmd.helpDays = Horizon of due dates in days (default 3).
# JalonCLI/DocsCLIText.swift — let helpRemindMember
docsCmd.helpRemindMember = Only this member (default: the whole team).
# JalonCLI/DocsCLIText.swift — let helpRemindFormat
docsCmd.helpRemindFormat = Format: text, markdown or json.
# JalonCLI/DocsCLIText.swift — let helpMerge
docsCmd.helpMerge = Merge another branch (e.g. origin/main after git fetch) into the board's branch.
# JalonCLI/DocsCLIText.swift — let helpRef
docsCmd.helpRef = Branch, tag or commit to merge.
# JalonCLI/DocsCLIText.swift — func specCreated(_ path: String, _ commit: String) -> Text
docsCmd.specCreated = Created the project spec: {path} (commit {commit}); fill it in, then `jalon spec check`
# JalonCLI/DocsCLIText.swift — func specLinked(_ d: String, _ items: String, _ commit: String) -> Text
docsCmd.specLinked = Linked deliverable {d} to {items} (commit {commit})
# JalonCLI/DocsCLIText.swift — func specOK(_ sections: Int, _ deliverables: Int) -> Text
docsCmd.specOK = Spec complete: {sections} {sections|section|sections}, {deliverables} linked {deliverables|deliverable|deliverables}.
# JalonCLI/DocsCLIText.swift — func docCreated(_ id: String, _ path: String, _ commit: String) -> Text
docsCmd.docCreated = Created document {id}: {path} (commit {commit})
# JalonCLI/DocsCLIText.swift — func docStatus(_ id: String, _ from: String, _ to: String, _ commit: String) -> Text
docsCmd.docStatus = Document {id}: {from} → {to} (commit {commit})
# JalonCLI/DocsCLIText.swift — func docValidated(_ by: String, _ at: String) -> Text
docsCmd.docValidated = Validated by {by} on {at}
# JalonCLI/DocsCLIText.swift — func docUnchanged(_ id: String) -> Text
docsCmd.docUnchanged = {id}: nothing to change, no commit
# JalonCLI/DocsCLIText.swift — func docRenamed(_ from: String, _ to: String, _ commit: String) -> Text
docsCmd.docRenamed = Renamed document {from} → {to} (commit {commit})
# JalonCLI/DocsCLIText.swift — func docsOK(_ n: Int) -> Text
docsCmd.docsOK = Documentation OK: {n} {n|document|documents}.
# JalonCLI/DocsCLIText.swift — func meetingCreated(_ id: String, _ path: String, _ commit: String) -> Text
docsCmd.meetingCreated = Created minutes {id}: {path} (commit {commit}); write down decisions and action items (actions:)
# JalonCLI/DocsCLIText.swift — func tasksCreated(_ ids: String, _ meeting: String, _ commit: String) -> Text
docsCmd.tasksCreated = Created tasks {ids} from the action items of {meeting} (commit {commit})
# JalonCLI/DocsCLIText.swift — let m
docsCmd.commentAdded = Comment added on {item}{m}: {path} (commit {commit})
# JalonCLI/DocsCLIText.swift — let upToDate
docsCmd.upToDate = Already up to date: nothing to merge.
# JalonCLI/DocsCLIText.swift — func fastForward(_ commit: String, _ n: Int) -> Text
docsCmd.fastForward = Fast-forward to {commit}: {n} {n|file|files} updated, no merge commit needed.
# JalonCLI/DocsCLIText.swift — func merged(_ commit: String, _ n: Int) -> Text
docsCmd.merged = Merged with no conflict (commit {commit}): {n} {n|file|files} updated.
# JalonCLI/DocsCLIText.swift — func mergedWithBodyConflicts(_ commit: String, _ n: Int) -> Text
docsCmd.mergedWithBodyConflicts = Merged (commit {commit}): {n} {n|file|files} updated; some texts keep conflict markers.
# JalonCLI/DocsCLIText.swift — func notAMemberForNews(_ name: String) -> JalonError
docsCmd.notAMemberForNews = {name} is not a member of the board: news are a member's
# JalonCLI/DocsCLIText.swift — func notAMemberForNews(_ name: String) -> JalonError
docsCmd.notAMemberForNewsHint = pass --as MEMBER
# JalonCLI/DocsCLIText.swift — let firstNews
docsCmd.firstNews = your first look (last 7 days)
# JalonCLI/DocsCLIText.swift — func badDays(_ n: Int) -> JalonError
docsCmd.badDays = invalid number of days ({n})
# JalonCLI/DocsCLIText.swift — func badDays(_ n: Int) -> JalonError
docsCmd.badDaysHint = a number between 0 and 365
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.context = Context and organisation
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.needs = Needs
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.objectives = Measurable objectives
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.scope = Scope
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.outOfScope = Out of scope
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.deliverables = Deliverables
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.constraints = Constraints
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.deadlines = Deadlines
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.budget = Provisional budget
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.technical = Technical constraints
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.legal = Legal constraints (GDPR, accessibility)
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.stakeholders = Stakeholders and roles
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.organisation = Organisational arrangements
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.acceptance = Acceptance criteria
# BoardCore/SpecModel.swift — var heading: Text
spec.heading.risks = Risks
# JalonCLI/Catalog+Team.swift — `jalon meeting action` done: which minutes, what, who, its due date (team.meetingActionDue), the commit
team.meetingActionAdded = Added action item to {meeting}: “{what}”, by {who}{due} (commit {commit})
# JalonCLI/Catalog+Team.swift — the due date of an action of minutes
team.meetingActionDue = , due {due}
# JalonCLI/SyncCommands.swift — the branch checked out, or syncCmd.detachedHead
syncCmd.checkedOut = Checked-out branch: {branch}
# JalonCLI/SyncCommands.swift — no branch is checked out
syncCmd.detachedHead = (detached HEAD)
# JalonCLI/HistoryCommands.swift — progress while the history is read the first time (standard error)
history.progress = Reading the history: {done}/{total} commits
# JalonCLI/TrainerCommands.swift — file name of a saved project review (docs/bilan/DATE-NAME.md): lower case, hyphens, no accents
trainerCmd.bilanFileName = project-review
# JalonCLI/TrainerCommands.swift — commit subject of a saved project review
trainerCmd.bilanSubject = Project review saved ({path})
# JalonCLI/TrainerCommands.swift — why a team's board could not be read, and the first detail
trainerCmd.teamFailedDetail = {message} — {detail}
# JalonCLI/ParserText.swift — a section of a help page, its title in capitals
parser.sectionTitle = {title}:
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.unknownOptionSuggestion = Unknown option '$1'. Did you mean '$2'?
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.unknownOption = Unknown option '$1'
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.orMissingValue = \n   or: Missing value for '$1' in '$2'
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.missingValue = Missing value for '$1'
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.missingArgument = Missing expected argument '$1'
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.missingOneOf = Missing one of: $1
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.unexpectedArgument = Unexpected argument '$1'
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.unexpectedArguments = $1 unexpected arguments: $2
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.noValueTaken = The option '$1' does not take any value, but '$2' was specified.
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.invalidValueFor = The value '$1' is invalid for '$2'
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.invalidValue = The value '$1' is invalid.
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.provideOneOfList = . Please provide one of the following:
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.provideOneOf = . Please provide one of $1.
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.missingSubcommand = Missing required subcommand.
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.invalidOption = Invalid option:\u{20}
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.alreadySet = Value to be set with $1 had already been set with $2
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.flag = flag '
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.quotedPair = '$1' and '$2'
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.quotedChoice = '$1' or '$2'
# JalonCLI/ParserText.swift — the argument parser's English error, reworded ($1, $2: the parts it names; rules apply in order, the last ones quote what is left)
parser.rule.quoted = '$1'
# BoardCore/SpecCodec.swift — the locale amounts of money are written in (grouping and decimal marks)
language.locale = en_US
"""#)
}
