import BoardCore
import Foundation
import Git

extension BoardStore {
    /// Logs time a member spent on a task: one new file under `time/`, one commit. Refused for
    /// an unknown task, an author who is not a member, an amount that is not positive, a day to
    /// come, or a day that would hold more than 24 hours for the member.
    public func logTime(task id: ItemID, hours: Double, day: Day, note: String?, actor: Identity, coAuthors: [Identity] = []) throws -> (TimeBooking, CommitOutcome) {
        guard let member = actor.memberID else { throw TimeError.notAMember(actor.name) }
        guard hours > 0 else { throw TimeError.notPositive }
        guard day <= clock.today else { throw TimeError.future(day) }
        var created: TimeBooking?
        let outcome = try commitFiles(as: actor) { board, head in
            let settings = try writableSettings(board)
            guard let task = board.task(id) else {
                if board.exists(id) { try requireReadable(BoardTask.path(for: id), board) }
                throw ActionError.unknownItem(id.description)
            }
            let already = board.bookings.filter { $0.member.lowercased() == member.lowercased() && $0.date == day }.compactMap(\.hours).reduce(0, +)
            guard already + hours <= 24 + 1e-9 else { throw TimeError.overDay(member, day, already) }
            let logged = nowText
            let text = note?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            // The suffix keeps two bookings of the same member and day apart; derived from the
            // booking itself (not random), so replaying the same actions gives the same commits.
            var seed = "\(id)|\(member)|\(day.iso)|\(hours)|\(logged)|\(text)"
            var path = ""
            repeat {
                let suffix = String(format: "%06x", BoardStore.fnv1a(seed) & 0xFFFFFF)
                path = TimeBooking.folder + "/" + TimeBooking.fileName(day: day, member: member, suffix: suffix)
                seed += "+"
            } while try readCommittedText(path, at: head) != nil || board.bookings.contains { $0.path == path }
            let booking = TimeBooking(path: path, task: id, member: member, date: day, hours: hours, loggedText: logged, note: text.isEmpty ? "" : text + "\n")
            created = booking
            return ([path: .text(TimeBookingCodec.encode(booking))],
                    CommitMessage(subject: TimeError.subject(id.description, task.title, hours, day)(settings.language), action: "time-log",
                                  items: [id.description], coAuthors: coAuthors))
        }
        return (created!, try required(outcome))
    }
}

/// Why `time log` refused (one case per reason, worded by the presenting layer, JalonCLI's
/// ErrorWording.swift), and its commit subject.
public enum TimeError: Error, Sendable {
    case notAMember(_ name: String)
    case notPositive
    case future(_ day: Day)
    case overDay(_ member: String, _ day: Day, _ already: Double)

    static func subject(_ id: String, _ title: String, _ hours: Double, _ day: Day) -> Text {
        Text("store.subject", ["id": id, "title": title, "hours": Effort.number(hours), "day": day])
    }
}
