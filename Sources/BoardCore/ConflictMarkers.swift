/// Conflict markers a stopped merge, rebase or cherry-pick leaves in a file (`<<<<<<<`,
/// `|||||||`, `=======`, `>>>>>>>`). A file is reported only when it holds an opening and a
/// closing marker, so a Markdown heading underlined with `=======` is not mistaken for one.
public enum ConflictMarkers {
    public static func diagnostics(path: String, text: String) -> [Diagnostic] {
        // `check` reads every board file: one pass over the bytes finds most files free of any
        // `<<<<<<<` before the lines are split.
        var contiguous = text
        let opens = contiguous.withUTF8 { bytes -> Bool in
            var run = 0
            for byte in bytes {
                run = byte == UInt8(ascii: "<") ? run + 1 : 0
                if run == 7 { return true }
            }
            return false
        }
        guard opens else { return [] }
        var openings: [Int] = []
        var closed = false
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.hasPrefix("<<<<<<<") { openings.append(number) }
            if line.hasPrefix(">>>>>>>"), !openings.isEmpty { closed = true }
        }
        guard closed else { return [] }
        return openings.map { line in
            Diagnostic(file: path, line: line,
                       message: Text("core.diagnostics"),
                       hint: Text("core.diagnosticsHint"))
        }
    }
}
