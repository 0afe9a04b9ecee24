/// Reads and writes task, milestone and board files. Writing is deterministic: fixed key order,
/// one key per line, ISO dates, LF, a trailing newline; unknown keys and the Markdown body are
/// kept. Decoding an encoded value and encoding it again gives the same bytes.
public enum TaskCodec {
    public static func decode(_ text: String, path: String, expectedID: ItemID?) -> (BoardTask?, [Diagnostic]) {
        let parts: FrontMatter.Parts, mapping: YAMLMapping
        switch FrontMatter.header(text, path: path) {
        case .failure(let box): return (nil, [box.diagnostic])
        case .success(let header): (parts, mapping) = header
        }
        var reader = FieldReader(file: path)
        var id = expectedID
        var title: String?
        var status: String?
        var task = BoardTask(id: expectedID ?? ItemID(kind: .task, code: "X", number: 1), title: "", status: "")
        task.lines.reserveCapacity(mapping.fields.count)
        for field in mapping.fields {
            task.lines[field.key] = field.line
            switch field.key {
            case "id":
                if let parsed = reader.ownID(field, kind: .task, expected: expectedID) { id = parsed }
            case "title": title = reader.string(field)
            case "status": status = reader.string(field)
            case "assignees": task.assignees = reader.stringList(field)
            case "milestone":
                if let text = reader.optionalString(field) { task.milestone = reader.itemID(field, text, kind: .milestone) }
            case "start": task.start = reader.day(field)
            case "due": task.due = reader.day(field)
            case "estimate": task.estimate = reader.effort(field)
            case "duration": task.duration = reader.effort(field)
            case "depends": task.depends = reader.dependencies(field)
            case "progress":
                task.progress = reader.int(field)
                if let p = task.progress, !(0...100).contains(p) {
                    reader.diagnostics.append(Diagnostic(file: path, line: field.line, message: Catalog.progressRange(p), hint: Catalog.progressHint))
                }
            case "labels": task.labels = reader.stringList(field)
            default: task.extra.append(YAMLMapping.extra(field))
            }
        }
        guard let id else {
            reader.diagnostics.append(Diagnostic(file: path, line: parts.firstLine, message: Catalog.missingKey("id"), hint: Catalog.idHint))
            return (nil, reader.diagnostics)
        }
        task.id = id
        if let title, !title.isEmpty { task.title = title } else {
            reader.diagnostics.append(Diagnostic(file: path, line: task.lines["title"] ?? parts.firstLine, message: Catalog.missingKey("title"), hint: Catalog.missingTitleHint))
        }
        if let status, !status.isEmpty { task.status = status } else {
            reader.diagnostics.append(Diagnostic(file: path, line: task.lines["status"] ?? parts.firstLine, message: Catalog.missingKey("status"), hint: Catalog.missingStatusHint))
        }
        task.body = parts.body
        return (task, reader.diagnostics)
    }

    public static func encode(_ task: BoardTask) -> String {
        var out = "---\n"
        out += "id: \(task.id)\n"
        out += "title: \(YAMLText.scalar(task.title))\n"
        out += "status: \(YAMLText.scalar(task.status))\n"
        if !task.assignees.isEmpty { out += "assignees: \(YAMLText.list(task.assignees))\n" }
        if let m = task.milestone { out += "milestone: \(m)\n" }
        if let d = task.start { out += "start: \(d.iso)\n" }
        if let d = task.due { out += "due: \(d.iso)\n" }
        if let e = task.estimate { out += "estimate: \(e)\n" }
        if let e = task.duration { out += "duration: \(e)\n" }
        if !task.depends.isEmpty { out += "depends: \(YAMLText.list(task.depends.map(\.description)))\n" }
        if let p = task.progress { out += "progress: \(p)\n" }
        if !task.labels.isEmpty { out += "labels: \(YAMLText.list(task.labels))\n" }
        for field in task.extra { out += field.yaml }
        out += "---\n"
        out += task.body
        return out
    }
}

public enum MilestoneCodec {
    public static func decode(_ text: String, path: String, expectedID: ItemID?) -> (Milestone?, [Diagnostic]) {
        let parts: FrontMatter.Parts, mapping: YAMLMapping
        switch FrontMatter.header(text, path: path) {
        case .failure(let box): return (nil, [box.diagnostic])
        case .success(let header): (parts, mapping) = header
        }
        var reader = FieldReader(file: path)
        var milestone = Milestone(id: expectedID ?? ItemID(kind: .milestone, code: "X", number: 1), title: "", date: nil)
        var id = expectedID
        for field in mapping.fields {
            milestone.lines[field.key] = field.line
            switch field.key {
            case "id":
                if let parsed = reader.ownID(field, kind: .milestone, expected: expectedID) { id = parsed }
            case "title": milestone.title = reader.string(field) ?? ""
            case "date": milestone.date = reader.day(field)
            case "depends": milestone.depends = reader.dependencies(field)
            default: milestone.extra.append(YAMLMapping.extra(field))
            }
        }
        guard let id else {
            reader.diagnostics.append(Diagnostic(file: path, line: parts.firstLine, message: Catalog.missingKey("id"), hint: Catalog.idHint))
            return (nil, reader.diagnostics)
        }
        milestone.id = id
        if milestone.title.isEmpty {
            reader.diagnostics.append(Diagnostic(file: path, line: milestone.lines["title"] ?? parts.firstLine, message: Catalog.missingKey("title"), hint: Catalog.missingTitleHint))
        }
        milestone.body = parts.body
        return (milestone, reader.diagnostics)
    }

    public static func encode(_ milestone: Milestone) -> String {
        var out = "---\n"
        out += "id: \(milestone.id)\n"
        out += "title: \(YAMLText.scalar(milestone.title))\n"
        if let d = milestone.date { out += "date: \(d.iso)\n" }
        if !milestone.depends.isEmpty { out += "depends: \(YAMLText.list(milestone.depends.map(\.description)))\n" }
        for field in milestone.extra { out += field.yaml }
        out += "---\n"
        out += milestone.body
        return out
    }
}

public enum SettingsCodec {
    public static func decode(_ text: String, path: String = BoardSettings.fileName) -> (BoardSettings?, [Diagnostic]) {
        var parsed = YAMLMapping.parse(text, file: path, firstLine: 1, blocks: true)
        // A key Jalon does not know is kept as Yams writes it back from its own reading, as
        // before the flat reader took members: read by Yams then.
        if case .success(let flat) = parsed, keepsUnknownKeysInBlocks(flat) {
            parsed = YAMLMapping.parseFull(text, file: path, firstLine: 1)
        }
        switch parsed {
        case .failure(let box): return (nil, [box.diagnostic])
        case .success(let m): return decode(m, path: path)
        }
    }

    static let knownKeys: Set<String> = ["jalon", "name", "lang", "start", "end", "branch", "statuses", "workdays", "members", "holidays"]
    static let knownMemberKeys: Set<String> = ["id", "code", "name", "emails", "email", "role", "hoursPerDay", "away"]

    /// True when the flat reader read a block list and the file has a key kept as it is.
    static func keepsUnknownKeysInBlocks(_ mapping: YAMLMapping) -> Bool {
        guard mapping.fields.contains(where: { if case .mappings = $0.value { return true } else { return false } }) else { return false }
        for field in mapping.fields {
            if !knownKeys.contains(field.key) { return true }
            if field.key == "members", case .mappings(let items) = field.value,
               items.contains(where: { $0.fields.contains { !knownMemberKeys.contains($0.key) } }) {
                return true
            }
        }
        return false
    }

    /// The settings from the file's top-level keys, read by either reader.
    static func decode(_ mapping: YAMLMapping, path: String) -> (BoardSettings?, [Diagnostic]) {
        var reader = FieldReader(file: path)
        var settings = BoardSettings(name: "", language: .en, branch: "main")
        var lines: [String: Int] = [:]
        for field in mapping.fields {
            lines[field.key] = field.line
            switch field.key {
            case "jalon": _ = reader.int(field)
            case "name": settings.name = reader.string(field) ?? ""
            case "lang":
                if let text = reader.string(field) {
                    if let lang = Language(code: text) { settings.language = lang } else {
                        reader.diagnostics.append(Diagnostic(file: path, line: field.line, message: Catalog.unknownLanguage(text), hint: Catalog.languageHint))
                    }
                }
            case "start": settings.start = reader.day(field)
            case "end": settings.end = reader.day(field)
            case "branch": settings.branch = reader.string(field) ?? "main"
            case "statuses":
                let list = reader.stringList(field)
                if list.isEmpty {
                    reader.diagnostics.append(Diagnostic(file: path, line: field.line, message: Catalog.noStatuses, hint: Catalog.noStatusesHint))
                } else {
                    settings.statuses = list
                }
            case "workdays":
                var days: [Weekday] = []
                for text in reader.stringList(field) {
                    if let day = Weekday(rawValue: text.lowercased()) { days.append(day) } else {
                        reader.diagnostics.append(Diagnostic(file: path, line: field.line, message: Catalog.unknownWeekday(text), hint: Catalog.weekdayHint))
                    }
                }
                settings.workdays = days
            case "members":
                settings.members = decodeMembers(field, reader: &reader)
            case "holidays":
                settings.holidays = decodePeriods(field, nameKey: "name", reader: &reader)
            default:
                settings.extra.append(YAMLMapping.extra(field))
            }
        }
        if settings.name.isEmpty {
            reader.diagnostics.append(Diagnostic(file: path, line: lines["name"] ?? 1, message: Catalog.missingKey("name"), hint: Catalog.boardNameHint))
        }
        if let s = settings.start, let e = settings.end, e < s {
            reader.diagnostics.append(Diagnostic(file: path, line: lines["end"], message: Catalog.endBeforeStart(e.iso, s.iso), hint: Catalog.endBeforeStartHint))
        }
        return (settings, reader.diagnostics)
    }

    /// A list of `{from, to, name|reason}` mappings; `to` defaults to `from`.
    /// The items of a list of mappings, each with its line and its fields (nil for an item that
    /// is no mapping); nil when the value is no list.
    static func listItems(_ field: YAMLMapping.Field) -> [(line: Int, fields: [YAMLMapping.Field]?)]? {
        switch field.value {
        case .mappings(let items): return items.map { ($0.fields.first?.line ?? field.line, $0.fields) }
        case .list(let scalars): return scalars.map { _ in (field.line, nil) }
        case .scalar: return nil
        case .node(let node):
            guard case .sequence(let seq) = node else { return nil }
            return seq.map { item in
                let line = item.mark?.line ?? field.line
                guard case .mapping(let map) = item else { return (line, nil) }
                return (line, map.compactMap { k, v in k.string.map { YAMLMapping.Field(key: $0, node: v, line: k.mark?.line ?? line) } })
            }
        }
    }

    /// True when the value is null (or, with `orEmpty`, an empty scalar of any style).
    static func isNullScalar(_ field: YAMLMapping.Field, orEmpty: Bool) -> Bool {
        switch field.value {
        case .scalar(let s): return (orEmpty && s.string.isEmpty) || s.isNull
        case .node(.scalar(let s)): return (orEmpty && s.string.isEmpty) || YAMLMapping.isNull(s)
        default: return false
        }
    }

    static func decodePeriods(_ field: YAMLMapping.Field, nameKey: String, reader: inout FieldReader) -> [Period] {
        guard let items = listItems(field) else {
            if isNullScalar(field, orEmpty: false) { return [] }
            reader.diagnostics.append(Diagnostic(file: reader.file, line: field.line, message: Catalog.wrongType(field.key, Catalog.typeList), hint: Catalog.periodHint))
            return []
        }
        var out: [Period] = []
        for (line, fields) in items {
            guard let fields else {
                reader.diagnostics.append(Diagnostic(file: reader.file, line: line, message: Catalog.wrongType(field.key, Catalog.typeList), hint: Catalog.periodHint))
                continue
            }
            var from: Day?, to: Day?, name: String?
            for sub in fields {
                switch sub.key {
                case "from": from = reader.day(sub)
                case "to": to = reader.day(sub)
                case nameKey: name = reader.optionalString(sub)
                default: break
                }
            }
            guard let from else {
                reader.diagnostics.append(Diagnostic(file: reader.file, line: line, message: Catalog.missingKey("from"), hint: Catalog.periodHint))
                continue
            }
            let end = to ?? from
            if end < from {
                reader.diagnostics.append(Diagnostic(file: reader.file, line: line, message: Catalog.endBeforeStart(end.iso, from.iso), hint: Catalog.periodHint))
                continue
            }
            out.append(Period(from: from, to: end, name: name))
        }
        return out
    }

    static func encodePeriods(_ periods: [Period], nameKey: String, indent: String) -> String {
        var out = ""
        for p in periods {
            out += "\(indent)- from: \(p.from.iso)\n"
            out += "\(indent)  to: \(p.to.iso)\n"
            if let n = p.name { out += "\(indent)  \(nameKey): \(YAMLText.scalar(n))\n" }
        }
        return out
    }

    static func decodeMembers(_ field: YAMLMapping.Field, reader: inout FieldReader) -> [Member] {
        guard let items = listItems(field) else {
            if isNullScalar(field, orEmpty: true) { return [] }
            reader.diagnostics.append(Diagnostic(file: reader.file, line: field.line, message: Catalog.wrongType("members", Catalog.typeList), hint: Catalog.wrongTypeHint))
            return []
        }
        var members: [Member] = []
        for (line, fields) in items {
            guard let fields else {
                reader.diagnostics.append(Diagnostic(file: reader.file, line: line, message: Catalog.wrongType("members", Catalog.typeList), hint: Catalog.wrongTypeHint))
                continue
            }
            var member = Member(id: "", code: "", name: "", emails: [])
            member.line = line
            for sub in fields {
                switch sub.key {
                case "id": member.id = reader.string(sub) ?? ""
                case "code": member.code = reader.string(sub) ?? ""
                case "name": member.name = reader.string(sub) ?? ""
                case "emails", "email": member.emails = reader.stringList(sub)
                case "role": member.role = reader.optionalString(sub)
                case "hoursPerDay":
                    if let text = reader.optionalString(sub) {
                        if let h = Double(text.replacingOccurrences(of: ",", with: ".")), Limits.hoursPerDay.contains(h) { member.hoursPerDay = h } else {
                            reader.diagnostics.append(Diagnostic(file: reader.file, line: sub.line, message: Catalog.badHours(text), hint: Catalog.hoursHint))
                        }
                    }
                case "away": member.away = decodePeriods(sub, nameKey: "reason", reader: &reader)
                default: member.extra.append(YAMLMapping.extra(sub))
                }
            }
            if member.id.isEmpty {
                reader.diagnostics.append(Diagnostic(file: reader.file, line: line, message: Catalog.missingKey("id"), hint: Catalog.memberIDHint))
                continue
            }
            if !MemberCode.isValid(member.code) {
                reader.diagnostics.append(Diagnostic(file: reader.file, line: line, message: Catalog.badMemberCode(member.id, member.code), hint: Catalog.memberCodeHint))
            }
            members.append(member)
        }
        return members
    }

    public static func encode(_ s: BoardSettings) -> String {
        var out = "jalon: 1\n"
        out += "name: \(YAMLText.scalar(s.name))\n"
        out += "lang: \(s.language.rawValue)\n"
        if let d = s.start { out += "start: \(d.iso)\n" }
        if let d = s.end { out += "end: \(d.iso)\n" }
        out += "branch: \(YAMLText.scalar(s.branch))\n"
        out += "statuses: \(YAMLText.list(s.statuses))\n"
        out += "workdays: \(YAMLText.list(s.workdays.map(\.rawValue)))\n"
        if !s.holidays.isEmpty { out += "holidays:\n" + encodePeriods(s.holidays, nameKey: "name", indent: "  ") }
        if s.members.isEmpty {
            out += "members: []\n"
        } else {
            out += "members:\n"
            for m in s.members {
                out += "  - id: \(YAMLText.scalar(m.id))\n"
                out += "    code: \(m.code)\n"
                out += "    name: \(YAMLText.scalar(m.name))\n"
                out += "    emails: \(YAMLText.list(m.emails))\n"
                if let role = m.role { out += "    role: \(YAMLText.scalar(role))\n" }
                if let h = m.hoursPerDay { out += "    hoursPerDay: \(Effort.number(h))\n" }
                if !m.away.isEmpty { out += "    away:\n" + encodePeriods(m.away, nameKey: "reason", indent: "      ") }
                for field in m.extra {
                    out += field.yaml.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { "    " + $0 }.joined(separator: "\n") + "\n"
                }
            }
        }
        for field in s.extra { out += field.yaml }
        return out
    }
}
