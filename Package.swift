// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "amo-dossier",
    products: [
        .executable(name: "amo-dossier", targets: ["amo-dossier"]),
    ],
    dependencies: [
        // 1.8.x: docs/man and docs/completions are what this version's
        // generators make, and tests compare them byte for byte.
        .package(url: "https://github.com/apple/swift-argument-parser", .upToNextMinor(from: "1.8.2")),
    ],
    targets: [
        // The domain: every rule of the insurer, the model, the store. Foundation only.
        // Resources/ is compiled into it at build time (no generated file to commit).
        .target(name: "DossierCore", plugins: ["EmbedResourcesPlugin"]),
        .executableTarget(name: "embed-resources"),
        .plugin(name: "EmbedResourcesPlugin", capability: .buildTool(), dependencies: ["embed-resources"],
                path: "Sources/EmbedResourcesPlugin"),
        // GNU FriBidi (libfribidi-dev): bidi reordering and Arabic shaping.
        .systemLibrary(name: "CFriBidi", path: "Sources/CFriBidi", pkgConfig: "fribidi",
                       providers: [.apt(["libfribidi-dev"])]),
        // The wizard as pure state/update/view; no terminal code.
        .target(name: "DossierWizard", dependencies: ["DossierCore", "CFriBidi"]),
        // ncursesw, imported through a shim header (see shim.h for why).
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // The only code that calls ncurses: paints frames, reads keys.
        .target(name: "TerminalBackend", dependencies: ["CNcursesw", "DossierWizard"]),
        .executableTarget(
            name: "amo-dossier",
            dependencies: [
                "DossierCore", "DossierWizard", "TerminalBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DossierCoreTests", dependencies: ["DossierCore"], exclude: ["Corpus"]),
        .testTarget(name: "TerminalBackendTests", dependencies: ["TerminalBackend", "DossierWizard"]),
        .testTarget(name: "DossierWizardTests", dependencies: ["DossierWizard", "DossierCore"]),
        // Runs the built binary in tmux; depends on the executable so it is built first.
        .testTarget(name: "EndToEndTests", dependencies: ["DossierCore", "amo-dossier"]),
    ]
)
