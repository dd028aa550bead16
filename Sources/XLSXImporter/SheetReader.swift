import BaoCaoCore
import BaoCaoXML

/// Reads the rows of one worksheet part into cells.
struct SheetReader {
    let strings: [String]
    let dates: DateFormats
    let part: String
    let input: PackageInput

    private var main: String { SpreadsheetNamespace.main }

    func rows(_ root: XMLElementNode) throws -> [Spreadsheet.Row] {
        guard root.is(main, "worksheet"), let data = root.child(main, "sheetData") else {
            throw input.badPart(part, .spreadsheetProblem(.notAWorksheet))
        }
        var rows: [Spreadsheet.Row] = []
        var previousRow = 0
        for row in data.children(main, "row") {
            let number = row.attribute("", "r").flatMap(Int.init) ?? previousRow + 1
            guard number > previousRow else { throw input.badPart(part, .spreadsheetProblem(.rowOutOfOrder(number)), line: row.line) }
            previousRow = number
            var cells: [Spreadsheet.Cell] = []
            var previousColumn = -1
            for cell in row.children(main, "c") {
                var column = previousColumn + 1
                if let reference = cell.attribute("", "r") {
                    guard let parsed = CellReference.parse(reference), parsed.row == number else {
                        throw input.badPart(part, .spreadsheetProblem(.badCellReference(reference, row: number)), line: cell.line)
                    }
                    column = parsed.column
                }
                guard column > previousColumn else { throw input.badPart(part, .spreadsheetProblem(.cellsOutOfOrder(number)), line: cell.line) }
                previousColumn = column
                guard let content = try content(cell) else { continue }
                cells.append(Spreadsheet.Cell(column: column, row: number, reference: CellReference.reference(column: column, row: number), content: content))
            }
            if !cells.isEmpty { rows.append(Spreadsheet.Row(number: number, cells: cells)) }
        }
        return rows
    }

    /// What a `<c>` holds, or `nil` for an empty cell.
    private func content(_ cell: XMLElementNode) throws -> Spreadsheet.Cell.Content? {
        let type = cell.attribute("", "t") ?? "n"
        let value = cell.child(main, "v")?.textContent
        if type == "inlineStr" {
            return cell.child(main, "is").map { .text(Self.text($0)) }
        }
        guard let value, !value.isEmpty else {
            return cell.child(main, "f") != nil ? .formulaWithoutValue : nil
        }
        switch type {
        case "s":
            guard let index = Int(value), strings.indices.contains(index) else {
                throw input.badPart(part, .spreadsheetProblem(.missingSharedString(cell: cell.attribute("", "r") ?? "?", index: "\(value)")), line: cell.line)
            }
            return .text(strings[index])
        case "str": return .text(value)
        case "b": return .boolean(value == "1")
        case "e": return .error(value)
        case "d": return .date(String(value.prefix(10)))
        default:
            if let style = cell.attribute("", "s").flatMap(Int.init), dates.isDate(style: style), let date = DateFormats.isoDate(serial: value) {
                return .date(date)
            }
            return .number(value.trimmingCharacters(in: .whitespaces))
        }
    }

    /// The text of a string item (`<si>` or `<is>`): its `<t>`, or its runs' `<t>`s, phonetic guides left out.
    static func text(_ item: XMLElementNode) -> String {
        let main = SpreadsheetNamespace.main
        let raw = item.child(main, "t")?.textContent ?? item.children(main, "r").compactMap { $0.child(main, "t")?.textContent }.joined()
        return unescaped(raw).nfc
    }

    /// `text` with its `_xHHHH_` escapes (ECMA-376 ST_Xstring: "_x000D_" for a carriage return,
    /// "_x005F_" for "_") decoded.
    static func unescaped(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            out += rest[..<start.lowerBound]
            let hex = rest[start.upperBound...].prefix(5)
            if hex.count == 5, hex.last == "_", let code = UInt32(hex.dropLast(), radix: 16), let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
                rest = rest[rest.index(start.upperBound, offsetBy: 5)...]
            } else {
                out += "_x"
                rest = rest[start.upperBound...]
            }
        }
        return out + rest
    }
}
