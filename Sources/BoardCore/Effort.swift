/// An amount of work or time, written `2d`, `4h`, `1.5d` or `1w` in files and on the command line.
/// A working day is 8 hours and a week 5 working days, as in TaskJuggler's defaults.
public struct Effort: Hashable, Sendable, CustomStringConvertible, Comparable {
    public static let hoursPerDay = 8.0

    /// The amount in hours.
    public let hours: Double

    public init(hours: Double) { self.hours = hours }
    public init(days: Double) { self.hours = days * Effort.hoursPerDay }

    public var days: Double { hours / Effort.hoursPerDay }

    /// Parses `2d`, `4h`, `1.5d`, `1w`, `2j` (jours), `1sem`; a bare number means days. Nil
    /// when unreadable or beyond `Limits.effortDays`.
    public static func parse(_ text: String) -> Effort? {
        if case .value(let e) = read(text) { return e }
        return nil
    }

    public enum Reading: Equatable { case value(Effort), unreadable, tooLarge }

    /// `parse`, telling an amount too large from an unreadable one.
    public static func read(_ text: String) -> Reading {
        guard text.utf8.count <= 40 else { return .unreadable }
        // Fast path for what Jalon writes (`3d`, `12h`, `0.5d`): digits, perhaps a point and
        // digits, and a unit. `digits / 10^decimals` is one correctly rounded division, so the
        // same number as `Double` reads from the text.
        let bytes = text.utf8
        if let unit = bytes.last, bytes.count >= 2, bytes.count <= 8 {
            let factor: Double? = unit == 0x64 || unit == 0x6A || unit == 0x44 || unit == 0x4A ? hoursPerDay : unit == 0x68 || unit == 0x48 ? 1 : nil
            var digits = 0, decimals: Int?, whole = 0
            for b in bytes.dropLast() {
                if b >= 0x30 && b <= 0x39 {
                    whole = whole * 10 + Int(b - 0x30)
                    if let d = decimals { decimals = d + 1 } else { digits += 1 }
                } else if b == 0x2E, decimals == nil, digits > 0 {
                    decimals = 0
                } else {
                    digits = 0
                    break
                }
            }
            if let factor, digits > 0, decimals != 0 {
                var scale = 1.0
                for _ in 0..<(decimals ?? 0) { scale *= 10 }
                let value = Double(whole) / scale
                return value * factor <= Limits.effortHours ? .value(Effort(hours: value * factor)) : .tooLarge
            }
        }
        var t = text.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: ",", with: ".")
        guard !t.isEmpty else { return .unreadable }
        var factor = Effort.hoursPerDay
        for (suffix, f) in [("sem", 5 * hoursPerDay), ("w", 5 * hoursPerDay), ("d", hoursPerDay), ("j", hoursPerDay), ("h", 1.0)] where t.hasSuffix(suffix) {
            t.removeLast(suffix.count)
            factor = f
            break
        }
        guard let value = Double(t), value >= 0, !value.isNaN else { return .unreadable }
        guard value.isFinite, value * factor <= Limits.effortHours else { return .tooLarge }
        return .value(Effort(hours: value * factor))
    }

    /// Canonical text: whole or half days as `Nd`, anything else in hours.
    public var description: String {
        let d = days
        if (d * 2).rounded() == d * 2 { return Effort.number(d) + "d" }
        return Effort.number(hours) + "h"
    }

    public static func number(_ v: Double) -> String {
        v.rounded() == v && abs(v) < 1e15 ? String(Int(v)) : String(v)
    }

    public static func < (a: Effort, b: Effort) -> Bool { a.hours < b.hours }
}

import Foundation
