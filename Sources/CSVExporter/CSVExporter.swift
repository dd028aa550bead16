import BaoCaoCore
import CSV
import Foundation

/// Writes every table cell and every narrative figure of a report as one RFC 4180 CSV table
/// (UTF-8, CRLF), each row naming the section it belongs to. `--bom` adds a byte order mark so
/// that Excel opens the Vietnamese text correctly. Columns: `docs/formats.md`.
public struct CSVExporter: Exporter {
    /// Creates the exporter.
    public init() {}

    public var info: FormatInfo {
        FormatInfo(name: .csv, extensions: ["csv"], summary: "every table cell and figure as RFC 4180 CSV (Excel: --bom)")
    }

    /// The header row.
    public static let columns = ["Mục", "Loại", "Bảng", "Dòng", "Cột", "Tiêu đề", "Giá trị", "Số", "Đơn vị", "Ngữ cảnh"]

    public func export(_ report: Report, options: ExportOptions, log: DiagnosticLog) throws -> Data {
        let stream = OutputStream.toMemory()
        stream.open()
        if options.byteOrderMark {
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            stream.write(bom, maxLength: bom.count)
        }
        let writer = try CSVWriter(stream: stream, delimiter: ",", newline: .crlf)
        try writer.write(row: Self.columns)
        for row in ReportRows(report).rows {
            try writer.write(row: row.fields)
        }
        writer.stream.write([0x0D, 0x0A], maxLength: 2)
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw BaoCaoError(.output, .csvNotProduced)
        }
        return data
    }
}
