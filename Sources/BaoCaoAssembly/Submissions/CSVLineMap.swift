/// Where each record of a CSV text starts, in physical lines, and where a quote that is never
/// closed opened. CSV.swift gives the fields but no positions, and a quoted cell may span lines,
/// so the row index is not the line a clerk sees in the editor.
///
/// The scan follows the same rules as CSV.swift's reader (a quote opens a cell only at its
/// start; inside, `""` is a quote, and a quote followed by anything but the separator or a line
/// end keeps the cell open), on text whose line ends are LF (``TextDecoding``).
struct CSVLineMap {
    /// The 1-based line each record starts on, in record order.
    private(set) var recordLines: [Int] = []
    /// The line of the quote that opened a cell running to the end of the text, if any.
    private(set) var unclosedQuoteLine: Int?

    init(_ text: String, delimiter: UnicodeScalar) {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n")
        let separator = UInt8(truncatingIfNeeded: delimiter.value)
        var bytes = Array(text.utf8)[...]
        var line = 1
        var atFieldStart = true
        var quotedSince: Int?
        if !bytes.isEmpty { recordLines.append(1) }
        while let byte = bytes.popFirst() {
            if let opened = quotedSince {
                if byte == newline { line += 1 }
                guard byte == quote else { continue }
                let next = bytes.popFirst()
                switch next {
                case nil: quotedSince = nil
                case separator?: quotedSince = nil; atFieldStart = true
                case newline?:
                    quotedSince = nil
                    atFieldStart = true
                    line += 1
                    if !bytes.isEmpty { recordLines.append(line) }
                case quote?: continue
                default: quotedSince = opened
                }
                continue
            }
            if byte == quote, atFieldStart {
                quotedSince = line
            } else if byte == newline {
                line += 1
                atFieldStart = true
                if !bytes.isEmpty { recordLines.append(line) }
                continue
            }
            atFieldStart = byte == separator
        }
        unclosedQuoteLine = quotedSince
    }

    /// The line record `index` (0-based) starts on.
    func line(ofRecord index: Int) -> Int {
        index < recordLines.count ? recordLines[index] : (recordLines.last ?? 1)
    }
}
