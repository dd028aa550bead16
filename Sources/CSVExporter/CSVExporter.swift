import BaoCaoCore
import Foundation

/// Placeholder until the format is built.
public struct CSVExporter: Exporter {
    /// Creates the exporter.
    public init() {}

    public var info: FormatInfo { FormatInfo(name: "csv", extensions: ["csv"], summary: "not built yet") }

    public func export(_ report: Report, to destination: URL, options: ExportOptions, log: DiagnosticLog) throws {
        throw BaoCaoError(.usage, "\(info.name) output is not built yet")
    }
}
