// swift-tools-version:6.0
// BaoCao's fuzz targets (libFuzzer), kept out of the main package so that `swift build` there
// never needs the fuzzer runtime. Built and run by `scripts/fuzz`; see docs/importers.md.

import PackageDescription

/// One executable per importer or reader; each defines `<Target>_main` and runs libFuzzer.
let fuzzTargets = [
    "FuzzDOCX", "FuzzDOCXParts", "FuzzODT", "FuzzODTParts", "FuzzMarkdown",
    "FuzzYAMLSubmission", "FuzzCSVSubmission", "FuzzMarkdownSubmission", "FuzzXLSX", "FuzzXLSXParts", "FuzzJSON",
]

let package = Package(
    name: "BaoCaoFuzz",
    platforms: [.macOS(.v13)],
    products: fuzzTargets.map { .executable(name: $0, targets: [$0]) },
    dependencies: [
        .package(name: "BaoCao", path: ".."),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        // The declaration of libFuzzer's LLVMFuzzerRunDriver (the runtime comes with -sanitize=fuzzer).
        .target(name: "CFuzzerDriver"),
        .target(name: "FuzzSupport", dependencies: [
            "CFuzzerDriver",
            .product(name: "BaoCaoCore", package: "BaoCao"),
            .product(name: "BaoCaoFormats", package: "BaoCao"),
            .product(name: "BaoCaoAssembly", package: "BaoCao"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
    ] + fuzzTargets.map { .executableTarget(name: $0, dependencies: ["FuzzSupport"]) }
)
