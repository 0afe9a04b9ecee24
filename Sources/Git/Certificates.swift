import CLibGit2
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
// `Certificates.loadDeferred()` has libgit2 load that same bundle through the real mbedTLS
// function (`GIT_OPT_SET_SSL_CERT_LOCATIONS`), exactly what the start would have done.
// (The executable exports its symbols, so the dynamic linker binds libgit2's call here first.)

/// Set while `git_libgit2_init` runs: certificate bundles are noted, not parsed.
nonisolated(unsafe) var deferringCertificates = false
/// The bundle libgit2 asked for while starting, to load before the first remote is opened.
nonisolated(unsafe) var deferredCertificateFile: String?
/// The same, kept after it is loaded (for the tests).
nonisolated(unsafe) var certificateFileAtStart: String?

/// The mbedTLS function libgit2 parses its CA bundle with (mbedtls/x509_crt.h), here so that the
/// parse at start-up can be deferred; every other call goes to mbedTLS's own.
@_cdecl("mbedtls_x509_crt_parse_file")
public func jalon_mbedtls_x509_crt_parse_file(_ chain: UnsafeMutableRawPointer?, _ path: UnsafePointer<CChar>?) -> Int32 {
    if deferringCertificates, let path {
        deferredCertificateFile = String(cString: path)
        certificateFileAtStart = deferredCertificateFile
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

    /// Loads the CA bundle whose parse was deferred at start-up (once; later calls do nothing).
    /// A failure is libgit2's, kept for the network call that follows to report.
    static func loadDeferred() {
        _ = libgit2Initialised
        guard let file = deferredCertificateFile else { return }
        deferredCertificateFile = nil
        if jalon_git_set_ssl_cert_file(file) != 0 { git_error_clear() }
    }
}
