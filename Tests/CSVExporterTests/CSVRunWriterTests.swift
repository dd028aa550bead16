import BaoCaoCore
import CSV
@testable import CSVExporter
import Foundation
import Testing

@Suite("CSV rows with only the fields to quote written by CSV.swift: the bytes of its own writer")
struct CSVRunWriterTests {
    /// Rows that start with nothing to write and with a field to quote, then the cases below.
    private static let quotedFirst: [[String]] = [[], ["\"đầu\"", "a"], [], ["x\ny"], [""], ["b", "c;d"]]
    private static let cases: [[String]] = [
        ["Lĩnh vực", "STT", "Chỉ tiêu", "ĐVT"],
        [],
        [""],
        ["", ""],
        ["a", "", "b"],
        ["Tỷ lệ \"đúng hạn\"", "66,2%", "x;y", "dòng 1\ndòng 2", "cr\rlf", "crlf\r\n", "d01.nv"],
        ["\"", ",", ";", "\n", "\r\n"],
        ["giữa", "a\"\u{301}b", ";\u{301}", ",\u{301}", "cuối"],
        ["Sở số 1 của tỉnh Cao Bằng", "I.1", "Giá trị thực hiện", "tỷ đồng", "13,001", "", "d01.gia_tri", "2023-05/d01.yaml", "4"],
    ]

    private func bytes(_ write: (OutputStream) throws -> Void) rethrows -> [UInt8] {
        let stream = MemoryOutputStream()
        stream.open()
        try write(stream)
        stream.close()
        return stream.bytes
    }

    @Test(arguments: [",", ";"], [cases, quotedFirst + cases])
    func sameBytesAsCSVWriter(delimiter: String, rows: [[String]]) throws {
        let expected = try bytes { stream in
            let writer = try CSVWriter(stream: stream, delimiter: delimiter, newline: .crlf)
            for row in rows { try writer.write(row: row) }
        }
        let written = try bytes { stream in
            let writer = try CSVRunWriter(stream: stream, delimiter: delimiter)
            for row in rows { try writer.write(row: row) }
        }
        #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        #expect(written == expected)
    }
}
