import BoardCore

/// A JSON value written deterministically for the trainer reports: keys sorted, two-space
/// indentation, `null` for absent values (never a missing key), ISO dates, numbers with two
/// decimals at most — the same layout as the other `--format json` documents.
public indirect enum ReportJSON: Sendable, Equatable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([ReportJSON])
    case object([String: ReportJSON])

    static func day(_ d: Day?) -> ReportJSON { d.map { .string($0.iso) } ?? .null }
    static func string(_ s: String?) -> ReportJSON { s.map { .string($0) } ?? .null }
    static func int(_ i: Int?) -> ReportJSON { i.map { .int($0) } ?? .null }
    static func double(_ v: Double?) -> ReportJSON { v.map { .double($0) } ?? .null }
    static func strings(_ s: [String]) -> ReportJSON { .array(s.map { .string($0) }) }

    public func render() -> String {
        var out = ""
        write(into: &out, indent: "")
        if case .object = self { return JSONSchema.stamp(out) }
        return out
    }

    private func write(into out: inout String, indent: String) {
        switch self {
        case .string(let s): out += ReportJSON.quote(s)
        case .int(let i): out += String(i)
        case .double(let v):
            guard v.isFinite else { out += "null"; return }
            let r = (v * 100).rounded() / 100
            if r == r.rounded() && abs(r) < 1e15 { out += String(Int(r)) } else { out += String(r) }
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            out += "[\n"
            let inner = indent + "  "
            for (i, item) in items.enumerated() {
                out += inner
                item.write(into: &out, indent: inner)
                out += i + 1 < items.count ? ",\n" : "\n"
            }
            out += indent + "]"
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{\n"
            let inner = indent + "  "
            let keys = fields.keys.sorted()
            for (i, key) in keys.enumerated() {
                out += inner + ReportJSON.quote(key) + " : "
                fields[key]!.write(into: &out, indent: inner)
                out += i + 1 < keys.count ? ",\n" : "\n"
            }
            out += indent + "}"
        }
    }

    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    out += String(format: "\\u%04x", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}
