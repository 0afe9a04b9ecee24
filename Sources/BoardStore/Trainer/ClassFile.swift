import BoardCore
import Foundation

/// The list of teams a trainer follows (`jalon report class FILE`), a small YAML file:
///
/// ```yaml
/// class: MC SNO 2026-2027          # optional title
/// teams:
///   - name: Les Tilleuls
///     path: ../equipes/tilleuls     # a local board (relative to this file)
///   - name: Équipe 2
///     url: https://gitlab.example.org/sno/equipe2.git   # a Git remote, fetched read-only
///     board: planning               # optional: the board's folder in that repository
///     branch: main                  # optional: the branch to read
/// ```
///
/// Read by a small tolerant reader (the format is fixed and flat): each problem is reported
/// with its line, and a team with a problem is kept with that problem so the others still run.
public struct ClassFile: Sendable, Equatable {
    public struct Team: Sendable, Equatable {
        public var name: String
        public var path: String?
        public var url: String?
        public var board: String?
        public var branch: String?
        public var line: Int
        /// What is wrong with this entry, if anything (no `path` nor `url`…).
        public var problem: ClassFileError?

        public init(name: String, path: String? = nil, url: String? = nil, board: String? = nil, branch: String? = nil, line: Int, problem: ClassFileError? = nil) {
            self.name = name
            self.path = path
            self.url = url
            self.board = board
            self.branch = branch
            self.line = line
            self.problem = problem
        }

        /// Where the board is, as given in the file.
        public var source: String { url ?? path ?? "" }
    }

    public var title: String?
    public var teams: [Team]

    public init(title: String?, teams: [Team]) {
        self.title = title
        self.teams = teams
    }

    /// Parses the file's text. Throws only when nothing usable is found (no `teams:` list).
    public static func parse(_ text: String, file: String) throws -> ClassFile {
        var title: String?
        var teams: [Team] = []
        var inTeams = false
        var current: Team?
        func flush() {
            if var team = current {
                if team.name.isEmpty { team.problem = team.problem ?? ClassFileError.teamWithoutName(team.line); team.name = "#\(teams.count + 1)" }
                if team.path == nil && team.url == nil && team.problem == nil { team.problem = ClassFileError.teamWithoutSource(team.line) }
                teams.append(team)
            }
            current = nil
        }
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let number = index + 1
            var line = String(raw)
            if index == 0, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            let trimmed = stripComment(line).trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed == "---" { continue }
            let indented = line.first == " " || line.first == "\t"
            if !indented && !trimmed.hasPrefix("-") {
                flush()
                guard let (key, value) = keyValue(trimmed) else { throw ClassFileError.badLine(file, number) }
                switch key {
                case "teams", "equipes", "équipes":
                    inTeams = true
                    if !value.isEmpty && value != "[]" { throw ClassFileError.badLine(file, number) }
                case "class", "classe", "title", "titre", "name", "nom":
                    title = value.isEmpty ? nil : value
                    inTeams = false
                default:
                    inTeams = false
                }
                continue
            }
            guard inTeams else { continue }
            var entry = trimmed
            if entry.hasPrefix("-") {
                flush()
                current = Team(name: "", line: number)
                entry = String(entry.dropFirst()).trimmingCharacters(in: .whitespaces)
                if entry.isEmpty { continue }
            }
            guard current != nil else { continue }
            guard let (key, value) = keyValue(entry) else {
                if current?.problem == nil { current?.problem = ClassFileError.badTeamLine(number) }
                continue
            }
            switch key {
            case "name", "nom": current?.name = value
            case "path", "chemin": current?.path = value.isEmpty ? nil : value
            case "url", "remote": current?.url = value.isEmpty ? nil : value
            case "board", "tableau", "folder", "dossier": current?.board = value.isEmpty ? nil : value
            case "branch", "branche": current?.branch = value.isEmpty ? nil : value
            default: continue
            }
        }
        flush()
        if teams.isEmpty { throw ClassFileError.noTeams(file) }
        return ClassFile(title: title, teams: teams)
    }

    /// `# comment` removed, unless inside quotes.
    static func stripComment(_ line: String) -> String {
        var quote: Character?
        var previous: Character = " "
        var out = ""
        for c in line {
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "#" && (previous == " " || previous == "\t" || out.isEmpty) {
                break
            }
            out.append(c)
            previous = c
        }
        return out
    }

    static func keyValue(_ text: String) -> (String, String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty, !key.contains(" ") else { return nil }
        var value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
            value = String(value.dropFirst().dropLast())
            if first == "\"" { value = value.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\") }
            if first == "'" { value = value.replacingOccurrences(of: "''", with: "'") }
        }
        return (key, value)
    }
}

/// Why a class file or a team's board cannot be used: one case per reason, worded by the
/// presenting layer (JalonCLI's ErrorWording.swift).
public enum ClassFileError: Error, Sendable, Equatable {
    case badLine(_ file: String, _ line: Int)
    case noTeams(_ file: String)
    /// A team entry without a name, starting at `line`.
    case teamWithoutName(_ line: Int)
    /// A team entry with neither a path nor a URL.
    case teamWithoutSource(_ line: Int)
    case badTeamLine(_ line: Int)
    case cannotRead(_ file: String)
    case fetchFailed(_ url: String, _ message: String)
    case noBoardInRemote(_ url: String)
    /// A team's `jalon.yml` cannot be read; `details` are its file:line problems.
    case brokenSettings(_ details: [Text])
}
