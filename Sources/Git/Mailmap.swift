import CLibGit2

/// The repository's `.mailmap` (and `mailmap.file` / `mailmap.blob` configuration): maps the
/// names and emails commits were made with to each person's canonical one. Owns its handle.
public final class Mailmap {
    let pointer: OpaquePointer

    init(pointer: OpaquePointer) { self.pointer = pointer }
    deinit { git_mailmap_free(pointer) }

    /// The canonical name and email for an identity; the identity itself when no entry applies.
    public func resolve(name: String, email: String) -> (name: String, email: String) {
        // libgit2 may hand back the very pointers it was given: copy them out while they live.
        name.withCString { namePointer in
            email.withCString { emailPointer in
                var realName: UnsafePointer<CChar>?
                var realEmail: UnsafePointer<CChar>?
                guard git_mailmap_resolve(&realName, &realEmail, pointer, namePointer, emailPointer) == 0 else {
                    git_error_clear()
                    return (name, email)
                }
                return (realName.map { String(cString: $0) } ?? name, realEmail.map { String(cString: $0) } ?? email)
            }
        }
    }
}

extension Repository {
    /// The mailmap Git would use for this repository (`.mailmap` in the work tree, or
    /// `HEAD:.mailmap` in a bare repository, plus `mailmap.file` and `mailmap.blob`).
    public func mailmap() throws(GitError) -> Mailmap {
        var mm: OpaquePointer?
        try check(git_mailmap_from_repository(&mm, pointer), "git_mailmap_from_repository")
        return Mailmap(pointer: mm!)
    }

    /// A mailmap read from the text of a `.mailmap` file.
    public static func mailmap(fromText text: String) throws(GitError) -> Mailmap {
        _ = libgit2Initialised
        var mm: OpaquePointer?
        let length = text.utf8.count
        let status = text.withCString { git_mailmap_from_buffer(&mm, $0, length) }
        try check(status, "git_mailmap_from_buffer")
        return Mailmap(pointer: mm!)
    }
}
