import BoardCore
import Foundation

/// Use cases that change `jalon.yml`: holidays, absences, member details.
extension BoardStore {
    /// Applies `transform` to the settings and commits the result.
    func updateSettings(actor: Identity, action: String, items: [String], subject: @escaping (BoardSettings) -> Text,
                        _ transform: (inout BoardSettings) throws -> Void) throws -> (BoardSettings, CommitOutcome) {
        var result: BoardSettings?
        let outcome = try commit(as: actor, scope: .settings) { board, _ in
            var settings = try writableSettings(board)
            try transform(&settings)
            result = settings
            return Change(writes: [BoardSettings.fileName: SettingsCodec.encode(settings)],
                          message: CommitMessage(subject: subject(settings)(settings.language), action: action, items: items))
        }
        return (result!, try required(outcome))
    }

    public func addHoliday(_ period: Period, actor: Identity) throws -> CommitOutcome {
        try updateSettings(actor: actor, action: "calendar-holiday", items: [], subject: { _ in ActionText.holidayAdded(period) }) { settings in
            if settings.holidays.contains(period) { throw ActionError.nothingToDo }
            settings.holidays.append(period)
            settings.holidays.sort { $0.from < $1.from }
        }.1
    }

    public func addAbsence(member id: String, _ period: Period, actor: Identity) throws -> (Member, CommitOutcome) {
        var member: Member?
        let outcome = try updateSettings(actor: actor, action: "member-away", items: [id], subject: { s in ActionText.absenceAdded(s.member(id)?.name ?? id, period) }) { settings in
            guard let index = settings.members.firstIndex(where: { $0.id.lowercased() == id.lowercased() }) else {
                throw ActionError.unknownMember(id, settings.members.map(\.id))
            }
            if settings.members[index].away.contains(period) { throw ActionError.nothingToDo }
            settings.members[index].away.append(period)
            settings.members[index].away.sort { $0.from < $1.from }
            member = settings.members[index]
        }.1
        return (member!, outcome)
    }

    /// Changes a member's name, role, emails or hours per day (`.some(nil)` clears the hours).
    public func editMember(_ id: String, name: String?, role: String?, addEmails: [String], hoursPerDay: Double??, actor: Identity) throws -> (Member, CommitOutcome) {
        var member: Member?
        let outcome = try updateSettings(actor: actor, action: "member-edit", items: [id], subject: { s in ActionText.memberEdited(s.member(id)?.name ?? id, id) }) { settings in
            guard let index = settings.members.firstIndex(where: { $0.id.lowercased() == id.lowercased() }) else {
                throw ActionError.unknownMember(id, settings.members.map(\.id))
            }
            var m = settings.members[index]
            if let name { m.name = name }
            if let role { m.role = role.isEmpty ? nil : role }
            for e in addEmails where !m.emails.contains(where: { $0.lowercased() == e.lowercased() }) {
                if let other = settings.member(email: e), other.id != m.id { throw ActionError.emailTaken(e, other.id) }
                m.emails.append(e)
            }
            if let hoursPerDay { m.hoursPerDay = hoursPerDay }
            settings.members[index] = m
            member = m
        }.1
        return (member!, outcome)
    }
}
