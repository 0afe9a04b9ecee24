import Foundation
import BoardCore

/// Every word the renderers show, in French and English. Statuses, titles and ids are the
/// board's own data and are shown as written.
extension Catalog {
    // MARK: Column headers and field labels

    static let columnID = Text(fr: "ID", en: "ID")
    static let columnTitle = Text(fr: "Titre", en: "Title")
    static let columnStatus = Text(fr: "Statut", en: "Status")
    static let columnAssignees = Text(fr: "Responsables", en: "Assignees")
    static let columnDue = Text(fr: "Échéance", en: "Due")
    static let columnStart = Text(fr: "Début", en: "Start")
    static let columnEstimate = Text(fr: "Estimation", en: "Estimate")
    static let columnDuration = Text(fr: "Durée", en: "Duration")
    static let columnProgress = Text(fr: "Avancement", en: "Progress")
    static let columnMilestone = Text(fr: "Jalon", en: "Milestone")
    static let columnDepends = Text(fr: "Dépend de", en: "Depends on")
    static let columnLabels = Text(fr: "Étiquettes", en: "Labels")
    static let columnFile = Text(fr: "Fichier", en: "File")
    static let columnDate = Text(fr: "Date", en: "Date")
    /// Milestone list: tasks of the milestone done / all its tasks.
    static let columnTasksDone = Text(fr: "Tâches finies/total", en: "Tasks done/total")
    static let columnState = Text(fr: "État", en: "State")
    static let columnCode = Text(fr: "Code", en: "Code")
    static let columnName = Text(fr: "Nom", en: "Name")
    static let columnEmails = Text(fr: "E-mails", en: "Emails")
    static let columnRole = Text(fr: "Rôle", en: "Role")
    static let columnOpenTasks = Text(fr: "Tâches ouvertes", en: "Open tasks")

    /// A field label as it precedes its value: `Statut :` in French, `Status:` in English.
    static func fieldLabel(_ label: Text) -> Text {
        Text(fr: "\(label.fr) :", en: "\(label.en):")
    }

    // MARK: Values

    static let late = Text(fr: "en retard", en: "late")
    static func lateLegend(_ marker: String) -> Text {
        Text(fr: "\(marker) = en retard", en: "\(marker) = late")
    }
    static func daysLate(_ days: Int) -> Text {
        Text(fr: "en retard de \(days) j", en: "\(days) d late")
    }
    static let unassigned = Text(fr: "non assignée", en: "unassigned")
    static let noTasks = Text(fr: "aucune tâche", en: "no tasks")
    static let noMilestones = Text(fr: "aucun jalon", en: "no milestones")
    static let noMembers = Text(fr: "aucun membre", en: "no members")
    static let noDescription = Text(fr: "(pas de description)", en: "(no description)")
    static let reached = Text(fr: "atteint", en: "reached")
    static let past = Text(fr: "passé", en: "past")
    static let dueToday = Text(fr: "aujourd’hui", en: "today")
    static func inDays(_ days: Int) -> Text {
        Text(fr: "dans \(days) j", en: "in \(days) d")
    }
    static func percent(_ value: Int) -> Text {
        Text(fr: "\(value) %", en: "\(value)%")
    }
    /// An amount of work: `1,5j` in French, `1.5d` in English; hours stay hours.
    static func effort(_ effort: Effort) -> Text {
        let en = effort.description
        var fr = decimalMark(en).fr
        if fr.hasSuffix("d") { fr = String(fr.dropLast()) + "j" }
        return Text(fr: fr, en: en)
    }
    /// A kanban column header: `doing (3)`.
    static func statusCount(_ status: String, _ count: Int) -> Text {
        Text(fr: "\(status) (\(count))", en: "\(status) (\(count))")
    }
}
