import BoardCore
import Foundation
import Git

extension BoardStore {
    /// The members a text mentions (`@bob`, `@tous`/`@all` for the whole team but the writer).
    /// An unknown `@name` is refused, so a notification never silently goes nowhere.
    public static func mentions(in text: String, settings: BoardSettings, author: String?) throws -> [String] {
        var out: [String] = []
        for token in Comment.mentionTokens(in: text) {
            if Comment.everyone.contains(token.lowercased()) {
                for m in settings.members where m.id != author && !out.contains(m.id) { out.append(m.id) }
                continue
            }
            guard let m = Comment.member(mentioned: token, in: settings) else { throw DocsError.unknownMention(token, settings.members.map(\.id)) }
            if !out.contains(m.id) { out.append(m.id) }
        }
        return out
    }

    /// Adds a comment on a task, milestone, document or minutes: one new file, one commit.
    public func addComment(on item: String, text: String, actor: Identity) throws -> (Comment, CommitOutcome) {
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else { throw DocsError.emptyComment }
        guard let id = ItemID(item) else { throw ActionError.badID(item) }
        var created: Comment?
        let outcome = try commitFiles(as: actor) { board, head in
            let settings = try writableSettings(board)
            var title: String?
            switch id.kind {
            case .task:
                guard board.exists(id) else { throw DocsError.unknownCommentTarget(id.description) }
                title = board.task(id)?.title
            case .milestone:
                guard board.exists(id) else { throw DocsError.unknownCommentTarget(id.description) }
                title = board.milestone(id)?.title
            case .document:
                guard let doc = try documentationFiles(at: head).documents.documents.first(where: { $0.meta.id == id }) else { throw DocsError.unknownCommentTarget(id.description) }
                title = doc.meta.title
            case .meeting:
                guard let m = try documentationFiles(at: head).meetings.minutes.first(where: { $0.id == id }) else { throw DocsError.unknownCommentTarget(id.description) }
                title = m.title
            }
            let author = authorName(actor)
            let mentions = try BoardStore.mentions(in: body, settings: settings, author: actor.memberID)
            // The suffix keeps two comments of the same second apart. It is derived from the
            // comment itself (not random), so replaying the same actions gives the same commits.
            var seed = "\(id)|\(author)|\(nowText)|\(body)"
            var path = ""
            repeat {
                let suffix = String(format: "%06x", BoardStore.fnv1a(seed) & 0xFFFFFF)
                path = Comment.folder(of: id.description) + "/" + Comment.fileName(date: clock.now, author: author, random: suffix)
                seed += "+"
            } while try readCommittedText(path, at: head) != nil
            let comment = Comment(path: path, item: id.description, author: author, dateText: nowText, mentions: mentions, body: body + "\n")
            created = comment
            return ([path: .text(CommentCodec.encode(comment))],
                    CommitMessage(subject: DocsActionText.commentAdded(id.description, title)(settings.language), action: "comment-add", items: [id.description] + mentions.map { "@" + $0 }))
        }
        return (created!, try required(outcome))
    }
}

extension BoardStore {
    /// 64-bit FNV-1a of a string's UTF-8 bytes.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
