import CLibGit2

extension Repository {
    /// Sets a string in the repository's own configuration (`.git/config`).
    public func setConfig(_ key: String, _ value: String) throws(GitError) {
        var config: OpaquePointer?
        try check(git_repository_config(&config, pointer), "git_repository_config")
        defer { git_config_free(config) }
        var local: OpaquePointer?
        try check(git_config_open_level(&local, config, GIT_CONFIG_LEVEL_LOCAL), "git_config_open_level")
        defer { git_config_free(local) }
        try check(git_config_set_string(local, key, value), "git_config_set_string")
    }

    /// A configuration string as Git reads it (every level), nil when unset.
    public func configString(_ key: String) -> String? {
        var config: OpaquePointer?
        guard git_repository_config(&config, pointer) == 0 else { git_error_clear(); return nil }
        defer { git_config_free(config) }
        var snapshot: OpaquePointer?
        guard git_config_snapshot(&snapshot, config) == 0 else { git_error_clear(); return nil }
        defer { git_config_free(snapshot) }
        var out: UnsafePointer<CChar>?
        guard git_config_get_string(&out, snapshot, key) == 0, let out else { git_error_clear(); return nil }
        return String(cString: out)
    }

    /// The id `bytes` would have as a blob, without storing it.
    public func hashBlob(_ bytes: [UInt8]) throws(GitError) -> ObjectID {
        var oid = git_oid()
        let status = bytes.withUnsafeBytes { git_odb_hash(&oid, $0.baseAddress, $0.count, GIT_OBJECT_BLOB) }
        try check(status, "git_odb_hash")
        return ObjectID(oid)
    }
}
