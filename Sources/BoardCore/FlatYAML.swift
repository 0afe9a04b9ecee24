import Yams

/// A fast reader for the YAML Jalon itself writes in task and milestone headers: one
/// `key: value` per line, values plain, double-quoted, or `[a, "b"]` flow lists. Anything else
/// (nested blocks, comments, anchors, single quotes, multi-line scalars) returns nil and the full
/// YAML parser reads the file instead, so hand-written files lose nothing. It scans bytes, which
/// makes reading a thousand tasks an order of magnitude faster than composing each header with
/// libyaml.
enum FlatYAML {
    /// `blocks`: also read block lists of such mappings (`jalon.yml`'s members and holidays, as
    /// `SettingsCodec.encode` writes them: `  - id: x` then `    code: y`, nested the same way for
    /// `away`). Written by hand because libyaml through Yams costs a sixth of a short command
    /// there, most of it Yams' resolver compiling its ICU regular expressions; what this reader
    /// does not take exactly (comments, blank lines inside a block, other indentations, nested
    /// mappings, lists of scalars in block form) is still read by Yams.
    static func parse(_ yaml: String, firstLine: Int, blocks: Bool = false) -> YAMLMapping? {
        // Values stay `FlatScalar`s: a Yams node (a tag and a constructor per scalar) is only
        // built when something asks a field for its `node` (unknown keys, merges).
        var yaml = yaml
        return yaml.withUTF8 { bytes -> YAMLMapping? in
            var fields: [YAMLMapping.Field] = []
            fields.reserveCapacity(12)
            var lineNumber = firstLine - 1
            var lineStart = 0
            let count = bytes.count
            while lineStart < count {
                lineNumber += 1
                let (lineEnd, end) = lineBounds(bytes, lineStart)
                if end == lineStart { lineStart = lineEnd + 1; continue }
                // key
                guard let (key, valueStart, valueEnd) = keyAndValue(bytes, lineStart, end) else { return nil }
                let keyLine = lineNumber
                let read: YAMLMapping.Value
                if blocks, valueStart == valueEnd, let indent = indentOfNextLine(bytes, lineEnd + 1), indent > 0 {
                    guard let list = blockList(bytes, lineEnd + 1, lineNumber + 1, parent: 0) else { return nil }
                    read = .mappings(list.items)
                    lineStart = list.next
                    lineNumber = list.line - 1
                } else {
                    guard let value = value(UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd])) else { return nil }
                    read = value
                    lineStart = lineEnd + 1
                }
                if has(fields, key) { return nil }
                fields.append(YAMLMapping.Field(key: key, value: read, line: keyLine))
            }
            return YAMLMapping(fields: fields)
        }
    }

    /// The index of the line feed ending the line at `start` (or the end), and where its text
    /// ends (before a carriage return).
    private static func lineBounds(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> (lineEnd: Int, end: Int) {
        var lineEnd = start
        while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
        var end = lineEnd
        if end > start && bytes[end - 1] == 0x0D { end -= 1 }
        return (lineEnd, end)
    }

    /// `key: value` from `start` to `end`: the key and the value's bounds (trailing spaces
    /// left out); nil when the line is anything else.
    private static func keyAndValue(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (String, Int, Int)? {
        var i = start
        let first = bytes[i]
        guard isLetter(first) || first == 0x5F else { return nil }
        while i < end && (isLetter(bytes[i]) || isDigit(bytes[i]) || bytes[i] == 0x5F || bytes[i] == 0x2D) { i += 1 }
        guard i < end, bytes[i] == 0x3A else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        i += 1
        if i < end {
            guard bytes[i] == 0x20 else { return nil }
            while i < end && bytes[i] == 0x20 { i += 1 }
        }
        var valueEnd = end
        while valueEnd > i && bytes[valueEnd - 1] == 0x20 { valueEnd -= 1 }
        return (key, i, valueEnd)
    }

    /// The spaces before the text of the line at `start`; nil at the end or for a blank line.
    private static func indentOfNextLine(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        let (_, end) = lineBounds(bytes, start)
        var i = start
        while i < end && bytes[i] == 0x20 { i += 1 }
        return i < end ? i - start : nil
    }

    /// A block list of flat mappings whose `- ` is indented more than `parent`, from the line at
    /// `start` (number `line`): the items, and the byte and number of the first line after it.
    private static func blockList(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ line: Int, parent: Int) -> (items: [YAMLMapping], next: Int, line: Int)? {
        var items: [YAMLMapping] = []
        var position = start, lineNumber = line
        var indent: Int?
        while position < bytes.count {
            // A blank line inside a block: left to Yams.
            guard let spaces = indentOfNextLine(bytes, position) else { return nil }
            if spaces <= parent { break }
            if indent == nil { indent = spaces }
            let (_, end) = lineBounds(bytes, position)
            let dash = position + spaces
            guard spaces == indent, dash + 2 < end, bytes[dash] == 0x2D, bytes[dash + 1] == 0x20 else { return nil }
            guard let item = blockMapping(bytes, keyAt: dash + 2, position, lineNumber, indent: spaces + 2) else { return nil }
            items.append(YAMLMapping(fields: item.fields))
            position = item.next
            lineNumber = item.line
        }
        guard !items.isEmpty else { return nil }
        return (items, position, lineNumber)
    }

    /// One item of a block list: a mapping whose keys are at column `indent`, the first one at
    /// byte `keyAt` of the line at `start`.
    private static func blockMapping(_ bytes: UnsafeBufferPointer<UInt8>, keyAt: Int, _ start: Int, _ line: Int, indent: Int) -> (fields: [YAMLMapping.Field], next: Int, line: Int)? {
        var fields: [YAMLMapping.Field] = []
        var keyStart = keyAt, lineStart = start, lineNumber = line
        while true {
            let (lineEnd, end) = lineBounds(bytes, lineStart)
            guard let (key, valueStart, valueEnd) = keyAndValue(bytes, keyStart, end) else { return nil }
            let read: YAMLMapping.Value
            let keyLine = lineNumber
            if valueStart == valueEnd, let next = indentOfNextLine(bytes, lineEnd + 1), next > indent {
                guard let list = blockList(bytes, lineEnd + 1, lineNumber + 1, parent: indent) else { return nil }
                read = .mappings(list.items)
                lineStart = list.next
                lineNumber = list.line
            } else {
                guard let value = value(UnsafeBufferPointer(rebasing: bytes[valueStart..<valueEnd])) else { return nil }
                read = value
                lineStart = lineEnd + 1
                lineNumber += 1
            }
            if has(fields, key) { return nil }
            fields.append(YAMLMapping.Field(key: key, value: read, line: keyLine))
            guard lineStart < bytes.count else { break }
            // Blank, or a line continuing a plain scalar: left to Yams.
            guard let spaces = indentOfNextLine(bytes, lineStart), spaces <= indent else { return nil }
            if spaces < indent { break }
            keyStart = lineStart + spaces
        }
        return (fields, lineStart, lineNumber)
    }

    /// A key already read: a key twice is left to Yams. Compared in place (`contains(where:)`
    /// copied every field for each new key).
    private static func has(_ fields: [YAMLMapping.Field], _ key: String) -> Bool {
        for i in fields.indices where fields[i].key == key { return true }
        return false
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// The Yams node the full parser builds for this scalar.
    static func node(_ s: YAMLMapping.FlatScalar) -> Node {
        // A new tag for every scalar: Yams resolves an implicit tag by rewriting it in place
        // (on `==`, hashing, `.tag`), so one shared tag would hand the first scalar's resolved
        // type to every later one, and is a data race when the history engine parses headers
        // on several threads.
        .scalar(.init(s.string, Tag(.implicit, .default, constructor), s.quoted ? .doubleQuoted : .plain))
    }

    private static func scalar(_ s: String, quoted: Bool) -> YAMLMapping.FlatScalar {
        YAMLMapping.FlatScalar(string: s, quoted: quoted)
    }

    /// One constructor for every tag: `Tag.implicit` builds a new `Constructor` (three
    /// dictionaries) each time, which was most of this reader's time. A constructor is
    /// immutable, so sharing it across threads is safe.
    nonisolated(unsafe) private static let constructor = Constructor.default

    private static func value(_ v: UnsafeBufferPointer<UInt8>) -> YAMLMapping.Value? {
        guard let first = v.first else { return .scalar(scalar("", quoted: false)) }
        switch first {
        case 0x22: // "
            guard let (s, end) = doubleQuoted(v, from: 0), end == v.count else { return nil }
            return .scalar(scalar(s, quoted: true))
        case 0x5B: // [
            guard v.last == 0x5D else { return nil }
            var items: [YAMLMapping.FlatScalar] = []
            var i = 1
            let end = v.count - 1
            while true {
                while i < end && v[i] == 0x20 { i += 1 }
                if i >= end { break }
                if v[i] == 0x22 {
                    guard let (s, after) = doubleQuoted(v, from: i), after <= end else { return nil }
                    items.append(scalar(s, quoted: true))
                    i = after
                    while i < end && v[i] == 0x20 { i += 1 }
                } else {
                    var j = i
                    while j < end && v[j] != 0x2C { j += 1 }
                    var itemEnd = j
                    while itemEnd > i && v[itemEnd - 1] == 0x20 { itemEnd -= 1 }
                    let item = UnsafeBufferPointer(rebasing: v[i..<itemEnd])
                    guard !item.isEmpty, plainIsSimple(item, inFlow: true) else { return nil }
                    items.append(scalar(String(decoding: item, as: UTF8.self), quoted: false))
                    i = j
                }
                if i >= end { break }
                guard v[i] == 0x2C else { return nil }
                i += 1
                var k = i
                while k < end && v[k] == 0x20 { k += 1 }
                if k >= end { return nil } // trailing comma
            }
            return .list(items)
        default:
            guard plainIsSimple(v, inFlow: false) else { return nil }
            return .scalar(scalar(String(decoding: v, as: UTF8.self), quoted: false))
        }
    }

    /// True when libyaml would read these bytes as this very plain string.
    private static func plainIsSimple(_ v: UnsafeBufferPointer<UInt8>, inFlow: Bool) -> Bool {
        guard let first = v.first else { return true }
        switch first {
        case 0x2D, 0x3F, 0x3A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x23, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22, 0x25, 0x40, 0x60:
            return false
        default: break
        }
        if v.last == 0x3A { return false }
        for i in 0..<v.count {
            let b = v[i]
            if b == 0x09 || b < 0x20 { return false }
            if b == 0x3A && (inFlow || (i + 1 < v.count && v[i + 1] == 0x20)) { return false }
            if b == 0x23 && i > 0 && v[i - 1] == 0x20 { return false }
            if inFlow && (b == 0x2C || b == 0x5B || b == 0x5D || b == 0x7B || b == 0x7D) { return false }
        }
        return true
    }

    /// Reads a double-quoted scalar starting at `start`; returns it and the index after the
    /// closing quote.
    private static func doubleQuoted(_ v: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, Int)? {
        var out: [UInt8] = []
        var i = start + 1
        while i < v.count {
            let b = v[i]
            if b == 0x22 { return (String(decoding: out, as: UTF8.self), i + 1) }
            if b == 0x5C {
                i += 1
                guard i < v.count else { return nil }
                switch v[i] {
                case 0x22: out.append(0x22)
                case 0x5C: out.append(0x5C)
                case 0x2F: out.append(0x2F)
                case 0x6E: out.append(0x0A)
                case 0x74: out.append(0x09)
                case 0x72: out.append(0x0D)
                case 0x30: out.append(0x00)
                case 0x78, 0x75: // \xHH, \uHHHH
                    let digits = v[i] == 0x78 ? 2 : 4
                    guard i + digits < v.count,
                          let code = UInt32(String(decoding: UnsafeBufferPointer(rebasing: v[(i + 1)...(i + digits)]), as: UTF8.self), radix: 16),
                          let scalar = Unicode.Scalar(code) else { return nil }
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                    i += digits
                default: return nil
                }
            } else {
                out.append(b)
            }
            i += 1
        }
        return nil
    }
}
