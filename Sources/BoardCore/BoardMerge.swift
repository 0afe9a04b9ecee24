import Yams

/// The board-aware three-way merge of one file (a task, a milestone, `jalon.yml`, a document,
/// minutes, the spec): the front matter is merged key by key, the Markdown body line by line.
///
/// Rules (the README's "Merge rules" section says the same):
/// - a key changed on one side only takes that side's value, wherever its line is;
/// - a list of plain values (assignees, labels, depends, deliverables, emails…) or of items
///   without an `id` (meeting actions) merges as a set of whole items: what either side added
///   is kept, what either side removed goes, our order first;
/// - a list of mappings with an `id` (members) merges item by item, each item key by key;
/// - the same scalar changed to two different values: the side whose commit has the later
///   author date wins; same date: the alphabetically first member id wins; same member too:
///   the greater value wins. The losing value is reported (`Decision`), never silently dropped;
/// - keys Jalon does not know merge by the same rules and are kept;
/// - the body is merged line by line by the caller's text merge (libgit2's `git_merge_file`);
///   a true body conflict stays as conflict markers in the body only.
/// Written by hand: no package merges YAML mappings three ways.
public enum BoardMerge {
    /// Who made one side of the merge, for the same-field rule.
    public struct Side: Sendable, Equatable {
        /// Author date of the side's commit, in seconds since 1970.
        public var date: Int64
        /// The member id of its author ("" when unknown).
        public var member: String
        public init(date: Int64, member: String) {
            self.date = date
            self.member = member
        }
    }

    /// One same-field decision: `key` in `file` kept `kept` (from `winner`) and dropped `lost`.
    public struct Decision: Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var key: String
        public var kept: String
        public var lost: String
        public var winner: String
        public var loser: String
        public var description: String { "\(file) \(key): \(kept) (\(winner)) > \(lost) (\(loser))" }
        public init(file: String, key: String, kept: String, lost: String, winner: String, loser: String) {
            (self.file, self.key, self.kept, self.lost, self.winner, self.loser) = (file, key, kept, lost, winner, loser)
        }
    }

    /// What merging one file came to.
    public struct FileResult: Sendable, Equatable {
        /// The merged text; nil when the merge deletes the file.
        public var text: String?
        /// Front-matter keys whose final value combines or takes changes from the other side.
        public var mergedKeys: [String]
        public var decisions: [Decision]
        /// True when the body (or a file Jalon cannot read as a mapping) kept conflict markers.
        public var conflicted: Bool
        public init(text: String?, mergedKeys: [String], decisions: [Decision], conflicted: Bool) {
            (self.text, self.mergedKeys, self.decisions, self.conflicted) = (text, mergedKeys, decisions, conflicted)
        }
    }

    /// A line-by-line text merge: the merged text and whether it is free of conflicts.
    public typealias TextMerge = (_ base: String, _ ours: String, _ theirs: String) -> (text: String, clean: Bool)

    /// Merges one file. `base` nil: added on both sides; `ours`/`theirs` nil: deleted there.
    public static func mergeFile(path: String, base: String?, ours: String?, theirs: String?,
                                 oursSide: Side, theirsSide: Side, textMerge: TextMerge) -> FileResult {
        if ours == theirs { return FileResult(text: ours, mergedKeys: [], decisions: [], conflicted: false) }
        if ours == base { return FileResult(text: theirs, mergedKeys: [], decisions: [], conflicted: false) }
        if theirs == base { return FileResult(text: ours, mergedKeys: [], decisions: [], conflicted: false) }
        // Deleted on one side and changed on the other: the changed file is kept, nothing lost.
        guard let ours else { return FileResult(text: theirs, mergedKeys: [], decisions: [], conflicted: false) }
        guard let theirs else { return FileResult(text: ours, mergedKeys: [], decisions: [], conflicted: false) }
        let wholeYAML = path.hasSuffix(".yml") || path.hasSuffix(".yaml")
        guard let o = Document(ours, wholeYAML: wholeYAML), let t = Document(theirs, wholeYAML: wholeYAML) else {
            return plain(base ?? "", ours, theirs, textMerge)
        }
        let b = base.map { Document($0, wholeYAML: wholeYAML) } ?? Document.empty
        guard let b else { return plain(base ?? "", ours, theirs, textMerge) }
        var context = Context(file: path, oursSide: oursSide, theirsSide: theirsSide)
        // Keys in our order, keys only theirs has after their predecessor in their order.
        var keys = o.fields.map(\.key)
        for (i, field) in t.fields.enumerated() where !keys.contains(field.key) {
            let before = t.fields[..<i].last { keys.contains($0.key) }
            let at = before.flatMap { k in keys.firstIndex(of: k.key) }.map { $0 + 1 } ?? 0
            keys.insert(field.key, at: at)
        }
        var yaml = ""
        var merged: [String] = []
        for key in keys {
            let bf = b.field(key), of = o.field(key), tf = t.field(key)
            let result = context.merge(key, bf?.node, of?.node, tf?.node)
            guard let node = result else { continue }
            if let of, same(node, of.node) {
                yaml += of.text
            } else if let tf, same(node, tf.node) {
                yaml += tf.text
                merged.append(key)
            } else {
                yaml += render(key, node)
                merged.append(key)
            }
        }
        var conflicted = false
        let body: String
        if o.body == t.body { body = o.body } else if o.body == b.body { body = t.body } else if t.body == b.body { body = o.body } else {
            let m = textMerge(b.body, o.body, t.body)
            body = m.text
            conflicted = !m.clean
        }
        var text = wholeYAML ? yaml : "---\n" + yaml + "---\n" + body
        if wholeYAML, path.hasSuffix(BoardSettings.fileName), merged.contains("members") {
            // Members merged item by item come out in Yams' block style: write the file the way
            // Jalon always does, when it reads back cleanly.
            let (settings, problems) = SettingsCodec.decode(text, path: path)
            if let settings, problems.isEmpty { text = SettingsCodec.encode(settings) }
        }
        return FileResult(text: text, mergedKeys: merged, decisions: context.decisions, conflicted: conflicted)
    }

    /// A file that is not a readable mapping on both sides: a plain line merge.
    private static func plain(_ base: String, _ ours: String, _ theirs: String, _ textMerge: TextMerge) -> FileResult {
        let m = textMerge(base, ours, theirs)
        return FileResult(text: m.text, mergedKeys: [], decisions: [], conflicted: !m.clean)
    }

    // MARK: Parsed sides

    /// A file split into its top-level fields (each with its own YAML lines) and its body.
    struct Document {
        struct Entry {
            let key: String
            let node: Node
            /// The field's lines as written, ending with a newline.
            let text: String
        }

        let fields: [Entry]
        let body: String

        static var empty: Document { Document(fields: [], body: "") }

        init(fields: [Entry], body: String) {
            self.fields = fields
            self.body = body
        }

        init?(_ text: String, wholeYAML: Bool) {
            let yaml: String, firstLine: Int
            if wholeYAML {
                yaml = text
                firstLine = 1
                body = ""
            } else {
                guard let parts = FrontMatter.split(text) else { return nil }
                yaml = parts.yaml
                firstLine = parts.firstLine
                body = parts.body
            }
            guard case .success(let mapping) = YAMLMapping.parse(yaml, file: "", firstLine: firstLine) else { return nil }
            var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { $0 + "\n" }
            if yaml.hasSuffix("\n") { lines.removeLast() }
            let starts = mapping.fields.map { $0.line - firstLine }
            guard starts == starts.sorted(), starts.allSatisfy({ $0 >= 0 && $0 < max(lines.count, 1) }) else { return nil }
            var entries: [Entry] = []
            for (i, field) in mapping.fields.enumerated() {
                let end = i + 1 < starts.count ? starts[i + 1] : lines.count
                var chunk = lines[starts[i]..<end].joined()
                if !chunk.hasSuffix("\n") { chunk += "\n" }
                entries.append(Entry(key: field.key, node: field.node, text: chunk))
            }
            fields = entries
        }

        func field(_ key: String) -> Entry? { fields.first { $0.key == key } }
    }

    // MARK: Values

    /// A value as comparable text: scalars by their string, so `"a"` and `a` are the same.
    static func canonical(_ node: Node?) -> String {
        guard let node else { return "∅" }
        switch node {
        case .scalar(let s): return YAMLMapping.isNull(s) ? "∅" : "s:" + s.string
        case .sequence(let seq): return "[" + seq.map { canonical($0) }.joined(separator: "\u{1F}") + "]"
        case .mapping(let map): return "{" + map.map { canonical($0.key) + "\u{1E}" + canonical($0.value) }.joined(separator: "\u{1F}") + "}"
        case .alias: return "*"
        }
    }

    static func same(_ a: Node?, _ b: Node?) -> Bool { canonical(a) == canonical(b) }

    /// A value for people: `doing`, `[a, b]`, `(none)`.
    static func shown(_ node: Node?) -> String {
        guard let node else { return "∅" }
        switch node {
        case .scalar(let s): return YAMLMapping.isNull(s) ? "∅" : s.string
        case .sequence(let seq): return "[" + seq.map { shown($0) }.joined(separator: ", ") + "]"
        case .mapping: return (try? Yams.serialize(node: node).trimmingCharacters(in: .whitespacesAndNewlines)) ?? "{…}"
        case .alias: return "*"
        }
    }

    /// `key: value` lines for a merged value: flow lists of plain values the way the codecs write
    /// them, Yams' block style for anything nested.
    static func render(_ key: String, _ node: Node) -> String {
        if case .sequence(let seq) = node, seq.allSatisfy({ if case .scalar = $0 { return true } else { return false } }) {
            return "\(key): " + YAMLText.list(seq.map { $0.string ?? "" }) + "\n"
        }
        if case .scalar(let s) = node {
            return YAMLMapping.isNull(s) ? "\(key):\n" : "\(key): \(s.style == .plain ? s.string : YAMLText.scalar(s.string))\n"
        }
        let mapping = Node.mapping(.init([(Node(key), node)]))
        return (try? Yams.serialize(node: mapping)) ?? "\(key):\n"
    }

    struct Context {
        let file: String
        let oursSide: Side
        let theirsSide: Side
        var decisions: [Decision] = []

        /// Three-way merge of one value; nil: the key is absent from the result.
        mutating func merge(_ key: String, _ base: Node?, _ ours: Node?, _ theirs: Node?) -> Node? {
            if same(ours, theirs) { return ours }
            if same(ours, base) { return theirs }
            if same(theirs, base) { return ours }
            if let list = mergeLists(key, base, ours, theirs) { return list }
            if case .mapping(let om)? = ours, case .mapping(let tm)? = theirs {
                var bm: Node.Mapping?
                if case .mapping(let m)? = base { bm = m }
                return .mapping(mergeMappings(key, bm, om, tm))
            }
            return decide(key, ours, theirs)
        }

        /// The same-field rule.
        mutating func decide(_ key: String, _ ours: Node?, _ theirs: Node?) -> Node? {
            let oursWins: Bool
            if oursSide.date != theirsSide.date {
                oursWins = oursSide.date > theirsSide.date
            } else if oursSide.member != theirsSide.member {
                oursWins = oursSide.member < theirsSide.member
            } else {
                oursWins = canonical(ours) > canonical(theirs)
            }
            let (kept, lost) = oursWins ? (ours, theirs) : (theirs, ours)
            let (winner, loser) = oursWins ? (oursSide, theirsSide) : (theirsSide, oursSide)
            decisions.append(Decision(file: file, key: key, kept: shown(kept), lost: shown(lost), winner: winner.member, loser: loser.member))
            return kept
        }

        private func items(_ node: Node?) -> [Node]? {
            guard let node else { return [] }
            switch node {
            case .sequence(let seq): return Array(seq)
            case .scalar(let s) where YAMLMapping.isNull(s) || s.string.isEmpty: return []
            default: return nil
            }
        }

        private static func id(_ node: Node) -> String? {
            guard case .mapping(let m) = node, let id = m["id"], case .scalar(let s) = id else { return nil }
            return s.string
        }

        /// Lists merged as sets (plain values) or item by item (mappings with an `id`); nil when
        /// the values are not lists of one of those two kinds.
        mutating func mergeLists(_ key: String, _ base: Node?, _ ours: Node?, _ theirs: Node?) -> Node? {
            guard let b = items(base), let o = items(ours), let t = items(theirs) else { return nil }
            let all = b + o + t
            if !all.allSatisfy({ Context.id($0) != nil }) {
                // Plain values, or items without an id (meeting actions): a set of whole items.
                let bs = Set(b.map { canonical($0) }), os = Set(o.map { canonical($0) }), ts = Set(t.map { canonical($0) })
                var out: [Node] = [], seen: Set<String> = []
                for n in o { let c = canonical(n); if !(bs.contains(c) && !ts.contains(c)) && seen.insert(c).inserted { out.append(n) } }
                for n in t { let c = canonical(n); if !bs.contains(c) && !os.contains(c) && seen.insert(c).inserted { out.append(n) } }
                return .sequence(.init(out))
            }

            let byID: ([Node]) -> [String: Node] = { Dictionary($0.map { (Context.id($0)!, $0) }, uniquingKeysWith: { a, _ in a }) }
            let bi = byID(b), oi = byID(o), ti = byID(t)
            var order = o.map { Context.id($0)! }
            for n in t { let id = Context.id(n)!; if !order.contains(id) { order.append(id) } }
            var out: [Node] = []
            for id in order {
                if let node = merge("\(key)[\(id)]", bi[id], oi[id], ti[id]) { out.append(node) }
            }
            return .sequence(.init(out))
        }

        mutating func mergeMappings(_ key: String, _ base: Node.Mapping?, _ ours: Node.Mapping, _ theirs: Node.Mapping) -> Node.Mapping {
            var keys: [Node] = Array(ours.keys)
            for k in theirs.keys where !keys.contains(where: { canonical($0) == canonical(k) }) { keys.append(k) }
            var pairs: [(Node, Node)] = []
            for k in keys {
                let name = k.string ?? canonical(k)
                if let v = merge("\(key).\(name)", base?[k], ours[k], theirs[k]) { pairs.append((k, v)) }
            }
            return Node.Mapping(pairs)
        }
    }
}
