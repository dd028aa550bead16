import CSV
import Foundation

/// Writes CSV rows with the bytes `CSVWriter(stream:delimiter:newline: .crlf).write(row:)` gives,
/// asking CSV.swift to write only the fields it has to quote.
///
/// CSV.swift decides whether to quote a field by asking five Foundation questions of it
/// (`String.contains` of a quote, the delimiter, CR, LF and CRLF), each of which bridges the field to
/// an `NSString` and searches it through CoreFoundation, then writes it a byte at a time: about
/// 30 000 instructions a field, most of what a statistics CSV costs. A field whose UTF-8 holds no
/// quote, CR, LF or delimiter byte can answer none of those questions with yes, so CSV.swift writes
/// its scalars unchanged, that is its UTF-8: such a field goes into the writer's stream as its
/// bytes, and so do the delimiters and the CRLF between rows (which CSV.swift writes as they are).
/// The rare field that has one of those bytes is asked CSV.swift's own five questions here; when
/// one says yes, `CSVWriter.write(field:quoted: true)` escapes and wraps it as it always does.
/// That writer is made with an empty delimiter and never begins a row, so it writes nothing but
/// the quoted field (its first field opens its first row, after which every field continues that
/// row behind an empty delimiter).
package final class CSVRunWriter {
    private let writer: CSVWriter
    private let delimiter: String
    private let delimiterBytes: [UInt8]
    /// Whether a row with a field has been written, so that the next one starts with CRLF.
    private var wroteRow = false

    /// A writer into `stream` (opened if it is not) with `delimiter` between fields and CRLF
    /// between rows.
    package init(stream: OutputStream, delimiter: String) throws {
        writer = try CSVWriter(stream: stream, delimiter: "", newline: .crlf)
        self.delimiter = delimiter
        delimiterBytes = Array(delimiter.utf8)
    }

    /// Writes one row of `fields`; a row without fields writes nothing (as CSV.swift's does).
    package func write(row fields: [String]) throws {
        guard !fields.isEmpty else { return }
        if wroteRow { try Self.crlf.withUnsafeBufferPointer(write) }
        wroteRow = true
        for (index, field) in fields.enumerated() {
            if index > 0 { try delimiterBytes.withUnsafeBufferPointer(write) }
            var bytes = field
            let plain = bytes.withUTF8 { !mayNeedQuotes($0) }
            if plain || !needsQuotes(field) {
                try bytes.withUTF8(write)
            } else {
                try writer.write(field: field, quoted: true)
            }
        }
    }

    private static let crlf: [UInt8] = [0x0D, 0x0A]

    /// Writes `bytes` into the writer's stream, throwing CSV.swift's error when it takes fewer.
    private func write(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        if writer.stream.write(start, maxLength: bytes.count) != bytes.count { throw CSVError.cannotWriteStream }
    }

    /// True when `field` (UTF-8) has a quote, CR, LF or the delimiter: only then can CSV.swift's
    /// questions find anything.
    private func mayNeedQuotes(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        let single = delimiterBytes.count == 1 ? delimiterBytes[0] : UInt8(ascii: "\"")
        if field.contains(where: { $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A || $0 == single }) { return true }
        guard delimiterBytes.count > 1 else { return false }
        return field.indices.contains { field[$0...].starts(with: delimiterBytes) }
    }

    /// CSV.swift's own test (`CSVWriter.write(field:quoted:)`), for the fields that may need quotes.
    private func needsQuotes(_ field: String) -> Bool {
        field.contains("\"") || field.contains(delimiter) || field.contains("\r") || field.contains("\n") || field.contains("\r\n")
    }
}
