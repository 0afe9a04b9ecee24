import CLibGit2
import Foundation
import Testing
@testable import Git

/// libgit2's CA bundle is parsed when a remote is first opened, not when libgit2 starts
/// (Git/Certificates.swift), and then by mbedTLS itself.
@Suite struct CertificatesTests {
    @Test func theBundleIsNotedAtStartAndLoadedBeforeARemote() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-certs-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try Repository.openOrCreateBare(at: folder)
        // Debian's libgit2 (mbedTLS) asks for its bundle when it starts, if the file is there.
        let bundle = "/etc/ssl/certs/ca-certificates.crt"
        if FileManager.default.fileExists(atPath: bundle) {
            #expect(certificateFileAtStart == bundle, "libgit2's call at start-up reaches this executable's definition")
        }
        try Certificates.load(for: try Repository.open(at: folder))
        // Git's environment variable when this process has one (CI machines often do), else libgit2's own bundle.
        #expect(loadedCertificateFile == (ProcessInfo.processInfo.environment["GIT_SSL_CAINFO"] ?? certificateFileAtStart))
        // Past start-up every call is mbedTLS's own: a missing file is an error, the bundle loads.
        #expect(jalon_git_set_ssl_cert_file("/nonexistent/bundle.crt") != 0)
        git_error_clear()
        if let loaded = certificateFileAtStart {
            #expect(jalon_git_set_ssl_cert_file(loaded) == 0)
        }
    }
}
