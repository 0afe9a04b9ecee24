/// The one way board files become text, wherever they come from (work tree, a tree from
/// history, a team's remote): within `Limits`, valid UTF-8, a UTF-8 BOM dropped, CRLF read as
/// LF, and no control character but tab and line end. Every reader of a board file goes
/// through `decode`, so a Windows checkout (`core.autocrlf=true`) reads exactly like a Linux one.
public enum FileText {
    /// The file's text with LF line ends, or the problem with its line.
    public static func decode<Bytes: Collection>(_ bytes: Bytes, path: String) -> Result<String, Diagnostic> where Bytes.Element == UInt8 {
        if bytes.count > Limits.fileBytes {
            return .failure(Diagnostic(file: path, line: nil, message: Catalog.fileTooLarge(bytes.count), hint: Catalog.fileTooLargeHint))
        }
        // Read where the bytes are (a blob's array, a file's data): no copy before the text.
        if let done = bytes.withContiguousStorageIfAvailable({ decode(UnsafeRawBufferPointer($0), path: path) }) { return done }
        return Array(bytes).withUnsafeBytes { decode($0, path: path) }
    }

    private static func decode(_ all: UnsafeRawBufferPointer, path: String) -> Result<String, Diagnostic> {
        let bom = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let input = UnsafeRawBufferPointer(rebasing: all[bom...])
        // A CRLF seen: the text is then written out again with LF line ends; otherwise the
        // checked bytes become the string as they are.
        var out: [UInt8]? = nil
        var copied = 0
        var line = 1
        var lineStart = 0
        var i = 0
        let n = input.count
        func fail(_ message: Text, _ hint: Text) -> Result<String, Diagnostic> {
            .failure(Diagnostic(file: path, line: line, message: message, hint: hint))
        }
        while i < n {
            let b = input[i]
            if b == 0x0A || (b == 0x0D && i + 1 < n && input[i + 1] == 0x0A) {
                if i - lineStart > Limits.lineBytes { return fail(Catalog.lineTooLong(i - lineStart), Catalog.lineTooLongHint) }
                if b == 0x0D {
                    if out == nil { out = []; out!.reserveCapacity(n) }
                    out!.append(contentsOf: input[copied..<i])
                    i += 1
                    copied = i
                }
                i += 1
                line += 1
                lineStart = i
                continue
            }
            if b < 0x80 {
                if (b < 0x20 && b != 0x09) || b == 0x7F { return fail(Catalog.controlCharacter(UInt32(b)), Catalog.controlCharacterHint) }
                i += 1
                continue
            }
            // A multi-byte sequence: checked by hand (overlongs, surrogates, > U+10FFFF refused)
            // so the error can name the line, which `String(validating:)` cannot.
            let length: Int, minimum: UInt32
            var scalar: UInt32
            switch b {
            case 0xC2...0xDF: length = 2; minimum = 0x80; scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; scalar = UInt32(b & 0x07)
            default: return fail(Catalog.invalidUTF8, Catalog.invalidUTF8Hint)
            }
            guard i + length <= n else { return fail(Catalog.invalidUTF8, Catalog.invalidUTF8Hint) }
            for k in 1..<length {
                let c = input[i + k]
                guard c & 0xC0 == 0x80 else { return fail(Catalog.invalidUTF8, Catalog.invalidUTF8Hint) }
                scalar = scalar << 6 | UInt32(c & 0x3F)
            }
            guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else {
                return fail(Catalog.invalidUTF8, Catalog.invalidUTF8Hint)
            }
            if (0x80...0x9F).contains(scalar) { return fail(Catalog.controlCharacter(scalar), Catalog.controlCharacterHint) }
            i += length
        }
        if n - lineStart > Limits.lineBytes { return fail(Catalog.lineTooLong(n - lineStart), Catalog.lineTooLongHint) }
        guard var out else { return .success(String(decoding: input.assumingMemoryBound(to: UInt8.self), as: UTF8.self)) }
        out.append(contentsOf: input[copied..<n])
        return .success(String(decoding: out, as: UTF8.self))
    }

    /// `decode` for callers that only need the text (nil when the file does not decode).
    public static func text<Bytes: Collection>(_ bytes: Bytes, path: String) -> String? where Bytes.Element == UInt8 {
        try? decode(bytes, path: path).get()
    }
}

extension Diagnostic: Error {}
