import BaoCaoCore
import Foundation

/// Placeholder until the format is built.
public struct MarkdownImporter: Importer {
    /// Creates the importer.
    public init() {}

    public var info: FormatInfo { FormatInfo(name: "markdown", extensions: ["md"], summary: "not built yet") }

    public func importReport(from data: Data, source: String, log: DiagnosticLog) throws -> Report {
        throw BaoCaoError(.usage, "\(info.name) input is not built yet")
    }
}
