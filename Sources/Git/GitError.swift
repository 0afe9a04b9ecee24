import CLibGit2

/// An error reported by libgit2, with its return code, error class and message.
public struct GitError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Code: Sendable, Equatable {
        case notFound, exists, ambiguous, bufferTooShort, user, bareRepository, unbornBranch
        case unmerged, nonFastForward, invalidSpec, conflict, locked, modified, auth
        case certificate, applied, peel, endOfFile, invalid, uncommitted, directory, mergeConflict
        case other(Int32)

        init(_ raw: Int32) {
            switch raw {
            case GIT_ENOTFOUND.rawValue: self = .notFound
            case GIT_EEXISTS.rawValue: self = .exists
            case GIT_EAMBIGUOUS.rawValue: self = .ambiguous
            case GIT_EBUFS.rawValue: self = .bufferTooShort
            case GIT_EUSER.rawValue: self = .user
            case GIT_EBAREREPO.rawValue: self = .bareRepository
            case GIT_EUNBORNBRANCH.rawValue: self = .unbornBranch
            case GIT_EUNMERGED.rawValue: self = .unmerged
            case GIT_ENONFASTFORWARD.rawValue: self = .nonFastForward
            case GIT_EINVALIDSPEC.rawValue: self = .invalidSpec
            case GIT_ECONFLICT.rawValue: self = .conflict
            case GIT_ELOCKED.rawValue: self = .locked
            case GIT_EMODIFIED.rawValue: self = .modified
            case GIT_EAUTH.rawValue: self = .auth
            case GIT_ECERTIFICATE.rawValue: self = .certificate
            case GIT_EAPPLIED.rawValue: self = .applied
            case GIT_EPEEL.rawValue: self = .peel
            case GIT_EEOF.rawValue: self = .endOfFile
            case GIT_EINVALID.rawValue: self = .invalid
            case GIT_EUNCOMMITTED.rawValue: self = .uncommitted
            case GIT_EDIRECTORY.rawValue: self = .directory
            case GIT_EMERGECONFLICT.rawValue: self = .mergeConflict
            default: self = .other(raw)
            }
        }
    }

    public let code: Code
    /// libgit2's error class (`GIT_ERROR_*`), 0 when none was set.
    public let errorClass: Int32
    public let message: String
    /// The libgit2 function that failed, for diagnostics.
    public let function: String

    public var description: String { "libgit2 \(function): \(message) (code \(code), class \(errorClass))" }
}

/// The one error path: every libgit2 call that returns a status goes through here.
@discardableResult
func check(_ result: Int32, _ function: String = #function) throws(GitError) -> Int32 {
    guard result < 0 else { return result }
    var klass: Int32 = 0
    var message = "unknown error"
    if let last = git_error_last() {
        klass = last.pointee.klass
        if let text = last.pointee.message { message = String(cString: text) }
    }
    git_error_clear()
    throw GitError(code: .init(result), errorClass: klass, message: message, function: function)
}

/// libgit2 is initialised once per process, on first use, and never shut down.
let libgit2Initialised: Bool = {
    // The CA certificates are read when a remote is first opened (Certificates.swift).
    deferringCertificates = true
    git_libgit2_init()
    deferringCertificates = false
    // Objects read are not hashed again to check their id, as `git` does not (`git fsck` checks
    // them): hashing every tree and blob took a fifth of a cold history report. A damaged object
    // still fails to inflate or to parse.
    _ = jalon_git_set_strict_hash_verification(0)
    return true
}()
