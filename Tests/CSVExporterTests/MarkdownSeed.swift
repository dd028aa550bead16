import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import MarkdownImporter

/// The seed read through the Markdown importer.
enum MarkdownSeed {
    static func report() throws -> Report {
        try MarkdownImporter().importReport(from: Data(contentsOf: TestPaths.seed), source: "seed", log: DiagnosticLog())
    }
}
