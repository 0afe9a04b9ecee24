import BoardCore
import Git

/// Who an identity of the history is. The author is the actor; each `Co-authored-by:` trailer
/// is a co-actor credited fully. An identity is first mapped through the repository's
/// `.mailmap`, then matched to the member having that email (any of their emails, compared
/// without case) — the mapped email first, then the one in the commit. Nothing else is
/// guessed (not names, not email user parts): an identity that matches no member stays an
/// outsider, listed apart, never merged into someone.
struct IdentityResolver {
    let members: [Member]
    let mailmap: Mailmap?
    private var byEmail: [String: String] = [:]
    private var memo: [RawIdentity: Contributor] = [:]

    init(members: [Member], mailmap: Mailmap?) {
        self.members = members
        self.mailmap = mailmap
        for m in members {
            for e in m.emails where byEmail[e.lowercased()] == nil { byEmail[e.lowercased()] = m.id }
        }
    }

    mutating func resolve(name: String, email: String) -> Contributor {
        let key = RawIdentity(name: name, email: email)
        if let known = memo[key] { return known }
        let mapped: (name: String, email: String) = mailmap.map { $0.resolve(name: name, email: email) } ?? (name: name, email: email)
        let who: Contributor
        if let id = byEmail[mapped.email.lowercased()] ?? byEmail[email.lowercased()] {
            who = .member(id)
        } else {
            who = .outsider(name: mapped.name, email: mapped.email.lowercased())
        }
        memo[key] = who
        return who
    }
}
