import BaoCaoAssembly
import BaoCaoCore
import BaoCaoFormats
import BaoCaoTestSupport
import Foundation

/// A scratch copy of the project's `Config/` (profile, outline, sample months) that a test may edit.
struct AssemblyFixture {
    /// The copied configuration folder.
    let config: URL

    /// Copies `Config/` into a new temporary folder.
    init() throws {
        let root = try TestPaths.scratchDirectory()
        config = root.appendingPathComponent("Config")
        try FileManager.default.copyItem(at: TestPaths.packageRoot.appendingPathComponent("Config"), to: config)
    }

    /// The path of a sample file of May 2023.
    func sample(_ name: String, period: String = "2023-05") -> URL {
        config.appendingPathComponent("samples/\(period)/\(name)")
    }

    /// Replaces `old` by `new` in a sample file (the text must be there).
    func edit(_ name: String, replacing old: String, with new: String, period: String = "2023-05") throws {
        let url = sample(name, period: period)
        let text = try String(contentsOf: url, encoding: .utf8)
        precondition(text.contains(old), "\(name) does not contain \(old)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url)
    }

    /// Writes a new sample file.
    func write(_ name: String, _ text: String, period: String = "2023-05") throws {
        try Data(text.utf8).write(to: sample(name, period: period))
    }

    /// Assembles May 2023 from this copy.
    func assemble(department: String? = nil) throws -> Assembly {
        try Assembler(registry: .builtIn).assemble(AssemblyRequest(configDirectory: config.path, department: department))
    }

    /// The assembly of the project's own `Config/` (not a copy).
    static func projectAssembly() throws -> Assembly {
        let config = TestPaths.packageRoot.appendingPathComponent("Config").path
        return try Assembler(registry: .builtIn).assemble(AssemblyRequest(configDirectory: config))
    }
}

extension Assembly {
    /// The diagnostics of one severity, as printed in `language` (`file:line: severity: message`).
    func messages(_ severity: Diagnostic.Severity, in language: Language = .vi) -> [String] {
        log.entries.filter { $0.severity == severity }.map { $0.text(in: language) }
    }
}

extension Report {
    /// The body and footnotes as plain text (the shared ``ImportedText``), then the annexes'.
    var allText: String {
        ([ImportedText.plainText(self)] + printable(layout: PageLayout()).annexes.flatMap { $0.blocks.map(\.plainText) }).joined(separator: "\n")
    }
}
