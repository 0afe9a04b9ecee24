/// Looks over YAML before the full parser composes it, for what a board file never needs and
/// a hostile one uses: anchors and aliases (`&a` / `*a`, the "billion laughs" that expand a
/// 400-byte header to 10^8 nodes) and nesting deeper than `Limits.yamlDepth`. libyaml and Yams
/// have neither switch (Yams composes aliases and hashes the expanded keys), hence this scan.
/// It follows YAML's rules only as far as needed to tell an indicator from text: `*` or `&` is
/// an alias or anchor only where a node starts (after indentation, `- `, `? `, `: `, `[`, `{`
/// or `,`), never inside a plain or quoted scalar, a block scalar or a comment.
enum YAMLGuard {
    static func check(_ yaml: String, file: String, firstLine: Int) -> Diagnostic? {
        var inDouble = false, inSingle = false
        var blockParentIndent: Int?
        var indents: [Int] = []
        var flowDepth = 0
        var lineNumber = firstLine - 1
        for lineText in yaml.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = Array(lineText)
            var indent = 0
            while indent < line.count && line[indent] == 0x20 { indent += 1 }
            let blank = indent == line.count
            if let parent = blockParentIndent {
                if blank || indent > parent { continue }
                blockParentIndent = nil
            }
            if !inDouble && !inSingle && flowDepth == 0 {
                if blank || line[indent] == 0x23 || line[indent] == 0x25 { continue } // comment, directive
                if indent == 0 && (line.starts(with: Array("---".utf8)) || line.starts(with: Array("...".utf8))) { continue }
                while let top = indents.last, top > indent { indents.removeLast() }
                if indents.last.map({ $0 < indent }) ?? true { indents.append(indent) }
            }
            var dashes = 0
            var atNodeStart = !(inDouble || inSingle)
            var i = indent
            scan: while i < line.count {
                if inDouble {
                    while i < line.count && line[i] != 0x22 { i += line[i] == 0x5C ? 2 : 1 }
                    if i >= line.count { break scan }
                    inDouble = false
                    i += 1
                    continue
                }
                if inSingle {
                    while i < line.count {
                        if line[i] == 0x27 {
                            if i + 1 < line.count && line[i + 1] == 0x27 { i += 2; continue }
                            break
                        }
                        i += 1
                    }
                    if i >= line.count { break scan }
                    inSingle = false
                    i += 1
                    continue
                }
                let c = line[i]
                let nextIsSpace = i + 1 >= line.count || line[i + 1] == 0x20
                if c == 0x20 || c == 0x09 { i += 1; continue }
                if atNodeStart {
                    switch c {
                    case 0x26, 0x2A: // & *
                        return Diagnostic(file: file, line: lineNumber, message: Catalog.yamlAlias, hint: Catalog.yamlAliasHint)
                    case 0x21: // a tag such as !!str: skipped, the node starts after it
                        while i < line.count && line[i] != 0x20 { i += 1 }
                        continue scan
                    case 0x2D where nextIsSpace, 0x3F where nextIsSpace, 0x3A where nextIsSpace: // "- ", "? ", ": "
                        if c == 0x2D { dashes += 1 }
                        i += 1
                        continue scan
                    case 0x22: inDouble = true; atNodeStart = false; i += 1; continue scan
                    case 0x27: inSingle = true; atNodeStart = false; i += 1; continue scan
                    case 0x5B, 0x7B: // [ {
                        flowDepth += 1
                        if flowDepth + indents.count + dashes > Limits.yamlDepth { break scan }
                        i += 1
                        continue scan
                    case 0x7C where flowDepth == 0, 0x3E where flowDepth == 0: // | >
                        blockParentIndent = indent
                        break scan
                    case 0x23: break scan // comment
                    default: break
                    }
                }
                switch c {
                case 0x5D, 0x7D: flowDepth = max(0, flowDepth - 1); atNodeStart = false
                case 0x2C where flowDepth > 0: atNodeStart = true
                case 0x3A where nextIsSpace || flowDepth > 0: atNodeStart = true
                case 0x23 where i > 0 && (line[i - 1] == 0x20 || line[i - 1] == 0x09): break scan
                default: atNodeStart = false
                }
                i += 1
            }
            if indents.count + dashes + flowDepth > Limits.yamlDepth {
                return Diagnostic(file: file, line: lineNumber, message: Catalog.yamlTooDeep(Limits.yamlDepth), hint: Catalog.yamlTooDeepHint)
            }
        }
        return nil
    }
}
