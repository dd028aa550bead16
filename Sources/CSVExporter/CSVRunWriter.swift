import CSV
import Foundation

/// Writes CSV rows through CSV.swift's `CSVWriter` a run of fields at a time, with the bytes
/// `CSVWriter(stream:delimiter:newline:).write(row:)` gives.
///
/// CSV.swift decides whether to quote a field by asking five Foundation questions of it
/// (`String.contains` of a quote, the delimiter, CR, LF and CRLF), each of which bridges the field to
/// an `NSString` and searches it through CoreFoundation: about 30 000 instructions a field, most of
/// what a statistics CSV costs. A field without any of those bytes is written as it is, so a run
/// of such fields is joined with the delimiter and handed to the writer as one field: its
/// questions are then asked once a run, not once a field. For that the writer is made with an
/// empty delimiter (it writes the delimiters inside a run as text and finds none to quote for);
/// the rare field that has one of those bytes is asked CSV.swift's own five questions here and
/// handed over alone, with `quoted:` set to the answer, so that CSV.swift escapes and wraps it as
/// it always does.
struct CSVRunWriter {
    private let writer: CSVWriter
    private let delimiter: String
    private let delimiterBytes: [UInt8]

    /// A writer into `stream` (opened if it is not) with `delimiter` between fields and CRLF
    /// between rows.
    init(stream: OutputStream, delimiter: String) throws {
        writer = try CSVWriter(stream: stream, delimiter: "", newline: .crlf)
        self.delimiter = delimiter
        delimiterBytes = Array(delimiter.utf8)
    }

    /// Writes one row of `fields`.
    func write(row fields: [String]) throws {
        var pieces: [String] = []
        var quoted: [Bool] = []
        var run = ""
        var runStarted = false
        for (index, field) in fields.enumerated() {
            if index > 0 {
                run += delimiter
                runStarted = true
            }
            if mayNeedQuotes(field), needsQuotes(field) {
                if runStarted { pieces.append(run); quoted.append(false) }
                pieces.append(field)
                quoted.append(true)
                run = ""
                runStarted = false
            } else {
                run += field
                runStarted = true
            }
        }
        if runStarted { pieces.append(run); quoted.append(false) }
        try writer.write(row: pieces, quotedAtIndex: { quoted[$0] })
    }

    /// True when `field`'s UTF-8 has a quote, CR, LF or the delimiter: only then can CSV.swift's
    /// questions find anything.
    private func mayNeedQuotes(_ field: String) -> Bool {
        let single = delimiterBytes.count == 1 ? delimiterBytes[0] : UInt8(ascii: "\"")
        if field.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A || $0 == single }) { return true }
        guard delimiterBytes.count > 1 else { return false }
        let bytes = Array(field.utf8)
        return bytes.indices.contains { bytes[$0...].starts(with: delimiterBytes) }
    }

    /// CSV.swift's own test (`CSVWriter.write(field:quoted:)`), for the fields that may need quotes.
    private func needsQuotes(_ field: String) -> Bool {
        field.contains("\"") || field.contains(delimiter) || field.contains("\r") || field.contains("\n") || field.contains("\r\n")
    }
}
