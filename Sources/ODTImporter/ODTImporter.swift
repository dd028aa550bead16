import BaoCaoCore
import Foundation

/// Placeholder until the format is built.
public struct ODTImporter: Importer {
    /// Creates the importer.
    public init() {}

    public var info: FormatInfo { FormatInfo(name: "odt", extensions: ["odt"], summary: "not built yet") }

    public func importReport(from data: Data, source: String, log: DiagnosticLog) throws -> Report {
        throw BaoCaoError(.usage, "\(info.name) input is not built yet")
    }
}
