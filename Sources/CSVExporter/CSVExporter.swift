import BaoCaoCore
import Foundation

/// Writes a report as one CSV table (UTF-8, CRLF) in the dialect of ``ExportOptions/csv``: an
/// assembled report's statistical annex, one row per value with its provenance and computed flag;
/// any other report's table cells and narrative figures, each row naming the section it belongs to.
/// The Excel dialect (and RFC 4180 with `--bom`) starts with a byte order mark so that Excel opens
/// the Vietnamese text correctly. Columns and dialects: `docs/formats.md`.
public struct CSVExporter: Exporter {
    /// Creates the exporter.
    public init() {}

    public var info: FormatInfo {
        FormatInfo(name: .csv, extensions: ["csv"], summary: "the statistical annex, or every table cell and figure, as CSV (RFC 4180, or Vietnamese Excel's dialect)")
    }

    /// The header row of a report without a statistical annex.
    public static let columns = ["Mục", "Loại", "Bảng", "Dòng", "Cột", "Tiêu đề", "Giá trị", "Số", "Đơn vị", "Ngữ cảnh"]

    public func export(_ report: Report, options: ExportOptions, log: DiagnosticLog) throws -> Data {
        let stream = MemoryOutputStream()
        stream.open()
        if options.byteOrderMark || options.csv == .excel {
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            _ = stream.write(bom, maxLength: bom.count)
        }
        let writer = try CSVRunWriter(stream: stream, delimiter: options.csv.delimiter)
        if let statistics = report.statistics {
            try writer.write(row: StatisticalAnnex.dataColumns)
            for var row in statistics.dataRows {
                row[StatisticalAnnex.valueColumn] = options.csv.statisticsValue(row[StatisticalAnnex.valueColumn])
                try writer.write(row: row)
            }
        } else {
            try writer.write(row: Self.columns)
            for row in ReportRows(report).rows { try writer.write(row: row.fields) }
        }
        _ = stream.write([0x0D, 0x0A], maxLength: 2)
        stream.close()
        return Data(stream.bytes)
    }
}
