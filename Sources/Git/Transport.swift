import CLibGit2
import Foundation

/// Where credentials for a remote come from, tried in this order for each kind the server
/// accepts: the URL's own `user:password@`, a token from the environment, a Git credential
/// store file (`~/.git-credentials` format), then for SSH the ssh-agent and a key file.
public struct Credentials: Sendable {
    public var token: String?
    public var tokenUser: String?
    public var storeFiles: [String]
    public var sshKey: String?
    public var useAgent: Bool

    public init(token: String? = nil, tokenUser: String? = nil, storeFiles: [String] = [], sshKey: String? = nil, useAgent: Bool = true) {
        self.token = token
        self.tokenUser = tokenUser
        self.storeFiles = storeFiles
        self.sshKey = sshKey
        self.useAgent = useAgent
    }

    /// The `user:password` a credential store file holds for `url` (same scheme and host,
    /// port included), the first match.
    public func stored(for url: String) -> (user: String, password: String)? {
        guard let target = URLComponents(string: url), let host = target.host else { return nil }
        for file in storeFiles {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            for line in text.split(separator: "\n") {
                guard let c = URLComponents(string: String(line).trimmingCharacters(in: .whitespaces)),
                      c.scheme == target.scheme, c.host == host, c.port == target.port,
                      let user = c.user, let password = c.password else { continue }
                return (user.removingPercentEncoding ?? user, password.removingPercentEncoding ?? password)
            }
        }
        return nil
    }
}

/// What a push said about each reference the remote refused.
public struct PushRejection: Sendable, Equatable {
    public let reference: String
    public let reason: String
}

/// State shared with libgit2's C callbacks through their payload pointer.
final class TransportContext {
    let credentials: Credentials
    var tried: Set<String> = []
    var rejections: [PushRejection] = []
    init(credentials: Credentials) { self.credentials = credentials }

    /// One credential for libgit2, never the same one twice (a refused one is not retried).
    func acquire(_ out: UnsafeMutablePointer<UnsafeMutablePointer<git_credential>?>?, url: String, user urlUser: String?, allowed: UInt32) -> Int32 {
        let components = URLComponents(string: url)
        if allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT.rawValue != 0 {
            var candidates: [(String, String, String)] = []
            if let c = components, let u = c.user, let p = c.password { candidates.append(("url", u.removingPercentEncoding ?? u, p.removingPercentEncoding ?? p)) }
            if let token = credentials.token { candidates.append(("token", credentials.tokenUser ?? urlUser ?? "jalon", token)) }
            if let (u, p) = credentials.stored(for: url) { candidates.append(("store", u, p)) }
            for (source, user, password) in candidates where tried.insert(source).inserted {
                return git_credential_userpass_plaintext_new(out, user, password)
            }
        }
        if allowed & GIT_CREDENTIAL_USERNAME.rawValue != 0, tried.insert("username").inserted {
            return git_credential_username_new(out, urlUser ?? components?.user ?? "git")
        }
        if allowed & GIT_CREDENTIAL_SSH_KEY.rawValue != 0 {
            let user = urlUser ?? components?.user ?? "git"
            if credentials.useAgent, ProcessInfo.processInfo.environment["SSH_AUTH_SOCK"] != nil, tried.insert("agent").inserted {
                return git_credential_ssh_key_from_agent(out, user)
            }
            if let key = credentials.sshKey, FileManager.default.fileExists(atPath: key), tried.insert("key").inserted {
                let pub = FileManager.default.fileExists(atPath: key + ".pub") ? key + ".pub" : nil
                return git_credential_ssh_key_new(out, user, pub, key, nil)
            }
        }
        git_error_set_str(Int32(GIT_ERROR_NET.rawValue), "no more credentials to try")
        return GIT_EAUTH.rawValue
    }
}

private let credentialCallback: git_credential_acquire_cb = { out, url, user, allowed, payload in
    guard let payload else { return GIT_PASSTHROUGH.rawValue }
    let context = Unmanaged<TransportContext>.fromOpaque(payload).takeUnretainedValue()
    return context.acquire(out, url: url.map { String(cString: $0) } ?? "", user: user.map { String(cString: $0) }, allowed: allowed)
}

private let pushUpdateCallback: git_push_update_reference_cb = { reference, status, payload in
    guard let payload, let status else { return 0 }
    let context = Unmanaged<TransportContext>.fromOpaque(payload).takeUnretainedValue()
    context.rejections.append(PushRejection(reference: reference.map { String(cString: $0) } ?? "", reason: String(cString: status)))
    return 0
}

extension Repository {
    /// The URL of a named remote, nil when there is no such remote.
    public func remoteURL(_ name: String) -> String? {
        var remote: OpaquePointer?
        guard git_remote_lookup(&remote, pointer, name) == 0 else { git_error_clear(); return nil }
        defer { git_remote_free(remote) }
        return git_remote_url(remote).map { String(cString: $0) }
    }

    /// Opens a named remote, or an anonymous one for a URL or a path.
    private func openRemote(_ nameOrURL: String) throws(GitError) -> OpaquePointer {
        try Certificates.load(for: self)
        var remote: OpaquePointer?
        if git_remote_lookup(&remote, pointer, nameOrURL) == 0, let remote { return remote }
        git_error_clear()
        try check(git_remote_create_anonymous(&remote, pointer, nameOrURL), "git_remote_create_anonymous")
        return remote!
    }

    private func withStrings<T>(_ strings: [String], _ body: (inout git_strarray) -> T) -> T {
        let copies: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        var pointers = copies
        return pointers.withUnsafeMutableBufferPointer { buffer in
            var array = git_strarray(strings: buffer.baseAddress, count: buffer.count)
            return body(&array)
        }
    }

    /// Fetches exactly `refspecs` from a remote (name, URL or path), no automatic tags.
    /// `onlyThese`: through an anonymous remote of the same URL, so that libgit2 does not also
    /// move the named remote's tracking branches (its opportunistic update) — for a dry run.
    public func fetch(remote nameOrURL: String, refspecs: [String], credentials: Credentials, onlyThese: Bool = false) throws(GitError) {
        let remote = try openRemote(onlyThese ? (remoteURL(nameOrURL) ?? nameOrURL) : nameOrURL)
        defer { git_remote_free(remote) }
        let context = TransportContext(credentials: credentials)
        let payload = Unmanaged.passUnretained(context).toOpaque()
        var options = git_fetch_options()
        try check(git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION)))
        options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_NONE
        if onlyThese { options.update_fetchhead = 0 }
        options.callbacks.credentials = credentialCallback
        options.callbacks.payload = payload
        let status = withStrings(refspecs) { git_remote_fetch(remote, &$0, &options, "jalon: sync fetch") }
        withExtendedLifetime(context) {}
        try check(status, "git_remote_fetch")
    }

    /// The references a remote advertises whose names start with `prefix`.
    public func remoteReferences(remote nameOrURL: String, prefix: String, credentials: Credentials) throws(GitError) -> [String: ObjectID] {
        let remote = try openRemote(nameOrURL)
        defer { git_remote_free(remote) }
        let context = TransportContext(credentials: credentials)
        var callbacks = git_remote_callbacks()
        try check(git_remote_init_callbacks(&callbacks, UInt32(GIT_REMOTE_CALLBACKS_VERSION)))
        callbacks.credentials = credentialCallback
        callbacks.payload = Unmanaged.passUnretained(context).toOpaque()
        try check(git_remote_connect(remote, GIT_DIRECTION_FETCH, &callbacks, nil, nil), "git_remote_connect")
        defer { git_remote_disconnect(remote) }
        var heads: UnsafeMutablePointer<UnsafePointer<git_remote_head>?>?
        var count = 0
        try check(git_remote_ls(&heads, &count, remote), "git_remote_ls")
        var out: [String: ObjectID] = [:]
        for i in 0..<count {
            guard let head = heads?[i] else { continue }
            let name = String(cString: head.pointee.name)
            if name.hasPrefix(prefix) && !name.hasSuffix("^{}") { out[name] = ObjectID(head.pointee.oid) }
        }
        withExtendedLifetime(context) {}
        return out
    }

    /// Pushes `refspecs`; returns the references the remote refused and why (an empty list
    /// when all went through). Transport and authentication failures throw.
    public func push(remote nameOrURL: String, refspecs: [String], credentials: Credentials) throws(GitError) -> [PushRejection] {
        let remote = try openRemote(nameOrURL)
        defer { git_remote_free(remote) }
        let context = TransportContext(credentials: credentials)
        var options = git_push_options()
        try check(git_push_options_init(&options, UInt32(GIT_PUSH_OPTIONS_VERSION)))
        options.callbacks.credentials = credentialCallback
        options.callbacks.push_update_reference = pushUpdateCallback
        options.callbacks.payload = Unmanaged.passUnretained(context).toOpaque()
        let status = withStrings(refspecs) { git_remote_push(remote, &$0, &options) }
        withExtendedLifetime(context) {}
        try check(status, "git_remote_push")
        return context.rejections
    }

    /// The branch's upstream remote name (`branch.<name>.remote`), nil when none is set.
    public func upstreamRemote(ofBranch name: String) -> String? { configString("branch.\(name).remote") }

    /// Deletes a reference; nothing when it does not exist.
    public func deleteReference(_ name: String) throws(GitError) {
        var ref: OpaquePointer?
        let found = git_reference_lookup(&ref, pointer, name)
        if found == GIT_ENOTFOUND.rawValue { git_error_clear(); return }
        try check(found, "git_reference_lookup")
        defer { git_reference_free(ref) }
        try check(git_reference_delete(ref), "git_reference_delete")
    }
}
