import BoardCore
import Foundation
import Git

/// Reaching the boards of a class: a local folder, or a Git remote fetched read-only into a
/// cache (a bare repository per URL; never pushed to, its configuration never written).
extension BoardStore {
    /// The board of one team of a class file. `baseFolder` is the class file's folder (relative
    /// paths and URLs are read from there); `cacheRoot` holds one bare repository per URL.
    public static func openTeam(_ team: ClassFile.Team, baseFolder: String, cacheRoot: String, clock: Clock) throws -> BoardStore {
        if let problem = team.problem { throw problem }
        if let url = team.url {
            let local = isLocalPath(url, baseFolder: baseFolder)
            let resolved = local && !url.hasPrefix("/") ? (baseFolder as NSString).appendingPathComponent(url) : url
            // A local path is fetched as a file:// URL: libgit2 would read `dir/a:b` as host:path.
            let source = local ? "file://" + (resolved.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? resolved) : resolved
            return try fetched(url: source, cache: cacheFolder(for: resolved, under: cacheRoot), board: team.board, branch: team.branch, clock: clock)
        }
        let path = team.path ?? "."
        var folder = path.hasPrefix("/") ? path : (baseFolder as NSString).appendingPathComponent(path)
        if let board = team.board { folder = (folder as NSString).appendingPathComponent(board) }
        guard FileManager.default.fileExists(atPath: folder) else { throw StoreError.notARepository(folder) }
        return try locate(from: folder, board: folder, clock: clock)
    }

    /// Fetches `url` into the bare repository `cache` and opens the board found there: in the
    /// folder `board` (else the root, else a folder one level down), on `branch` (else the branch
    /// the board's settings name, else main, master or any branch that has a board).
    public static func fetched(url: String, cache: String, board: String?, branch: String?, clock: Clock) throws -> BoardStore {
        let repository: Repository
        let cacheExisted = FileManager.default.fileExists(atPath: cache)
        do {
            repository = try Repository.openOrCreateBare(at: cache)
            let before = cacheExisted ? FetchLog.watched(repository) : nil
            try repository.fetch(from: url, refspecs: ["+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*"])
            FetchLog.record(fetchAt: clock.now, in: repository, cache: cache, before: before)
        } catch {
            // A first fetch that failed (unreachable URL) leaves no empty repository behind.
            if !cacheExisted { try? FileManager.default.removeItem(atPath: cache) }
            throw ClassFileError.fetchFailed(url, error.message)
        }
        let heads: [(name: String, target: ObjectID)]
        do { heads = try repository.references(matching: "refs/heads/*") } catch { throw StoreError.git(error) }
        func rank(_ name: String) -> Int {
            let short = String(name.dropFirst("refs/heads/".count))
            if short == branch { return 0 }
            if short == "main" { return 1 }
            if short == "master" { return 2 }
            return 3
        }
        let ordered = heads.sorted { (rank($0.name), $0.name) < (rank($1.name), $1.name) }
            .filter { branch == nil || rank($0.name) == 0 }
        for head in ordered {
            guard let commit = try? repository.commit(head.target) else { continue }
            var prefixes: [String] = []
            if let board, !board.isEmpty { prefixes = [board.hasSuffix("/") ? board : board + "/"] } else {
                prefixes = [""]
                for entry in (try? repository.entries(of: commit.tree)) ?? [] where entry.kind == .tree && !entry.name.hasPrefix(".") {
                    prefixes.append(entry.name + "/")
                }
            }
            for prefix in prefixes {
                guard let entry = try? repository.entry(in: commit.tree, path: prefix + BoardSettings.fileName),
                      let bytes = try? repository.blob(entry.id) else { continue }
                var home = String(head.name.dropFirst("refs/heads/".count))
                // The settings name the board's home branch; follow it when the remote has it.
                if branch == nil, let (settings, _) = Optional(SettingsCodec.decode(FileText.text(bytes, path: BoardSettings.fileName) ?? "")), let named = settings?.branch,
                   heads.contains(where: { $0.name == "refs/heads/" + named }) {
                    home = named
                }
                let store = BoardStore(repository: repository, prefix: prefix, homeBranch: home, clock: clock)
                store.fetchLog = FetchLog.read(cache: cache)
                return store
            }
        }
        throw ClassFileError.noBoardInRemote(url)
    }

    /// One cache folder per URL: a readable name and a hash, so two URLs never share one.
    public static func cacheFolder(for url: String, under root: String) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in url.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        let last = url.split(whereSeparator: { $0 == "/" || $0 == ":" }).last.map(String.init) ?? "board"
        let name = String(last.replacingOccurrences(of: ".git", with: "").map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" }.prefix(40))
        return (root as NSString).appendingPathComponent("\(name.isEmpty ? "board" : name)-\(String(hash, radix: 16))")
    }

    /// The cache root of fetched boards: `$XDG_CACHE_HOME/jalon/class`, else `~/.cache/jalon/class`.
    public static func defaultCacheRoot(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/jalon/class" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.cache/jalon/class"
    }

    /// Git's rule: `host:path` (scp-like, SSH) only when a `:` comes before any `/`; so
    /// `teams/equipe:2` or `./a:b` is a path. A `host:path` that exists as a folder next to the
    /// class file is a path too.
    static func isLocalPath(_ url: String, baseFolder: String? = nil) -> Bool {
        if url.contains("://") { return false }
        guard let colon = url.firstIndex(of: ":") else { return true }
        if let slash = url.firstIndex(of: "/"), slash < colon { return true }
        if let baseFolder {
            var isDirectory: ObjCBool = false
            let candidate = url.hasPrefix("/") ? url : (baseFolder as NSString).appendingPathComponent(url)
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue { return true }
        }
        return false
    }
}
