import BaoCaoCore
import Foundation

/// The JSON form of the report model (see `docs/formats.md`), versioned by `formatVersion`.
enum ReportJSON {
    static let info = FormatInfo(name: .json, extensions: ["json"], summary: "the BaoCao document model as versioned JSON")
}

/// Reads the JSON form of a ``Report``.
public struct JSONImporter: Importer {
    /// Creates the importer.
    public init() {}

    public var info: FormatInfo { ReportJSON.info }

    public func importReport(from data: Data, source: String, log: DiagnosticLog) throws -> Report {
        try JSONInputLimits.checkSize(data, source: source)
        // Decoding the text first names the line of invalid UTF-8 and normalises every string to NFC.
        let text = try TextDecoding.utf8(data, source: source)
        try JSONInputLimits.checkNesting(text, source: source)
        do {
            let report = try JSONDecoder().decode(Report.self, from: Data(text.utf8))
            return JSONReportLimits.hold(report, source: source, log: log)
        } catch let DecodingError.dataCorrupted(context) where context.codingPath.isEmpty {
            throw BaoCaoError.badInput(.invalidJSON, at: JSONSyntaxPosition.location(in: text, source: source))
        } catch let error as DecodingError {
            throw BaoCaoError.badInput(Self.describe(error), at: SourceLocation(file: source))
        }
    }

    /// What is wrong with JSON that is not a report, and where.
    private static func describe(_ error: DecodingError) -> Message {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context): return .notAReport(missingKey: key.stringValue, at: path(context))
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return .notAReport(context.debugDescription, at: path(context))
        @unknown default: return .notAReport("\(error)", at: "")
        }
    }
}

/// Writes the JSON form of a ``Report``: sorted keys, pretty-printed, so that diffs stay readable.
public struct JSONExporter: Exporter {
    /// Creates the exporter.
    public init() {}

    public var info: FormatInfo { ReportJSON.info }

    public func export(_ report: Report, options: ExportOptions, log: DiagnosticLog) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(report)
        data.append(0x0A)
        return data
    }
}
