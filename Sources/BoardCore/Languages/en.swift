// The English table of every user-facing text (see `TextTable` for the format): one
// `key = template` line per text, after a comment line saying where it is shown. English is the
// fallback: every key is here.
extension TextTable {
    static let en = TextTable(source: #"""
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
core.unknownMemberHint = add them with `jalon member add`
# BoardCore/Catalog.swift, Cross-file problems — func unknownMemberHint(_ ids: [String]) -> Text
core.unknownMemberHint2 = members are: {ids}; or `jalon member add`
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
# BoardStore/ActionError.swift — func unknownMember(_ id: String, _ known: [String]) -> JalonError
action.unknownMember3 = unknown member `{id}`
# BoardStore/ActionError.swift — func unknownMember(_ id: String, _ known: [String]) -> JalonError
action.unknownMember = add them first: jalon member add {id} --name … --email …
# BoardStore/ActionError.swift — func unknownMember(_ id: String, _ known: [String]) -> JalonError
action.unknownMember2 = members are: {known}
# BoardStore/ActionError.swift — let noIdentity
action.noIdentity = cannot tell who is acting
# BoardStore/ActionError.swift — let noIdentity
action.noIdentityHint = set git config user.name and user.email, or pass --as MEMBER
# BoardStore/ActionError.swift — func noIdentityForAs(_ member: String) -> JalonError
action.noIdentityForAs = --as {member}: your own Git identity is unknown, and it must stay the committer
# BoardStore/ActionError.swift — func noIdentityForAs(_ member: String) -> JalonError
action.noIdentityForAsHint = set git config user.name and user.email (the commit is authored as {member}, committed by you)
# BoardStore/ActionError.swift — func unknownItem(_ id: String) -> JalonError
action.unknownItem = {id} does not exist
# BoardStore/ActionError.swift — func unknownItem(_ id: String) -> JalonError
action.unknownItemHint = see `jalon task list` or `jalon milestone list`
# BoardStore/ActionError.swift — func badID(_ text: String) -> JalonError
action.badID = `{text}` is not an id
# BoardStore/ActionError.swift — func notAnItemPath(_ text: String) -> JalonError
action.notAnItemPath = `{text}` names no task, milestone, comment, time, minutes or document file of this board
# BoardStore/ActionError.swift — func notAnItemPath(_ text: String) -> JalonError
action.notAnItemPathHint = give the id (T-A1, M-A1) or the path Jalon prints (tasks/T-A1.md); --board picks the board
# BoardStore/ActionError.swift — func unknownStatus(_ status: String, _ statuses: [String]) -> JalonError
action.unknownStatus = unknown status `{status}`
# BoardStore/ActionError.swift — let emptyTitle
action.emptyTitle = the title is empty
# BoardStore/ActionError.swift — let emptyTitle
action.emptyTitleHint = give a title in quotes
# BoardStore/ActionError.swift — func cycle(_ cycle: String) -> JalonError
action.cycle = this dependency makes a cycle: {cycle}
# BoardStore/ActionError.swift — func cycle(_ cycle: String) -> JalonError
action.cycleHint = a task cannot depend on itself, even indirectly
# BoardStore/ActionError.swift — func brokenFile(_ path: String, _ details: [Text]) -> JalonError
action.brokenFile = {path} cannot be read: Jalon will not rewrite it
# BoardStore/ActionError.swift — func brokenFile(_ path: String, _ details: [Text]) -> JalonError
action.brokenFileHint = fix the file (jalon check tells where), then run again; nothing was changed
# BoardStore/ActionError.swift — func badMemberID(_ id: String) -> JalonError
action.badMemberID = invalid member id `{id}`
# BoardStore/ActionError.swift — func badMemberID(_ id: String) -> JalonError
action.badMemberIDHint = letters and digits, no spaces or accents, e.g. alice
# BoardStore/ActionError.swift — func memberExists(_ id: String) -> JalonError
action.memberExists = member `{id}` already exists
# BoardStore/ActionError.swift — func emailTaken(_ email: String, _ owner: String) -> JalonError
action.emailTaken = email {email} already belongs to {owner}
# BoardStore/ActionError.swift — func codeTaken(_ code: String) -> JalonError
action.codeTaken = member code `{code}` is not available
# BoardStore/ActionError.swift — func codeTaken(_ code: String) -> JalonError
action.codeTakenHint = 1 to 3 capital letters, not X, not taken
# BoardStore/ActionError.swift — func badBaselineName(_ name: String) -> JalonError
action.badBaselineName = invalid baseline name `{name}`
# BoardStore/ActionError.swift — func badBaselineName(_ name: String) -> JalonError
action.badBaselineNameHint = use letters and digits, e.g. "initial plan"
# BoardStore/ActionError.swift — func baselineExists(_ name: String) -> JalonError
action.baselineExists = baseline `{name}` already exists
# BoardStore/ActionError.swift — func baselineExists(_ name: String) -> JalonError
action.baselineExistsHint = pick another name; `jalon baseline list` shows them
# BoardStore/ActionError.swift — func unknownBaseline(_ name: String, _ known: [String]) -> JalonError
action.unknownBaseline3 = unknown baseline `{name}`
# BoardStore/ActionError.swift — func unknownBaseline(_ name: String, _ known: [String]) -> JalonError
action.unknownBaseline = save one first: jalon baseline save "initial plan"
# BoardStore/ActionError.swift — func unknownBaseline(_ name: String, _ known: [String]) -> JalonError
action.unknownBaseline2 = baselines: {known}
# BoardStore/ActionError.swift — let emptyBoard
action.emptyBoard = the board has no commit yet
# BoardStore/ActionError.swift — let emptyBoard
action.emptyBoardHint = run `jalon init` first
# BoardStore/ActionError.swift — func taskReferenced(_ id: String, _ references: [Text]) -> JalonError
action.taskReferenced = {id} is not deleted: other things refer to it
# BoardStore/ActionError.swift — func taskReferenced(_ id: String, _ references: [Text]) -> JalonError
action.taskReferencedHint = remove these references, or `jalon task delete {id} --force` removes them in the same commit; nothing was changed
# BoardStore/ActionError.swift — func notInList(_ id: String, _ value: String, _ field: Text, _ current: [String]) -> JalonError
action.notInList3 = {id} has no `{value}` among its {field}
# BoardStore/ActionError.swift — func notInList(_ id: String, _ value: String, _ field: Text, _ current: [String]) -> JalonError
action.notInList = it has none; nothing was changed
# BoardStore/ActionError.swift — func notInList(_ id: String, _ value: String, _ field: Text, _ current: [String]) -> JalonError
action.notInList2 = now: {current}; nothing was changed
# BoardStore/ActionError.swift — let nothingToDo
action.nothingToDo = nothing to change
# BoardStore/ActionError.swift — func unknownTemplate(_ name: String, _ known: [String]) -> JalonError
action.unknownTemplate = unknown template `{name}`
# BoardStore/ActionError.swift — func unknownTemplate(_ name: String, _ known: [String]) -> JalonError
action.unknownTemplateHint = templates: {known}
# BoardStore/ActionError.swift — func memberEdited(_ name: String, _ id: String) -> Text
action.memberEdited = Edit member {name} ({id})
# BoardStore/ActionError.swift — func initSubject(_ name: String) -> Text
action.initSubject = Create board “{name}”
# BoardStore/ActionError.swift — func memberAdded(_ name: String, _ id: String) -> Text
action.memberAdded = Add member {name} ({id})
# BoardStore/ActionError.swift — func milestoneAdded(_ id: String, _ title: String) -> Text
action.milestoneAdded = Add milestone {id} “{title}”
# BoardStore/ActionError.swift — func milestoneEdited(_ id: String, _ title: String) -> Text
action.milestoneEdited = Edit milestone {id} “{title}”
# BoardStore/ActionError.swift — func taskAdded(_ id: String, _ title: String) -> Text
action.taskAdded = Add task {id} “{title}”
# BoardStore/ActionError.swift — func taskMoved(_ id: String, _ title: String, _ from: String, _ to: String) -> Text
action.taskMoved = Move task {id} “{title}”: {from} → {to}
# BoardStore/ActionError.swift — func taskDone(_ id: String, _ title: String) -> Text
action.taskDone = Complete task {id} “{title}”
# BoardStore/ActionError.swift — func taskDeleted(_ id: String, _ title: String) -> Text
action.taskDeleted = Delete task {id} “{title}”
# BoardStore/ActionError.swift — func taskDeletedWithReferences(_ id: String, _ title: String, _ others: String) -> Text
action.taskDeletedWithReferences = Delete task {id} “{title}” and its references from {others}
# BoardStore/ActionError.swift — func taskEdited(_ id: String, _ title: String, _ fields: String) -> Text
action.taskEdited = Edit task {id} “{title}” ({fields})
# BoardStore/StoreError.swift — func git(_ error: GitError) -> JalonError
store.git = Git failed: {message}
# BoardStore/StoreError.swift — func git(_ error: GitError) -> JalonError
store.gitHint = {function}, code {code}, class {errorClass}
# BoardStore/StoreError.swift — func uncommittedChanges(_ paths: [String]) -> JalonError
store.uncommittedChanges = uncommitted changes touch the files to change: {paths}
# BoardStore/StoreError.swift — func uncommittedChanges(_ paths: [String]) -> JalonError
store.uncommittedChangesHint = commit them (git commit) or set them aside (git stash), then run the command again; nothing was changed
# BoardStore/StoreError.swift — func branchKeptMoving(_ branch: String, _ attempts: Int) -> JalonError
store.branchKeptMoving = branch {branch} moved during each of {attempts} attempts
# BoardStore/StoreError.swift — func branchKeptMoving(_ branch: String, _ attempts: Int) -> JalonError
store.branchKeptMovingHint = other programs are writing at the same time; run the command again; nothing was changed
# BoardStore/StoreError.swift — func journalNotWritten(_ error: Error) -> JalonError
store.journalNotWritten = cannot write the journal .git/jalon/pending: {error}
# BoardStore/StoreError.swift — func journalNotWritten(_ error: Error) -> JalonError
store.journalNotWrittenHint = check the permissions and free space of the .git folder; nothing was changed
# BoardStore/StoreError.swift — func worktreeNotWritten(_ error: Error) -> JalonError
store.worktreeNotWritten = cannot write the work tree: {error}
# BoardStore/StoreError.swift — func worktreeNotWritten(_ error: Error) -> JalonError
store.worktreeNotWrittenHint = check the files’ permissions; nothing was changed
# BoardStore/StoreError.swift — func worktreeNotRestored(_ error: Error) -> JalonError
store.worktreeNotRestored = the change was not saved and the work tree could not be put back: {error}
# BoardStore/StoreError.swift — func worktreeNotRestored(_ error: Error) -> JalonError
store.worktreeNotRestoredHint = the next jalon command puts it back (for instance `jalon check`)
# BoardStore/StoreError.swift — func includedInAnotherCommit(_ commit: ObjectID) -> JalonError
store.includedInAnotherCommit = the change is saved, in commit {short} made at the same moment by another program (it took the files Jalon had staged)
# BoardStore/StoreError.swift — func includedInAnotherCommit(_ commit: ObjectID) -> JalonError
store.includedInAnotherCommitHint = do not run the command again: there is nothing to redo
# BoardStore/StoreError.swift — func referenceLocked(_ path: String) -> JalonError
store.referenceLocked = the branch is locked by another program ({path})
# BoardStore/StoreError.swift — func referenceLocked(_ path: String) -> JalonError
store.referenceLockedHint = wait for it to finish and run again; if no Git command is running, remove {path}; nothing was changed
# BoardStore/StoreError.swift — func indexLocked(_ path: String) -> JalonError
store.indexLocked = the Git index is locked by another program ({path})
# BoardStore/StoreError.swift — func indexLocked(_ path: String) -> JalonError
store.indexLockedHint = wait for it to finish and run again; if no Git command is running, remove {path}; nothing was changed
# BoardStore/StoreError.swift — func staleLockRemoved(_ path: String) -> Text
store.staleLockRemoved = removed a lock left by an interrupted Jalon: {path}
# BoardStore/StoreError.swift — func pendingFinished(_ commit: ObjectID, _ paths: [String]) -> Text
store.pendingFinished = finished an interrupted update (commit {short} was already saved): {paths}
# BoardStore/StoreError.swift — func pendingUndone(_ paths: [String]) -> Text
store.pendingUndone = a change interrupted before it was saved; files put back as they were: {paths}
# BoardStore/StoreError.swift — func pendingLeftAlone(_ paths: [String]) -> Text
store.pendingLeftAlone = files changed since an interrupted update, left as they are: {paths} (check them with `git status`)
# BoardStore/StoreError.swift — func pendingDropped(_ reference: String) -> Text
store.pendingDropped = an interrupted update: {reference} was moved since (by a Git commit); the files now follow that commit
# BoardStore/StoreError.swift — func checkedOutElsewhere(_ branch: String, _ path: String) -> JalonError
store.checkedOutElsewhere = the board's branch ({branch}) is checked out in another work tree: {path}
# BoardStore/StoreError.swift — func checkedOutElsewhere(_ branch: String, _ path: String) -> JalonError
store.checkedOutElsewhereHint = run the command in {path}; nothing was changed
# BoardStore/StoreError.swift — func unreadableFile(_ problem: Diagnostic) -> JalonError
store.unreadableFile = unreadable file: {rendered}
# BoardStore/StoreError.swift — func unreadableFile(_ problem: Diagnostic) -> JalonError
store.unreadableFileHint = fix this file, then run `jalon check`; nothing was changed
# BoardStore/StoreError.swift — func unreadableSettings(_ problem: Diagnostic, prefix: String) -> JalonError
store.unreadableSettings = the board file cannot be read: {prefix}
# BoardStore/StoreError.swift — func unreadableSettings(_ problem: Diagnostic, prefix: String) -> JalonError
store.unreadableSettingsHint = fix jalon.yml (or `git checkout -- jalon.yml`), then run again; nothing was changed
# BoardStore/StoreError.swift — func pathOutsideBoard(_ path: String) -> JalonError
store.pathOutsideBoard = path `{path}` refused: it leaves the board folder
# BoardStore/StoreError.swift — func pathOutsideBoard(_ path: String) -> JalonError
store.pathOutsideBoardHint = give a relative path inside the board, without `..`
# BoardStore/StoreError.swift — func lockFailed(_ path: String) -> JalonError
store.lockFailed = cannot lock {path}
# BoardStore/StoreError.swift — func lockFailed(_ path: String) -> JalonError
store.lockFailedHint = check the permissions of the .git folder
# BoardStore/StoreError.swift — func notARepository(_ path: String) -> JalonError
store.notARepository = no Git repository here ({path})
# BoardStore/StoreError.swift — func notARepository(_ path: String) -> JalonError
store.notARepositoryHint = go to the project's repository, or run `jalon init` to create one
# BoardStore/StoreError.swift — func noBoard(_ path: String) -> JalonError
store.noBoard = no Jalon board found from {path}
# BoardStore/StoreError.swift — func noBoard(_ path: String) -> JalonError
store.noBoardHint = run `jalon init`, or pass --board FOLDER
# BoardStore/StoreError.swift — let list
store.severalBoards = several Jalon boards below {path}: {list}
# BoardStore/StoreError.swift — let list
store.severalBoardsHint = choose one with --board FOLDER, or run the command from its folder
# BoardStore/StoreError.swift — func boardExists(_ path: String) -> JalonError
store.boardExists = there is already a board here ({path})
# BoardStore/StoreError.swift — func boardExists(_ path: String) -> JalonError
store.boardExistsHint = use it, or pick another folder with --board
# BoardStore/StoreError.swift — let detachedHead
store.detachedHead = HEAD is detached: the board needs a branch
# BoardStore/StoreError.swift — let detachedHead
store.detachedHeadHint = `git switch main` (or another branch), then run again
# BoardStore/StoreError.swift — let bareRepository
store.bareRepository = this repository has no work tree
# BoardStore/StoreError.swift — let bareRepository
store.bareRepositoryHint = clone it first (git clone)
# BoardStore/TimeActions.swift — func notAMember(_ name: String) -> JalonError
store.notAMember = {name} is not a team member: time spent is a member's
# BoardStore/TimeActions.swift — func notAMember(_ name: String) -> JalonError
store.notAMemberHint = pass --as MEMBER, or add your email to your member (jalon member edit)
# BoardStore/TimeActions.swift — let notPositive
store.notPositive = time spent must be positive
# BoardStore/TimeActions.swift — let notPositive
store.notPositiveHint = e.g. jalon time log T-A1 2h
# BoardStore/TimeActions.swift — func future(_ day: Day) -> JalonError
store.future = {day} has not come yet
# BoardStore/TimeActions.swift — func future(_ day: Day) -> JalonError
store.futureHint = log time on the day or later, with --date DAY
# BoardStore/TimeActions.swift — func overDay(_ member: String, _ day: Day, _ already: Double) -> JalonError
store.overDay = {member} already has {already} h on {day}: a day holds at most 24 h
# BoardStore/TimeActions.swift — func overDay(_ member: String, _ day: Day, _ already: Double) -> JalonError
store.overDayHint = check the date (--date) and the amount; `jalon time list` shows the bookings
# BoardStore/TimeActions.swift — func subject(_ id: String, _ title: String, _ hours: Double, _ day: Day) -> Text
store.subject = Log {hours} h on {id} “{title}” for {day}
# BoardStore/TaskDeletion.swift — let file
store.text.dependency = milestone {id} depends on it ({file})
# BoardStore/TaskDeletion.swift — let file
store.text.dependency2 = task {id} depends on it ({file})
# BoardStore/TaskDeletion.swift — let file
store.text.meetingAction = it is the task of action “{what}” of meeting {meeting} ({file})
# BoardStore/TaskDeletion.swift — let file
store.text.deliverable = it produces deliverable {d} of the spec ({path})
# BoardStore/TaskDeletion.swift — let file
store.text.comments = {n} comment{s} ({file})
# BoardStore/TaskDeletion.swift — let file
store.removal.dependency = dependency removed from {id} ({file})
# BoardStore/TaskDeletion.swift — let file
store.removal.meetingAction = action “{what}” of {meeting} has no task any more ({file})
# BoardStore/TaskDeletion.swift — let file
store.removal.deliverable = deliverable {d} is no longer linked to this task
# BoardStore/TaskDeletion.swift — let file
store.removal.comments = {n} comment{s} removed ({file}; Git's history keeps them)
# BoardStore/Actions.swift — let t
store.editTask = assignees
# BoardStore/Actions.swift — let t
store.editTask2 = labels
# BoardStore/Actions.swift — var deps
store.editTask3 = dependencies
# BoardStore/StatusDate.swift — func noBoardYet(_ day: Day) -> JalonError
store.noBoardYet = the board has no commit on or before {iso}
# BoardStore/StatusDate.swift — func noBoardYet(_ day: Day) -> JalonError
store.noBoardYetHint = pick a status date (--at) after the first commit
# BoardStore/Docs/NewsMarker.swift — var text
store.saveNewsMarker = cannot record when you looked in {path}
# BoardStore/Docs/NewsMarker.swift — var text
store.saveNewsMarkerHint = check the permissions of the .git folder
# BoardStore/MergeDriver.swift — let declared
store.declared = Jalon merge driver declared in .gitattributes
# BoardStore/BoardTemplate.swift — let file: File
store.text = template {name} cannot be read: {error}
# BoardStore/Docs/DocsError.swift — func linkOutsideBoard(_ path: String, _ target: String) -> JalonError
docsError.linkOutsideBoard = path `{path}` refused: it is a link that leads outside the board ({target})
# BoardStore/Docs/DocsError.swift — func linkOutsideBoard(_ path: String, _ target: String) -> JalonError
docsError.linkOutsideBoardHint = Jalon never reads or writes outside the board folder; replace the link with a real folder
# BoardStore/Docs/DocsError.swift — func writeThroughLink(_ path: String) -> JalonError
docsError.writeThroughLink = path `{path}` refused: it goes through a symbolic link
# BoardStore/Docs/DocsError.swift — func writeThroughLink(_ path: String) -> JalonError
docsError.writeThroughLinkHint = Jalon does not write through links; pick a real folder of the board
# BoardStore/Docs/DocsError.swift — let noSpec
docsError.noSpec = no project spec yet (spec.md)
# BoardStore/Docs/DocsError.swift — let noSpec
docsError.noSpecHint = create it: jalon spec init
# BoardStore/Docs/DocsError.swift — let specExists
docsError.specExists = the project spec already exists (spec.md)
# BoardStore/Docs/DocsError.swift — let specExists
docsError.specExistsHint = edit spec.md, then `jalon spec check`; nothing was changed
# BoardStore/Docs/DocsError.swift — func unknownTemplate(_ name: String, _ known: [String]) -> JalonError
docsError.unknownTemplate = unknown document template `{name}`
# BoardStore/Docs/DocsError.swift — func unknownTemplate(_ name: String, _ known: [String]) -> JalonError
docsError.unknownTemplateHint = templates: {known} (or a templates/{name}.md file in the board)
# BoardStore/Docs/DocsError.swift — func unknownDocument(_ key: String) -> JalonError
docsError.unknownDocument = unknown document `{key}`
# BoardStore/Docs/DocsError.swift — func unknownDocument(_ key: String) -> JalonError
docsError.unknownDocumentHint = see `jalon doc list` (an id D-… or a path docs/…)
# BoardStore/Docs/DocsError.swift — func documentExists(_ path: String) -> JalonError
docsError.documentExists = a file already exists at {path}
# BoardStore/Docs/DocsError.swift — func documentExists(_ path: String) -> JalonError
docsError.documentExistsHint = pick another title or folder (--folder, --name); nothing was changed
# BoardStore/Docs/DocsError.swift — func badDocumentStatus(_ status: String) -> JalonError
docsError.badDocumentStatus = unknown document status `{status}`
# BoardStore/Docs/DocsError.swift — func documentWithoutID(_ path: String) -> JalonError
docsError.documentWithoutID = {path} has no readable metadata
# BoardStore/Docs/DocsError.swift — func documentWithoutID(_ path: String) -> JalonError
docsError.documentWithoutIDHint = fix its header (jalon doc check tells where); nothing was changed
# BoardStore/Docs/DocsError.swift — func badFileName(_ name: String, _ suggested: String) -> JalonError
docsError.badFileName = file name `{name}` breaks the naming rule
# BoardStore/Docs/DocsError.swift — func badFileName(_ name: String, _ suggested: String) -> JalonError
docsError.badFileNameHint = e.g. {suggested} (no spaces, accents or special characters; dates YYYY-MM-DD)
# BoardStore/Docs/DocsError.swift — func unreadableAttachment(_ path: String) -> JalonError
docsError.unreadableAttachment = cannot read the file to attach {path}
# BoardStore/Docs/DocsError.swift — func unreadableAttachment(_ path: String) -> JalonError
docsError.unreadableAttachmentHint = check the path and the permissions
# BoardStore/Docs/DocsError.swift — func unknownMeeting(_ key: String) -> JalonError
docsError.unknownMeeting = unknown meeting minutes `{key}`
# BoardStore/Docs/DocsError.swift — func unknownMeeting(_ key: String) -> JalonError
docsError.unknownMeetingHint = see `jalon meeting list` (an id R-…)
# BoardStore/Docs/DocsError.swift — func brokenMeeting(_ path: String, _ details: [Text]) -> JalonError
docsError.brokenMeeting = {path} cannot be read: Jalon will not rewrite it
# BoardStore/Docs/DocsError.swift — func brokenMeeting(_ path: String, _ details: [Text]) -> JalonError
docsError.brokenMeetingHint = fix the file (jalon check tells where), then run again; nothing was changed
# BoardStore/Docs/DocsError.swift — let noActions
docsError.noActions = no action item without a task in these minutes
# BoardStore/Docs/DocsError.swift — let noActions
docsError.noActionsHint = add action items (who, what, due) under `actions:` in the header
# BoardStore/Docs/DocsError.swift — let noActionOwner
docsError.noActionOwner = who does this action? --who is empty
# BoardStore/Docs/DocsError.swift — let noActionOwner
docsError.noActionOwnerHint = a member (e.g. --who alice) or the name of someone outside the team
# BoardStore/Docs/DocsError.swift — let known
docsError.unknownActionOwner = `{who}` is neither a member nor a guest of this meeting
# BoardStore/Docs/DocsError.swift — let known
docsError.unknownActionOwnerHint = possible: {known}; a guest is added under `guests:` in the header
# BoardStore/Docs/DocsError.swift — let emptyComment
docsError.emptyComment = the comment is empty
# BoardStore/Docs/DocsError.swift — let emptyComment
docsError.emptyCommentHint = give the text in quotes
# BoardStore/Docs/DocsError.swift — func unknownCommentTarget(_ id: String) -> JalonError
docsError.unknownCommentTarget = {id} does not exist: nothing to comment on
# BoardStore/Docs/DocsError.swift — func unknownCommentTarget(_ id: String) -> JalonError
docsError.unknownCommentTargetHint = you can comment on a task (T-…), a milestone (M-…), a document (D-…) or minutes (R-…)
# BoardStore/Docs/DocsError.swift — func unknownMention(_ name: String, _ members: [String]) -> JalonError
docsError.unknownMention = @{name} is not a member
# BoardStore/Docs/DocsError.swift — func unknownMention(_ name: String, _ members: [String]) -> JalonError
docsError.unknownMentionHint = members are: {members}, or @all for the whole team; nothing was changed
# BoardStore/Docs/DocsError.swift — func badDeliverable(_ id: String) -> JalonError
docsError.badDeliverable = `{id}` is not a deliverable of the spec
# BoardStore/Docs/DocsError.swift — func badDeliverable(_ id: String) -> JalonError
docsError.badDeliverableHint = deliverables are L1, L2… in the Deliverables section of spec.md
# BoardStore/Docs/DocsError.swift — func uncommittedDeliverable(_ id: String, _ path: String) -> JalonError
docsError.uncommittedDeliverable = deliverable {id} is only in your copy of {path}, not committed yet
# BoardStore/Docs/DocsError.swift — func uncommittedDeliverable(_ id: String, _ path: String) -> JalonError
docsError.uncommittedDeliverableHint = commit the spec first: git commit {path} -m "…"; nothing was changed
# BoardStore/Docs/DocsError.swift — func unknownRevision(_ ref: String) -> JalonError
docsError.unknownRevision = `{ref}` names no commit
# BoardStore/Docs/DocsError.swift — func unknownRevision(_ ref: String) -> JalonError
docsError.unknownRevisionHint = give a branch (origin/main after git fetch), a tag or a commit id
# BoardStore/Docs/DocsError.swift — func mergeConflicts(_ ref: String, _ paths: [String], home: String) -> JalonError
docsError.mergeConflicts = merging {ref} conflicts on {pathsCount} file(s): {paths}
# BoardStore/Docs/DocsError.swift — func mergeConflicts(_ ref: String, _ paths: [String], home: String) -> JalonError
docsError.mergeConflictsHint = nothing was changed; on the board's branch (`git switch {home}`), merge with `git merge {ref}`, fix those files, then `git commit` and `jalon check`
# BoardStore/Docs/DocsError.swift — let noCommonHistory
docsError.noCommonHistory = the two branches share no history
# BoardStore/Docs/DocsError.swift — let noCommonHistory
docsError.noCommonHistoryHint = check the branch to merge; nothing was changed
# BoardStore/Trainer/ClassFile.swift — func badLine(_ file: String, _ line: Int) -> JalonError
classFile.badLine = {file}:{line}: unreadable line
# BoardStore/Trainer/ClassFile.swift — func badLine(_ file: String, _ line: Int) -> JalonError
classFile.badLineHint = the file lists the teams under `teams:`, each `- name: …` then `path: …` or `url: …`
# BoardStore/Trainer/ClassFile.swift — func noTeams(_ file: String) -> JalonError
classFile.noTeams = {file}: no teams
# BoardStore/Trainer/ClassFile.swift — func noTeams(_ file: String) -> JalonError
classFile.noTeamsHint = add a `teams:` list with `- name: …` and `path: …` or `url: …` (see Boards/classe-exemple.yml)
# BoardStore/Trainer/ClassFile.swift — func teamWithoutName(_ line: Int) -> Text
classFile.teamWithoutName = line {line}: team without a `name`
# BoardStore/Trainer/ClassFile.swift — func teamWithoutSource(_ line: Int) -> Text
classFile.teamWithoutSource = line {line}: neither `path` nor `url`
# BoardStore/Trainer/ClassFile.swift — func badTeamLine(_ line: Int) -> Text
classFile.badTeamLine = line {line} is unreadable
# BoardStore/Trainer/ClassFile.swift — func cannotRead(_ file: String) -> JalonError
classFile.cannotRead = cannot read {file}
# BoardStore/Trainer/ClassFile.swift — func cannotRead(_ file: String) -> JalonError
classFile.cannotReadHint = check the class file's path
# BoardStore/Trainer/ClassFile.swift — func fetchFailed(_ url: String, _ message: String) -> JalonError
classFile.fetchFailed = cannot fetch {url}: {message}
# BoardStore/Trainer/ClassFile.swift — func fetchFailed(_ url: String, _ message: String) -> JalonError
classFile.fetchFailedHint = check the address and access to the repository (network, rights)
# BoardStore/Trainer/ClassFile.swift — func noBoardInRemote(_ url: String) -> JalonError
classFile.noBoardInRemote = no Jalon board in {url}
# BoardStore/Trainer/ClassFile.swift — func noBoardInRemote(_ url: String) -> JalonError
classFile.noBoardInRemoteHint = give its folder with `board:` and its branch with `branch:`
# BoardStore/Trainer/ClassFile.swift — func brokenSettings(_ details: [Text]) -> JalonError
classFile.brokenSettings = jalon.yml is unreadable
# BoardStore/Trainer/ClassFile.swift — func brokenSettings(_ details: [Text]) -> JalonError
classFile.brokenSettingsHint = the team must fix it (`jalon check`)
# BoardStore/Sync.swift — func noRemote(_ name: String) -> JalonError
sync.noRemote = no remote `{name}`
# BoardStore/Sync.swift — func noRemote(_ name: String) -> JalonError
sync.noRemoteHint = add it (git remote add origin URL) or give a URL: jalon sync URL; nothing was changed
# BoardStore/Sync.swift — func authentication(_ remote: String) -> JalonError
sync.authentication = authentication refused by {remote}
# BoardStore/Sync.swift — func authentication(_ remote: String) -> JalonError
sync.authenticationHint = put a token in JALON_GIT_TOKEN, or the login in ~/.git-credentials, or load your SSH key (ssh-add); nothing was changed
# BoardStore/Sync.swift — func unreachable(_ remote: String, _ why: String) -> JalonError
sync.unreachable = remote unreachable ({remote}): {why}
# BoardStore/Sync.swift — func unreachable(_ remote: String, _ why: String) -> JalonError
sync.unreachableHint = check the address (git remote -v) and the network, then run again; nothing was changed
# BoardStore/Sync.swift — func rejected(_ remote: String, _ reference: String, _ why: String) -> JalonError
sync.rejected = {remote} refused {reference}: {why}
# BoardStore/Sync.swift — func rejected(_ remote: String, _ reference: String, _ why: String) -> JalonError
sync.rejectedHint = a protected branch needs permission (or a merge request); nothing was changed here
# BoardStore/Sync.swift — func unknownHostKey(_ remote: String) -> JalonError
sync.unknownHostKey = unknown or changed SSH host key for {remote}
# BoardStore/Sync.swift — func unknownHostKey(_ remote: String) -> JalonError
sync.unknownHostKeyHint = connect once with ssh (or git fetch) to add it to ~/.ssh/known_hosts, after checking its fingerprint; nothing was changed
# BoardStore/Sync.swift — let remoteKeepsMoving
sync.remoteKeepsMoving = the remote changed on every attempt
# BoardStore/Sync.swift — let remoteKeepsMoving
sync.remoteKeepsMovingHint = run jalon sync again in a moment
# BoardStore/Sync.swift — func failed(_ remote: String, _ error: GitError) -> JalonError
sync.failed = exchange with {remote} failed: {message}
# BoardStore/Sync.swift — func failed(_ remote: String, _ error: GitError) -> JalonError
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
# BoardStore/ActionError.swift — unknownStatus(status, statuses): the board's statuses, comma-separated
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
# BoardStore/StoreError.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.merge = a Git merge is in progress
# BoardStore/StoreError.swift — how to finish or leave that Git operation
store.gitOperationHint.merge = finish it (`git commit`) or abort it (`git merge --abort`)
# BoardStore/StoreError.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.rebase = a Git rebase is in progress
# BoardStore/StoreError.swift — how to finish or leave that Git operation
store.gitOperationHint.rebase = `git rebase --continue` or `git rebase --abort`
# BoardStore/StoreError.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.cherryPick = a Git cherry-pick is in progress
# BoardStore/StoreError.swift — how to finish or leave that Git operation
store.gitOperationHint.cherryPick = `git cherry-pick --continue` or `git cherry-pick --abort`
# BoardStore/StoreError.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.revert = a Git revert is in progress
# BoardStore/StoreError.swift — how to finish or leave that Git operation
store.gitOperationHint.revert = `git revert --continue` or `git revert --abort`
# BoardStore/StoreError.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.bisect = a Git bisect is in progress
# BoardStore/StoreError.swift — how to finish or leave that Git operation
store.gitOperationHint.bisect = `git bisect reset` when you are done
# BoardStore/StoreError.swift — what Git is in the middle of (refusals and `jalon status`)
store.gitOperation.applyMailbox = a `git am` is in progress
# BoardStore/StoreError.swift — how to finish or leave that Git operation
store.gitOperationHint.applyMailbox = `git am --continue` or `git am --abort`
# BoardStore/StoreError.swift — refusal while Git is in the middle of an operation (store.gitOperation.*)
store.unfinishedGitOperation = {operation}: Jalon does not change the board meanwhile
# BoardStore/StoreError.swift — how to leave that operation (store.gitOperationHint.*)
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
agenda.openTasks = \u{20}({open} open task(s))
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
"""#)
}
