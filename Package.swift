// swift-tools-version:6.0
// BaoCao: the official monthly report of a Vietnamese provincial People's Committee office,
// assembled from department submissions and written as DOCX, ODT, Markdown and CSV.

import PackageDescription

/// Third-party packages, all resolved from the machine's local mirror.
let dependencies: [Package.Dependency] = [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
]

let zip = Target.Dependency.product(name: "ZIPFoundation", package: "ZIPFoundation")
let yams = Target.Dependency.product(name: "Yams", package: "Yams")
let mustache = Target.Dependency.product(name: "Mustache", package: "swift-mustache")
let csv = Target.Dependency.product(name: "CSV", package: "CSV.swift")
let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")

/// Every built-in format target; `BaoCaoFormats` registers them all in one list.
let formatTargets: [Target] = [
    .target(name: "MarkdownImporter", dependencies: ["BaoCaoCore", "CCmarkGFM", yams]),
    .target(name: "MarkdownExporter", dependencies: ["BaoCaoCore", yams]),
    .target(name: "CSVExporter", dependencies: ["BaoCaoCore", csv]),
    .target(name: "JSONFormat", dependencies: ["BaoCaoCore"]),
    .target(name: "DOCXExporter", dependencies: ["BaoCaoCore", "BaoCaoXML", "BaoCaoOfficePackage"]),
    .target(name: "ODTExporter", dependencies: ["BaoCaoCore", "BaoCaoXML", "BaoCaoOfficePackage"]),
    .target(name: "DOCXImporter", dependencies: ["BaoCaoCore", "BaoCaoXML", "BaoCaoZip"]),
    .target(name: "ODTImporter", dependencies: ["BaoCaoCore", "BaoCaoXML", "BaoCaoZip"]),
    .target(name: "XLSXExporter", dependencies: ["BaoCaoCore", "BaoCaoXML", "BaoCaoZip"]),
    .target(name: "XLSXImporter", dependencies: ["BaoCaoCore", "BaoCaoXML", "BaoCaoZip"]),
]

let formatNames = formatTargets.map { Target.Dependency(stringLiteral: $0.name) }

let package = Package(
    name: "BaoCao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "baocao", targets: ["baocao"]),
        .library(name: "BaoCaoCore", targets: ["BaoCaoCore"]),
        .library(name: "BaoCaoFormats", targets: ["BaoCaoFormats"]),
        .library(name: "BaoCaoAssembly", targets: ["BaoCaoAssembly"]),
        .plugin(name: "AssembleReport", targets: ["AssembleReport"]),
    ],
    dependencies: dependencies,
    targets: [
        // The document model, Vietnamese formatting, diagnostics and the format protocols.
        .target(name: "BaoCaoCore"),

        // System libraries (Debian: libxml2-dev, libcmark-gfm-dev, libcmark-gfm-extensions-dev).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),

        // Thin Swift layers over libxml2 and the zip library.
        .target(name: "BaoCaoXML", dependencies: ["CLibXML2"]),
        .target(name: "BaoCaoZip", dependencies: [zip]),
        // XML parts in a deterministic zip: the entry point the DOCX and ODT exporters share.
        .target(name: "BaoCaoOfficePackage", dependencies: ["BaoCaoCore", "BaoCaoXML", "BaoCaoZip"]),
    ] + formatTargets + [
        .target(name: "BaoCaoFormats", dependencies: ["BaoCaoCore"] + formatNames),
        .target(name: "BaoCaoAssembly", dependencies: ["BaoCaoCore", "XLSXExporter", "XLSXImporter", yams, mustache, csv]),
        .target(name: "BaoCaoCLI", dependencies: ["BaoCaoCore", "BaoCaoFormats", "BaoCaoAssembly", argumentParser]),
        .executableTarget(name: "baocao", dependencies: ["BaoCaoCLI"]),

        .plugin(
            name: "AssembleReport",
            capability: .command(
                intent: .custom(verb: "assemble-report", description: "Assemble the monthly report with baocao"),
                permissions: [.writeToPackageDirectory(reason: "Writes the assembled report into Exports/")])),

        .testTarget(name: "BaoCaoCoreTests", dependencies: ["BaoCaoCore", "BaoCaoTestSupport"]),
        .testTarget(name: "BaoCaoXMLTests", dependencies: ["BaoCaoXML", "BaoCaoTestSupport"]),
        .testTarget(name: "BaoCaoZipTests", dependencies: ["BaoCaoZip", "BaoCaoTestSupport"]),
        .testTarget(name: "MarkdownImporterTests", dependencies: ["MarkdownImporter", "BaoCaoCore", "BaoCaoTestSupport"]),
        .testTarget(name: "MarkdownExporterTests", dependencies: ["MarkdownExporter", "MarkdownImporter", "BaoCaoCore", "BaoCaoTestSupport"]),
        .testTarget(name: "CSVExporterTests", dependencies: ["CSVExporter", "MarkdownImporter", "BaoCaoCore", "BaoCaoTestSupport", csv]),
        .testTarget(name: "DOCXExporterTests", dependencies: ["DOCXExporter", "MarkdownImporter", "BaoCaoCore", "BaoCaoTestSupport"]),
        .testTarget(name: "ODTExporterTests", dependencies: ["ODTExporter", "MarkdownImporter", "BaoCaoCore", "BaoCaoTestSupport"]),
        .testTarget(name: "DOCXImporterTests", dependencies: ["DOCXImporter", "BaoCaoCore", "BaoCaoTestSupport"]),
        .testTarget(name: "ODTImporterTests", dependencies: ["ODTImporter", "BaoCaoCore", "BaoCaoTestSupport"]),
        .testTarget(name: "BaoCaoAssemblyTests", dependencies: ["BaoCaoAssembly", "BaoCaoCLI", "BaoCaoCore", "BaoCaoFormats", "BaoCaoTestSupport", csv]),
        .testTarget(name: "FormatConformanceTests", dependencies: ["BaoCaoFormats", "BaoCaoCore", "BaoCaoTestSupport"]),
        .testTarget(name: "XLSXTests", dependencies: ["XLSXExporter", "XLSXImporter", "BaoCaoCore", "BaoCaoTestSupport"]),
        .testTarget(name: "BaoCaoCLITests", dependencies: ["BaoCaoCLI", "BaoCaoCore", "BaoCaoTestSupport"]),
        .target(name: "BaoCaoTestSupport", dependencies: ["BaoCaoCore"], path: "Tests/BaoCaoTestSupport"),
    ]
)
