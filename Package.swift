// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Jalon",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "jalon", targets: ["jalon"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        .target(name: "Git", dependencies: ["CLibGit2"]),
        .target(name: "BoardCore", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "BoardStore", dependencies: ["Git", "BoardCore"]),
        .target(name: "Planning", dependencies: ["BoardCore"]),
        .target(name: "Reports", dependencies: ["BoardCore", "Planning", .product(name: "Ink", package: "Ink")]),
        .target(
            name: "BoardFiles",
            path: "Boards",
            exclude: ["README.md", "classe-exemple.yml"],
            sources: ["BoardFiles.swift"],
            resources: [.embedInCode("exemple-association/scenario.jalon"), .embedInCode("modeles/site-web.yml"),
                        .embedInCode("modeles/documents/cahier-des-charges.fr.md"), .embedInCode("modeles/documents/cahier-des-charges.en.md"),
                        .embedInCode("modeles/documents/reunion-hebdo.fr.md"), .embedInCode("modeles/documents/reunion-hebdo.en.md"),
                        .embedInCode("modeles/documents/fiche-recette.fr.md"), .embedInCode("modeles/documents/fiche-recette.en.md"),
                        .embedInCode("modeles/documents/rapport-hebdo.fr.md"), .embedInCode("modeles/documents/rapport-hebdo.en.md"),
                        .embedInCode("modeles/documents/note.fr.md"), .embedInCode("modeles/documents/note.en.md")]
        ),
        .target(name: "UseCases", dependencies: ["BoardCore", "BoardStore", "Planning", "Reports"]),
        .target(name: "JalonCLI", dependencies: [
            "BoardCore", "BoardStore", "Planning", "Reports", "UseCases", "BoardFiles",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "jalon", dependencies: ["JalonCLI"]),
        .testTarget(name: "JalonTests", dependencies: ["BoardCore", "BoardStore", "Git", "Planning", "Reports", "UseCases", "JalonCLI"],
                    exclude: ["Golden", "Support/gitserver.py", "Support/spreadsheet.py"]),
    ]
)
