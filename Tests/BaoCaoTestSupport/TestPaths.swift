import Foundation

/// Locations the tests share: the package root, `../shared/` beside it, and scratch folders.
public enum TestPaths {
    /// The package root (the folder holding Package.swift).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The project's shared material (the seed, the schemas, the checkers), read-only:
    /// `BAOCAO_SHARED` when it is set (for a clone kept elsewhere), else `../shared/` beside the
    /// package root. `scripts/test` stops before building when it is missing.
    public static let shared: URL = {
        if let path = ProcessInfo.processInfo.environment["BAOCAO_SHARED"], !path.isEmpty { return URL(fileURLWithPath: path) }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    /// The seed report (Cao Bằng, May 2023).
    public static let seed: URL = shared.appendingPathComponent("seed/000_cf1a06b9998ce06f.txt")

    /// The built executable `name` (`baocao`, `baocao-server`): beside the test bundle, else in `.build/debug`.
    public static func builtExecutable(_ name: String) -> URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(name)
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return packageRoot.appendingPathComponent(".build/debug/\(name)")
    }

    /// A new, empty temporary folder.
    public static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("baocao-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Inputs built from the seed report for end-to-end tests.
public enum SeedFixtures {
    /// The front matter the DOCX and ODT issues ask for (Văn phòng UBND tỉnh Cao Bằng, 125/BC-VP,
    /// 25/5/2023), from `Tests/Fixtures/seed-front-matter.md`, which `scripts/bench` uses too.
    public static func frontMatter() throws -> String {
        try String(contentsOf: TestPaths.packageRoot.appendingPathComponent("Tests/Fixtures/seed-front-matter.md"), encoding: .utf8)
    }

    /// The seed's text as it is in `../shared/seed/`.
    public static func seedText() throws -> String {
        try String(contentsOf: TestPaths.seed, encoding: .utf8)
    }

    /// The seed with ``frontMatter`` prepended, written to a new temporary `in.md`; returns its URL.
    public static func seedWithFrontMatterFile() throws -> URL {
        let url = try TestPaths.scratchDirectory().appendingPathComponent("in.md")
        try Data((frontMatter() + seedText()).utf8).write(to: url)
        return url
    }
}
