// Issue 14.5: the commands a team expects, run through the built `jalon` against real
// repositories and cross-checked with the git CLI.
import Foundation
import Testing

@Suite("Commands a team expects")
struct TeamCommandTests {
    /// Alice and Bob, tasks T-A1 (label ux) and T-A2 (depends on T-A1), milestone M-A1 after T-A1.
    static func board() throws -> TestRepository {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Maquette", "--label", "ux")
        try repo.jalonOK("task", "add", "Intégration", "--depends", "T-A1", "--due", "2026-12-18")
        try repo.jalonOK("milestone", "add", "Maquette validée", "--depends", "T-A1")
        return repo
    }

    @Test func editAddsAndRemovesListEntries() throws {
        let repo = try Self.board()
        let out = try repo.jalonOK("task", "edit", "T-A1", "--add-label", "front,back", "--remove-label", "ux", "--add-assignee", "bob")
        #expect(out.stdout.contains("assignees, labels"), "\(out.stdout)")
        let file = repo.read("tasks/T-A1.md") ?? ""
        #expect(file.contains("labels: [front, back]"), "\(file)")
        #expect(file.contains("assignees: [bob]"), "\(file)")
        try repo.jalonOK("task", "edit", "T-A1", "--remove-assignee", "bob", "--add-assignee", "alice")
        #expect((repo.read("tasks/T-A1.md") ?? "").contains("assignees: [alice]"))
        // Dependencies: added with a lag, removed by target; a cycle is refused.
        try repo.jalonOK("task", "add", "Recette")
        try repo.jalonOK("task", "edit", "T-A3", "--add-depends", "T-A2+1d", "--add-depends", "T-A1")
        #expect((repo.read("tasks/T-A3.md") ?? "").contains("depends: [T-A2+1d, T-A1]"), "\(repo.read("tasks/T-A3.md") ?? "")")
        try repo.jalonOK("task", "edit", "T-A3", "--remove-depends", "T-A1")
        #expect((repo.read("tasks/T-A3.md") ?? "").contains("depends: [T-A2+1d]"))
        let cycle = try repo.jalon("task", "edit", "T-A1", "--add-depends", "T-A3")
        #expect(cycle.status == 2 && cycle.stderr.contains("this dependency makes a cycle: T-A"), "\(cycle)")
        // Removing what is not there says so, and commits nothing.
        let before = try repo.gitOK("rev-parse", "HEAD")
        let missing = try repo.jalon("task", "edit", "T-A1", "--remove-label", "nope")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("T-A1 has no `nope` among its labels (now: front, back; nothing was changed)"), "\(missing.stderr)")
        let french = try repo.jalon("task", "edit", "T-A3", "--remove-depends", "T-A1", "--lang", "fr")
        #expect(french.stderr.contains("T-A3 n’a pas « T-A1 » parmi ses dépendances (actuellement : T-A2+1d"), "\(french.stderr)")
        #expect(try repo.gitOK("rev-parse", "HEAD") == before)
        #expect(try repo.status().isEmpty)
    }

    @Test func deleteRefusesNamingReferencesThenForceRemovesThemInOneCommit() throws {
        let repo = try Self.board()
        try repo.jalonOK("meeting", "new", "--attendees", "alice,bob")
        try repo.jalonOK("meeting", "action", "add", "R-A1", "Refaire la maquette", "--who", "alice")
        try repo.jalonOK("meeting", "actions", "R-A1", "--create-tasks")
        try repo.jalonOK("comment", "T-A3", "Je m’en occupe")
        try repo.jalonOK("task", "edit", "T-A1", "--add-depends", "T-A3")
        let before = try repo.gitOK("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        let refused = try repo.jalon("task", "delete", "T-A3")
        #expect(refused.status == 1, "\(refused)")
        for line in ["T-A3 is not deleted: other things refer to it", "task T-A1 depends on it (tasks/T-A1.md)",
                     "it is the task of action “Refaire la maquette” of meeting R-A1 (meetings/", "1 comment (comments/T-A3/)", "--force"] {
            #expect(refused.stderr.contains(line), "\(line) missing from:\n\(refused.stderr)")
        }
        #expect(try repo.gitOK("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines) == before)
        let forced = try repo.jalonOK("task", "delete", "T-A3", "--force")
        #expect(forced.stdout.contains("Deleted task T-A3 “Refaire la maquette”"), "\(forced.stdout)")
        #expect(forced.stdout.contains("dependency removed from T-A1 (tasks/T-A1.md)"), "\(forced.stdout)")
        #expect(forced.stdout.contains("action “Refaire la maquette” of R-A1 has no task any more"), "\(forced.stdout)")
        // One commit: the task, the dependent, the minutes, the comment, the tombstone; nothing else.
        #expect(try repo.gitOK("rev-list", "--count", "\(before)..HEAD") == "1\n")
        let stat = try repo.gitOK("show", "--name-status", "--format=", "HEAD").split(separator: "\n").map(String.init).sorted()
        #expect(stat.count == 5, "\(stat)")
        #expect(stat.contains("D\ttasks/T-A3.md") && stat.contains("M\ttasks/T-A1.md") && stat.contains("A\tdeleted/T-A3.md"), "\(stat)")
        #expect(stat.contains { $0.hasPrefix("M\tmeetings/") } && stat.contains { $0.hasPrefix("D\tcomments/T-A3/") }, "\(stat)")
        #expect(try repo.status().isEmpty)
        #expect(!(repo.read("tasks/T-A1.md") ?? "").contains("T-A3"))
        let minutes = try repo.jalonOK("meeting", "actions", "R-A1", "--format", "json").stdout
        #expect(minutes.contains("Refaire la maquette") && !minutes.contains("T-A3"), "\(minutes)")
        // The board still checks, and the number is not given again.
        try repo.jalonOK("check")
        let next = try repo.jalonOK("task", "add", "Suite")
        #expect(next.stdout.contains("T-A4"), "\(next.stdout)")
        // A task nobody refers to goes without --force.
        let plain = try repo.jalonOK("task", "delete", "T-A4")
        #expect(!plain.stdout.contains("In the same commit"), "\(plain.stdout)")
        let unknown = try repo.jalon("task", "delete", "T-A9")
        #expect(unknown.status == 2 && unknown.stderr.contains("T-A9 does not exist"), "\(unknown)")
    }

    @Test func listSortsAndLimits() throws {
        let repo = try Self.board()
        try repo.jalonOK("task", "add", "Accueil", "--due", "2026-12-10", "--estimate", "3d")
        let byDue = try repo.jalonOK("task", "list", "--sort", "due", "--format", "json").stdout
        let ids = try #require(try JSONSerialization.jsonObject(with: Data(byDue.utf8)) as? [String: Any])["tasks"] as? [[String: Any]]
        // Due dates first (10/12 then 18/12), the task without one last.
        #expect(ids?.compactMap { $0["id"] as? String } == ["T-A3", "T-A2", "T-A1"], "\(byDue)")
        let french = try repo.jalonOK("task", "list", "--sort", "échéance", "--reverse", "--limit", "2")
        #expect(french.lines.contains { $0.contains("T-A1") } && french.lines.contains { $0.contains("T-A2") } && !french.lines.contains { $0.contains("T-A3") },
                "\(french.stdout)")
        #expect(french.stdout.contains("… and 1 more task (3 in all; --limit shows more)"), "\(french.stdout)")
        let bad = try repo.jalon("task", "list", "--sort", "colour")
        #expect(bad.status == 2 && bad.stderr.contains("unknown sort field `colour` (one of: id, title"), "\(bad)")
        let zero = try repo.jalon("task", "list", "--limit", "0")
        #expect(zero.status == 2, "\(zero)")
    }

    @Test func logFiltersByMemberAndDays() throws {
        let repo = try Self.board()
        try repo.jalonOK("task", "add", "Logo", "--as", "bob", environment: ["JALON_NOW": "2026-12-03T10:00:00+01:00"])
        try repo.jalonOK("task", "move", "T-A1", "doing", "--with", "bob", environment: ["JALON_NOW": "2026-12-04T10:00:00+01:00"])
        let bob = try repo.jalonOK("log", "--member", "bob").lines
        #expect(bob.count == 2, "\(bob)")
        #expect(bob.allSatisfy { $0.contains("T-B1") || $0.contains("T-A1") }, "\(bob)")
        let day = try repo.jalonOK("log", "--since", "2026-12-03", "--until", "03/12/2026", "--lang", "fr").lines
        #expect(day.count == 1 && day[0].contains("T-B1"), "\(day)")
        // Cross-checked with git: the same commit.
        let gitDay = try repo.gitOK("log", "--format=%h", "--since=2026-12-03T00:00:00+01:00", "--until=2026-12-03T23:59:59+01:00")
        #expect(day[0].hasPrefix(String(gitDay.prefix(7))), "\(day) vs \(gitDay)")
        let none = try repo.jalonOK("log", "--since", "2027-01-01")
        #expect(none.stdout.contains("No board commit matches these filters."), "\(none.stdout)")
        let backwards = try repo.jalon("log", "--since", "2026-12-05", "--until", "2026-12-01")
        #expect(backwards.status == 2 && backwards.stderr.contains("--until 2026-12-01 is before --since 2026-12-05"), "\(backwards)")
        let unknown = try repo.jalon("log", "--member", "zoe")
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown member `zoe`"), "\(unknown)")
    }

    @Test func meetingActionAddWritesTheHeader() throws {
        let repo = try Self.board()
        try repo.jalonOK("meeting", "new", "--attendees", "alice,bob", "--guest", "Mme Dupont")
        let added = try repo.jalonOK("meeting", "action", "add", "R-A1", "Appeler le client", "--who", "Bob", "--due", "2026-12-08")
        #expect(added.stdout.contains("Added action item to R-A1: “Appeler le client”, by bob, due Dec 8, 2026"), "\(added.stdout)")
        let outside = try repo.jalonOK("meeting", "action", "add", "R-A1", "Envoyer le devis", "--who", "Mme Dupont")
        #expect(outside.stdout.contains("“Mme Dupont” is a guest, not a member"), "\(outside.stdout)")
        let stranger = try repo.jalon("meeting", "action", "add", "R-A1", "Rien", "--who", "Zoé")
        #expect(stranger.status == 2 && stranger.stderr.contains("`Zoé` is neither a member nor a guest of this meeting (possible: alice, bob, Mme Dupont;"), "\(stranger)")
        let path = try repo.gitOK("ls-files", "meetings").trimmingCharacters(in: .whitespacesAndNewlines)
        let text = try repo.gitOK("show", "HEAD:\(path)")
        #expect(text.contains("who: bob") && text.contains("what: Appeler le client") && text.contains("due: 2026-12-08") && text.contains("who: Mme Dupont"), "\(text)")
        #expect(try repo.status().isEmpty)
        let empty = try repo.jalon("meeting", "action", "add", "R-A1", "Rien", "--who", " ")
        #expect(empty.status == 2 && empty.stderr.contains("--who is empty"), "\(empty)")
        let created = try repo.jalonOK("meeting", "actions", "R-A1", "--create-tasks")
        #expect(created.stdout.contains("T-A3, T-A4"), "\(created.stdout)")
    }

    @Test func specStatusShowsAndSetsOnlyTheHeader() throws {
        let repo = try Self.board()
        try repo.jalonOK("spec", "init")
        let body = try #require(repo.read("spec.md")).split(separator: "\n", omittingEmptySubsequences: false).dropFirst(5).joined(separator: "\n")
        #expect(try repo.jalonOK("spec", "status").stdout.contains("status draft, version 0.1"))
        let set = try repo.jalonOK("spec", "status", "validé", "--version", "1.0", "--lang", "fr")
        #expect(set.stdout.contains("Cahier des charges : brouillon → validé"), "\(set.stdout)")
        let diff = try repo.gitOK("show", "--format=", "-U0", "HEAD", "--", "spec.md")
        let changed = diff.split(separator: "\n").filter { ($0.hasPrefix("+") || $0.hasPrefix("-")) && !$0.hasPrefix("+++") && !$0.hasPrefix("---") }
        #expect(changed.sorted() == ["+status: validated", "+version: \"1.0\"", "-status: draft", "-version: \"0.1\""], "\(diff)")
        #expect(try #require(repo.read("spec.md")).split(separator: "\n", omittingEmptySubsequences: false).dropFirst(5).joined(separator: "\n") == body)
        let again = try repo.jalonOK("spec", "status", "validated")
        #expect(again.stdout.contains("nothing to change"), "\(again.stdout)")
        let bad = try repo.jalon("spec", "status", "fini")
        #expect(bad.status == 2, "\(bad)")
    }

    @Test func startingBeforeADependencyIsDoneWarns() throws {
        let repo = try Self.board()
        let early = try repo.jalonOK("task", "move", "T-A2", "en cours")
        #expect(early.stderr.contains("warning: T-A2 is now doing while its dependency T-A1 is not done (todo)"), "\(early)")
        #expect((repo.read("tasks/T-A2.md") ?? "").contains("status: doing"), "the move is still made")
        try repo.jalonOK("task", "move", "T-A2", "todo")
        try repo.jalonOK("task", "done", "T-A1")
        let inOrder = try repo.jalonOK("task", "move", "T-A2", "doing")
        #expect(!inOrder.stderr.contains("warning"), "\(inOrder)")
    }
}
