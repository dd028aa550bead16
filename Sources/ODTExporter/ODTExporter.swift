import BaoCaoCore
import Foundation

/// Placeholder until the format is built.
public struct ODTExporter: Exporter {
    /// Creates the exporter.
    public init() {}

    public var info: FormatInfo { FormatInfo(name: "odt", extensions: ["odt"], summary: "not built yet") }

    public func export(_ report: Report, to destination: URL, options: ExportOptions, log: DiagnosticLog) throws {
        throw BaoCaoError(.usage, "\(info.name) output is not built yet")
    }
}
