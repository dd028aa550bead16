import BaoCaoCore
import Foundation

/// Reads the real documents of `../shared/corpus/KIND/` with an importer and measures what it kept
/// against the reference texts and expected pandoc ASTs stored beside them.
public struct CorpusImport: Sendable {
    /// "docx" or "odt": the corpus folder and the documents' extension.
    public let kind: String
    /// The importer under test.
    public let importer: any Importer

    /// The share of the reference words an importer must keep of every corpus document.
    public static let minimumRecall = 0.85

    /// Creates a reader of the `kind` corpus.
    public init(kind: String, importer: some Importer) {
        self.kind = kind
        self.importer = importer
    }

    /// Imports the corpus document `name` (file name without extension).
    public func report(_ name: String, log: DiagnosticLog = DiagnosticLog()) throws -> Report {
        let url = TestPaths.shared.appendingPathComponent("corpus/\(kind)/\(name).\(kind)")
        return try importer.importReport(from: try Data(contentsOf: url), source: "\(name).\(kind)", log: log)
    }

    /// The best word recall of the imported document against the LibreOffice and pandoc
    /// reference texts (see ``ImportedText/corpusRecall(_:kind:name:)``); `nil` without a reference.
    public func recall(_ name: String) throws -> Double? {
        try ImportedText.corpusRecall(report(name), kind: kind, name: name)
    }

    /// The notes, tables and lists the importer found, and those of the expected pandoc AST.
    public func structureCounts(_ name: String) throws -> (found: StructureCounts, expected: StructureCounts) {
        let native = TestPaths.shared.appendingPathComponent("corpus/\(kind)/expected/\(name).native")
        let expected = ImportedText.nativeCounts(try String(contentsOf: native, encoding: .utf8))
        return (ImportedText.structureCounts(try report(name)), expected)
    }

    /// Every document of the corpus, by name (file name without extension), sorted.
    public var documentNames: [String] {
        let folder = TestPaths.shared.appendingPathComponent("corpus/\(kind)")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".\(kind)") }.map { String($0.dropLast(kind.count + 1)) }.sorted()
    }

    /// The documents that have an expected pandoc AST, by name.
    public var nativeNames: [String] { ImportedText.corpusNativeNames(kind) }
}
