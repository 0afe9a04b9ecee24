import Foundation

/// The two languages every user-facing string exists in.
public enum Language: String, Sendable, CaseIterable, Codable {
    case fr, en

    /// Reads a language name such as `fr`, `fr_FR.UTF-8`, `English`; nil when unknown.
    public init?(code: String) {
        let lower = code.lowercased()
        if lower.hasPrefix("fr") { self = .fr } else if lower.hasPrefix("en") { self = .en } else { return nil }
    }

    /// The language of the environment: `JALON_LANG`, then `LC_ALL`, `LC_MESSAGES`, `LANG`; English otherwise.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> Language? {
        for key in ["JALON_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = env[key], !value.isEmpty, value != "C", value != "POSIX" {
                return Language(code: value)
            }
        }
        return nil
    }
}

/// A user-facing text in both languages. Every message of the catalog is one of these, so a
/// string cannot exist in one language only.
public struct Text: Sendable, Equatable, CustomStringConvertible {
    public let fr: String
    public let en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    public func callAsFunction(_ language: Language) -> String {
        language == .fr ? fr : en
    }

    public var description: String { en }
}
