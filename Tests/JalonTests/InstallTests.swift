// The one-step install (Scripts/install.sh, behind `make install`): into a temporary prefix,
// then the installed binary is used from a folder outside this repository, with only the
// prefix and the system folders on PATH; completions and man pages are checked by their
// consumers (bash's `complete`, `man`).
//
// Cost: by default the script installs the debug `jalon` this test run built (`--binary`), so
// only swift-argument-parser's man page generator is built (once, in .build-tools/). Set
// JALON_TEST_RELEASE_INSTALL=1 to let the script do the real release build with the Swift
// runtime linked statically (several minutes on two cores) and check that the binary needs no
// Swift library at run time.
import Foundation
import Testing

@Suite("Install in one step", .serialized)
struct InstallTests {
    static let releaseBuild = ProcessInfo.processInfo.environment["JALON_TEST_RELEASE_INSTALL"] == "1"
    /// A release `jalon` with the Swift runtime linked statically, for the Debian package test
    /// (`swift build -c release --static-swift-stdlib --product jalon`); without it and without
    /// JALON_TEST_RELEASE_INSTALL=1 that test is skipped, as the package needs such a binary.
    static let staticBinary = ProcessInfo.processInfo.environment["JALON_TEST_DEB_BINARY"]

    /// Scripts/build-deb.sh, then the package unpacked into a throwaway root (`dpkg -x`, so the
    /// machine's own dpkg database is never touched): its control file names the libgit2
    /// package the binary needs, and the binary, both man pages and the three completions are
    /// there and work from outside the repository.
    @Test(.enabled(if: releaseBuild || staticBinary != nil, "needs a static release build: JALON_TEST_DEB_BINARY=PATH or JALON_TEST_RELEASE_INSTALL=1"))
    func debianPackageInstallsAndRuns() throws {
        let sandbox = try TestRepository(initialize: false)
        let dist = sandbox.sandbox.appendingPathComponent("dist")
        var arguments = [TestTools.packageRoot.appendingPathComponent("Scripts/build-deb.sh").path, "--output", dist.path]
        if let staticBinary = Self.staticBinary { arguments += ["--binary", staticBinary] }
        let built = try sandbox.run("/bin/bash", arguments, in: sandbox.sandbox, environment: ["HOME": ProcessInfo.processInfo.environment["HOME"] ?? sandbox.home.path], timeout: 1800)
        #expect(built.succeeded, "\(built)")
        let deb = try #require(built.stdout.firstMatch(of: /built (\S+\.deb)/).map { String($0.1) }, "\(built)")
        let depends = try sandbox.run("/usr/bin/dpkg-deb", ["-f", deb, "Package", "Version", "Depends"], in: sandbox.sandbox)
        #expect(depends.stdout.contains("Package: jalon") && depends.stdout.contains("Depends: libgit2-"), "\(depends)")
        // The libgit2 package it depends on is the one that provides the library here.
        let libgit2 = try #require(depends.stdout.firstMatch(of: /Depends: (libgit2-[^,\s]+)/).map { String($0.1) })
        #expect(try sandbox.run("/usr/bin/dpkg-query", ["-W", "-f", "${Status}", libgit2], in: sandbox.sandbox).stdout.contains("installed"), "\(libgit2)")
        let root = sandbox.sandbox.appendingPathComponent("root")
        let unpacked = try sandbox.run("/usr/bin/dpkg", ["-x", deb, root.path], in: sandbox.sandbox)
        #expect(unpacked.succeeded, "\(unpacked)")
        let usr = root.appendingPathComponent("usr")
        for file in ["bin/jalon", "share/man/man1/jalon.1", "share/man/fr/man1/jalon.1", "share/bash-completion/completions/jalon",
                     "share/zsh/site-functions/_jalon", "share/fish/vendor_completions.d/jalon.fish", "share/doc/jalon/README.md"] {
            #expect(FileManager.default.fileExists(atPath: usr.appendingPathComponent(file).path), "\(file) missing from the package")
        }
        let path = ["PATH": "\(usr.path)/bin:/usr/bin:/bin"]
        let version = try sandbox.run("/bin/sh", ["-c", "cd / && jalon --version"], in: sandbox.sandbox, environment: path)
        #expect(version.succeeded && version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == depends.stdout.firstMatch(of: /Version: (\S+)/).map { String($0.1) }, "\(version) \(depends)")
        let help = try sandbox.run("/bin/sh", ["-c", "cd / && jalon --lang fr task --help"], in: sandbox.sandbox, environment: path)
        #expect(help.succeeded && help.stdout.contains("UTILISATION : jalon task"), "\(help)")
        let needed = try sandbox.run("/usr/bin/objdump", ["-p", usr.appendingPathComponent("bin/jalon").path], in: sandbox.sandbox)
        #expect(!needed.stdout.contains("libswift") && needed.stdout.contains("libgit2"), "\(needed.stdout.split(separator: "\n").filter { $0.contains("NEEDED") })")
        let bash = try sandbox.run("/bin/bash", ["-c", "source \"$1\" && complete -p jalon", "bash", usr.appendingPathComponent("share/bash-completion/completions/jalon").path], in: sandbox.sandbox)
        #expect(bash.succeeded && bash.stdout.contains("jalon"), "\(bash)")
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/man") {
            let env = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "MANWIDTH": "100"]
            let en = try sandbox.run("/usr/bin/man", ["-P", "cat", "-l", usr.appendingPathComponent("share/man/man1/jalon.1").path], in: sandbox.sandbox, environment: env)
            #expect(en.succeeded && en.stdout.contains("Project board for student teams"), "\(en)")
            let fr = try sandbox.run("/usr/bin/man", ["-P", "cat", "-l", usr.appendingPathComponent("share/man/fr/man1/jalon.1").path], in: sandbox.sandbox, environment: env)
            #expect(fr.succeeded && fr.stdout.contains("Tableau de projet pour équipes d’étudiants"), "\(fr)")
        }
    }

    @Test func installsIntoAPrefixAndRunsFromOutsideTheRepository() throws {
        let sandbox = try TestRepository(initialize: false)
        let prefix = sandbox.sandbox.appendingPathComponent("prefix with space")
        var arguments = [TestTools.packageRoot.appendingPathComponent("Scripts/install.sh").path, "--prefix", prefix.path]
        if !Self.releaseBuild { arguments += ["--binary", TestTools.jalon] }
        let installed = try sandbox.run("/bin/bash", arguments, in: sandbox.sandbox, environment: ["HOME": ProcessInfo.processInfo.environment["HOME"] ?? sandbox.home.path])
        #expect(installed.succeeded, "\(installed)")
        let bin = prefix.appendingPathComponent("bin/jalon")
        #expect(FileManager.default.isExecutableFile(atPath: bin.path))
        #expect(installed.stdout.contains("installed \(prefix.path)/bin/jalon"))

        // A new project folder outside the repository, found through PATH only.
        let project = sandbox.sandbox.appendingPathComponent("projet")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        let path = ["PATH": "\(prefix.path)/bin:/usr/bin:/bin"]
        let version = try sandbox.run("/bin/sh", ["-c", "cd / && jalon --version"], in: project, environment: path)
        #expect(version.succeeded && version.stdout.trimmingCharacters(in: .whitespacesAndNewlines).first?.isNumber == true, "\(version)")
        #expect(try sandbox.run(TestTools.git, ["init", "-q", "-b", "main"], in: project).succeeded)
        for (key, value) in [("user.name", "Alice Martin"), ("user.email", "alice@example.org")] {
            #expect(try sandbox.run(TestTools.git, ["config", key, value], in: project).succeeded)
        }
        let steps = ["jalon init --name 'Projet installé' --lang fr --start 2026-11-30 --end 2027-02-12",
                     "jalon member add alice --name 'Alice Martin' --email alice@example.org",
                     "jalon task add 'Première tâche' --as alice"]
        for step in steps {
            let r = try sandbox.run("/bin/sh", ["-c", step], in: project, environment: path.merging(["JALON_NOW": TestRepository.now]) { _, b in b })
            #expect(r.succeeded, "\(step): \(r)")
        }
        let log = try sandbox.run(TestTools.git, ["log", "--format=%an|%s", "main"], in: project)
        #expect(log.stdout.split(separator: "\n").count == 3, "\(log)")
        #expect(log.stdout.contains("Alice Martin|"))
        #expect(try sandbox.run(TestTools.git, ["status", "--porcelain"], in: project).stdout.isEmpty)

        // bash loads the completion and registers it for `jalon`.
        let share = prefix.appendingPathComponent("share")
        let bashFile = share.appendingPathComponent("bash-completion/completions/jalon").path
        let complete = try sandbox.run("/bin/bash", ["-c", "source \"$1\" && complete -p jalon", "bash", bashFile], in: project)
        #expect(complete.succeeded && complete.stdout.contains("jalon"), "\(complete)")
        let zsh = try String(contentsOfFile: share.appendingPathComponent("zsh/site-functions/_jalon").path, encoding: .utf8)
        #expect(zsh.hasPrefix("#compdef jalon") && zsh.contains("milestone"))
        let fish = try String(contentsOfFile: share.appendingPathComponent("fish/vendor_completions.d/jalon.fish").path, encoding: .utf8)
        #expect(fish.contains("complete -c 'jalon'") && fish.contains("milestone"))

        // man finds both pages through the prefix, and renders them (accents included).
        let manPath = ["MANPATH": share.appendingPathComponent("man").path, "MANWIDTH": "100", "MAN_KEEP_FORMATTING": ""]
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/man") {
            let en = try sandbox.run("/usr/bin/man", ["-P", "cat", "jalon"], in: project, environment: manPath.merging(["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]) { _, b in b })
            #expect(en.succeeded && en.stdout.contains("Project board for student teams") && en.stdout.contains("milestone"), "\(en)")
            // `-L fr` picks the French page; the C.UTF-8 locale keeps its accents (fr_FR may not be installed).
            let fr = try sandbox.run("/usr/bin/man", ["-P", "cat", "-L", "fr", "jalon"], in: project, environment: manPath.merging(["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]) { _, b in b })
            #expect(fr.succeeded && fr.stdout.contains("Tableau de projet pour équipes d’étudiants"), "\(fr)")
        } else {
            let page = try String(contentsOfFile: share.appendingPathComponent("man/fr/man1/jalon.1").path, encoding: .utf8)
            #expect(page.contains(".Dt JALON 1") && page.contains("\\[u00E9]"))
        }

        if Self.releaseBuild {
            // The Swift runtime is inside the binary: no libswift*.so, no Foundation, no ICU.
            let needed = try sandbox.run("/usr/bin/objdump", ["-p", bin.path], in: project)
            let libraries = needed.stdout.split(separator: "\n").filter { $0.contains("NEEDED") }.joined(separator: "\n")
            #expect(libraries.contains("libgit2"))
            #expect(!libraries.contains("libswift") && !libraries.contains("Foundation") && !libraries.contains("icu"), "\(libraries)")
        }
    }
}
