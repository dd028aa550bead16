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
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
]

let zip = Target.Dependency.product(name: "ZIPFoundation", package: "ZIPFoundation")
let yams = Target.Dependency.product(name: "Yams", package: "Yams")
let mustache = Target.Dependency.product(name: "Mustache", package: "swift-mustache")
let csv = Target.Dependency.product(name: "CSV", package: "CSV.swift")
let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")
let hummingbird = Target.Dependency.product(name: "Hummingbird", package: "hummingbird")
let hummingbirdTesting = Target.Dependency.product(name: "HummingbirdTesting", package: "hummingbird")
let bcrypt = Target.Dependency.product(name: "HummingbirdBcrypt", package: "hummingbird-auth")
let grdb = Target.Dependency.product(name: "GRDB", package: "GRDB.swift")
let crypto = Target.Dependency.product(name: "Crypto", package: "swift-crypto")
let multipart = Target.Dependency.product(name: "MultipartKit", package: "multipart-kit")
let nioCore = Target.Dependency.product(name: "NIOCore", package: "swift-nio")
let nioPosix = Target.Dependency.product(name: "NIOPosix", package: "swift-nio")

/// Every built-in format target; `BaoCaoFormats` registers them all in one list.
let formatTargets: [Target] = [
    .target(name: "MarkdownImporter", dependencies: ["BaoCaoCore", "BaoCaoYAML", "CCmarkGFM", yams]),
    .target(name: "MarkdownExporter", dependencies: ["BaoCaoCore", yams]),
    .target(name: "CSVExporter", dependencies: ["BaoCaoCore", csv]),
    .target(name: "JSONFormat", dependencies: ["BaoCaoCore"]),
    .target(name: "DOCXExporter", dependencies: ["BaoCaoCore", "BaoCaoXML", "BaoCaoOfficePackage"]),
    .target(name: "ODTExporter", dependencies: ["BaoCaoCore", "BaoCaoXML", "BaoCaoOfficePackage"]),
    .target(name: "DOCXImporter", dependencies: ["BaoCaoCore", "BaoCaoXML", "BaoCaoZip"]),
    .target(name: "ODTImporter", dependencies: ["BaoCaoCore", "BaoCaoXML", "BaoCaoZip"]),
    .target(name: "PDFExporter", dependencies: ["BaoCaoCore"]),
    .target(name: "XLSXExporter", dependencies: ["BaoCaoCore", "BaoCaoXML", "BaoCaoZip", crypto]),
    .target(name: "XLSXImporter", dependencies: ["BaoCaoCore", "BaoCaoXML", "BaoCaoZip"]),
]

let formatNames = formatTargets.map { Target.Dependency(stringLiteral: $0.name) }

let package = Package(
    name: "BaoCao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "baocao", targets: ["baocao"]),
        .executable(name: "baocao-server", targets: ["baocao-server"]),
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
        // Yams with the size of what aliases expand to bounded, for every YAML read.
        .target(name: "BaoCaoYAML", dependencies: ["BaoCaoCore", yams]),
        // XML parts in a deterministic zip: the entry point the DOCX and ODT exporters share.
        .target(name: "BaoCaoOfficePackage", dependencies: ["BaoCaoCore", "BaoCaoXML", "BaoCaoZip"]),
    ] + formatTargets + [
        .target(name: "BaoCaoFormats", dependencies: ["BaoCaoCore"] + formatNames),
        .target(name: "BaoCaoAssembly", dependencies: ["BaoCaoCore", "BaoCaoYAML", "CSVExporter", "XLSXExporter", "XLSXImporter", yams, mustache, csv]),
        .target(name: "BaoCaoCLI", dependencies: ["BaoCaoCore", "BaoCaoFormats", "BaoCaoAssembly", argumentParser]),
        .executableTarget(name: "baocao", dependencies: ["BaoCaoCLI"]),

        // The intake web service, in its own targets so that the CLI's start-up does not pay for
        // HTTP or SQL (docs/intake.md): the store (GRDB), the service (Hummingbird), its commands.
        .target(name: "BaoCaoStore", dependencies: ["BaoCaoCore", grdb, bcrypt, crypto]),
        .target(
            name: "BaoCaoIntake",
            dependencies: ["BaoCaoCore", "BaoCaoFormats", "BaoCaoAssembly", "BaoCaoStore", "BaoCaoZip", "CSVExporter", "MarkdownImporter", hummingbird, multipart, nioCore, nioPosix, mustache],
            resources: [.copy("Templates")]),
        .target(name: "BaoCaoServerCLI", dependencies: ["BaoCaoIntake", "BaoCaoStore", "BaoCaoAssembly", "BaoCaoCore", argumentParser]),
        .executableTarget(name: "baocao-server", dependencies: ["BaoCaoServerCLI"]),

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
        .testTarget(name: "DOCXImporterTests", dependencies: ["DOCXImporter", "MarkdownExporter", "BaoCaoCore", "BaoCaoTestSupport"]),
        .testTarget(name: "ODTImporterTests", dependencies: ["ODTImporter", "MarkdownExporter", "BaoCaoCore", "BaoCaoTestSupport"]),
        .testTarget(name: "PDFExporterTests", dependencies: ["PDFExporter", "DOCXExporter", "ODTExporter", "BaoCaoCore", "BaoCaoTestSupport"]),
        .testTarget(name: "BaoCaoAssemblyTests", dependencies: ["BaoCaoAssembly", "BaoCaoCLI", "BaoCaoCore", "BaoCaoFormats", "BaoCaoTestSupport", csv]),
        .testTarget(name: "FormatConformanceTests", dependencies: ["BaoCaoFormats", "BaoCaoCore", "BaoCaoTestSupport"]),
        .testTarget(name: "XLSXTests", dependencies: ["XLSXExporter", "XLSXImporter", "BaoCaoCore", "BaoCaoTestSupport"]),
        .testTarget(name: "BaoCaoCLITests", dependencies: ["BaoCaoCLI", "BaoCaoCore", "BaoCaoTestSupport"]),
        .testTarget(name: "BaoCaoStoreTests", dependencies: ["BaoCaoStore", "BaoCaoCore", "BaoCaoTestSupport"]),
        .testTarget(
            name: "BaoCaoIntakeTests",
            dependencies: ["BaoCaoIntake", "BaoCaoStore", "BaoCaoServerCLI", "BaoCaoAssembly", "BaoCaoCLI", "BaoCaoCore", "BaoCaoTestSupport", hummingbirdTesting]),
        .target(name: "BaoCaoTestSupport", dependencies: ["BaoCaoCore"], path: "Tests/BaoCaoTestSupport"),
    ]
)
