import CLibGit2
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// Debian's libgit2 1.5 is built with mbedTLS, whose stream back end parses every CA certificate
// of its compiled-in bundle (/etc/ssl/certs/ca-certificates.crt, 140 certificates, 210 kB of
// base64) inside `git_libgit2_init` (`git_mbedtls_stream_global_init`): about a fifth of the CPU
// time of a `jalon task add`, although only fetch and push over HTTPS use them. libgit2 1.5 has
// no option or environment variable to skip or defer it (the path is a compile-time constant,
// read when the library starts), so this process defines the one mbedTLS function libgit2 calls
// for it: while libgit2 starts, it only notes the path; before any remote is opened,
// `Certificates.load(for:)` has libgit2 load that same bundle (or the one Git's settings name)
// through the real mbedTLS function (`GIT_OPT_SET_SSL_CERT_LOCATIONS`), exactly what the start
// would have done.
// (The executable exports its symbols, so the dynamic linker binds libgit2's call here first.)

/// Set while `git_libgit2_init` runs: certificate bundles are noted, not parsed.
nonisolated(unsafe) var deferringCertificates = false
/// The bundle libgit2 asked for while starting (its compiled-in default).
nonisolated(unsafe) var certificateFileAtStart: String?
/// The bundle loaded since, nil while none is.
nonisolated(unsafe) var loadedCertificateFile: String?

/// The mbedTLS function libgit2 parses its CA bundle with (mbedtls/x509_crt.h), here so that the
/// parse at start-up can be deferred; every other call goes to mbedTLS's own.
@_cdecl("mbedtls_x509_crt_parse_file")
public func jalon_mbedtls_x509_crt_parse_file(_ chain: UnsafeMutableRawPointer?, _ path: UnsafePointer<CChar>?) -> Int32 {
    if deferringCertificates, let path {
        certificateFileAtStart = String(cString: path)
        return 0 // an empty chain, as mbedtls_x509_crt_init left it
    }
    return Certificates.mbedTLSParseFile(chain, path)
}

enum Certificates {
    typealias ParseFile = @convention(c) (UnsafeMutableRawPointer?, UnsafePointer<CChar>?) -> Int32

    /// mbedTLS's own `mbedtls_x509_crt_parse_file`: the next definition after this executable's.
    static let mbedTLSParseFile: ParseFile = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: -1), "mbedtls_x509_crt_parse_file") else { // RTLD_NEXT
            return { _, _ in -1 }
        }
        return unsafeBitCast(symbol, to: ParseFile.self)
    }()

    /// Loads, before a remote is opened, the CA bundle HTTPS checks servers against: the one Git
    /// itself would use for this repository (`GIT_SSL_CAINFO`, else `http.sslCAInfo`, as a school
    /// server with its own certificate authority needs), else libgit2's default, whose parse was
    /// deferred at start-up. Nothing is done when that bundle is already the loaded one. A bundle
    /// the user named that cannot be read is an error naming the setting; a failure to load the
    /// default is libgit2's, kept for the network call that follows to report.
    static func load(for repository: Repository) throws(GitError) {
        _ = libgit2Initialised
        let named = ProcessInfo.processInfo.environment["GIT_SSL_CAINFO"].map { ("GIT_SSL_CAINFO", $0) }
            ?? repository.configString("http.sslCAInfo").map { ("http.sslCAInfo", $0) }
        guard let file = named.map({ expandingHome($0.1) }) ?? certificateFileAtStart, file != loadedCertificateFile else { return }
        if let (setting, _) = named, !FileManager.default.isReadableFile(atPath: file) {
            throw GitError(code: .certificate, errorClass: 0, message: "\(setting): cannot read the certificate file \(file)", function: setting)
        }
        if jalon_git_set_ssl_cert_file(file) != 0 {
            guard let (setting, _) = named else { git_error_clear(); return }
            var message = "unknown error"
            if let last = git_error_last(), let text = last.pointee.message { message = String(cString: text) }
            git_error_clear()
            throw GitError(code: .certificate, errorClass: 0, message: "\(setting): \(file): \(message)", function: setting)
        }
        loadedCertificateFile = file
    }

    /// `~/x` as Git reads a path setting: from the home folder.
    private static func expandingHome(_ path: String) -> String {
        guard path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] else { return path }
        return home + path.dropFirst(1)
    }
}
