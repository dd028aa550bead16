import BaoCaoCore
import BaoCaoXML

/// Reads the rows of one worksheet part into cells, node by node from a ``SafeXMLStream``: the
/// sheet is never held as a tree, only the cells that hold something are kept.
struct SheetReader {
    let strings: [String]
    let dates: DateFormats
    let part: String
    let input: PackageInput

    /// The levels of the elements read in a worksheet part.
    private enum Level {
        static let worksheet = 1, sheetData = 2, row = 3, cell = 4, cellChild = 5
    }

    /// What one `<c>` holds, gathered while the stream is inside it.
    private struct CellNodes {
        var column: Int
        var reference: String?
        var type: String?
        var style: String?
        var line: Int
        var value: String?
        var hasFormula = false
        var inline: StringItemText?
        var inValue = false
    }

    func rows(_ stream: SafeXMLStream) throws -> [Spreadsheet.Row] {
        let main = SpreadsheetNamespace.main
        var rows: [Spreadsheet.Row] = []
        var previousRow = 0
        var rowNumber = 0
        var cells: [Spreadsheet.Cell] = []
        var previousColumn = -1
        var cell: CellNodes?
        var inSheetData = false
        var sawSheetData = false
        while let node = try stream.next() {
            let level = stream.depth
            switch node {
            case .start:
                if level == Level.worksheet {
                    guard stream.name.is(main, "worksheet") else { throw input.badPart(part, .spreadsheetProblem(.notAWorksheet)) }
                } else if level == Level.sheetData {
                    inSheetData = !sawSheetData && stream.name.is(main, "sheetData")
                    sawSheetData = sawSheetData || inSheetData
                } else if !inSheetData {
                    continue
                } else if level == Level.row, stream.name.is(main, "row") {
                    rowNumber = stream.attribute("r").flatMap(Int.init) ?? previousRow + 1
                    guard rowNumber > previousRow else { throw input.badPart(part, .spreadsheetProblem(.rowOutOfOrder(rowNumber)), line: stream.line) }
                    previousRow = rowNumber
                    previousColumn = -1
                } else if level == Level.cell, stream.name.is(main, "c") {
                    var column = previousColumn + 1
                    let reference = stream.attribute("r")
                    if let reference {
                        guard let parsed = CellReference.parse(reference), parsed.row == rowNumber else {
                            throw input.badPart(part, .spreadsheetProblem(.badCellReference(reference, row: rowNumber)), line: stream.line)
                        }
                        column = parsed.column
                    }
                    guard column > previousColumn else { throw input.badPart(part, .spreadsheetProblem(.cellsOutOfOrder(rowNumber)), line: stream.line) }
                    previousColumn = column
                    cell = CellNodes(column: column, reference: reference, type: stream.attribute("t"), style: stream.attribute("s"), line: stream.line)
                } else if level == Level.cellChild, cell != nil {
                    if stream.name.is(main, "v"), cell?.value == nil {
                        cell?.inValue = true
                        cell?.value = ""
                    } else if stream.name.is(main, "f") {
                        cell?.hasFormula = true
                    } else if stream.name.is(main, "is"), cell?.inline == nil {
                        cell?.inline = StringItemText(level: Level.cellChild)
                    }
                } else if level > Level.cellChild {
                    cell?.inline?.start(stream)
                }
            case .text:
                guard inSheetData, cell != nil else { continue }
                if cell?.inValue == true {
                    cell?.value? += stream.text
                } else if level > Level.cellChild {
                    cell?.inline?.text(stream)
                }
            case .end:
                guard inSheetData else { continue }
                if level == Level.sheetData {
                    inSheetData = false
                } else if level == Level.row {
                    if !cells.isEmpty { rows.append(Spreadsheet.Row(number: rowNumber, cells: cells)) }
                    cells = []
                } else if level == Level.cell, let finished = cell {
                    cell = nil
                    if let content = try content(finished) {
                        cells.append(Spreadsheet.Cell(column: finished.column, row: rowNumber,
                                                      reference: CellReference.reference(column: finished.column, row: rowNumber), content: content))
                    }
                } else if level == Level.cellChild {
                    cell?.inValue = false
                } else if level > Level.cellChild {
                    cell?.inline?.end(stream)
                }
            }
        }
        guard sawSheetData else { throw input.badPart(part, .spreadsheetProblem(.notAWorksheet)) }
        return rows
    }

    /// What a `<c>` holds, or `nil` for an empty cell.
    private func content(_ cell: CellNodes) throws -> Spreadsheet.Cell.Content? {
        let type = cell.type ?? "n"
        if type == "inlineStr" {
            return cell.inline.map { .text($0.value) }
        }
        guard let value = cell.value, !value.isEmpty else {
            return cell.hasFormula ? .formulaWithoutValue : nil
        }
        switch type {
        case "s":
            guard let index = Int(value), strings.indices.contains(index) else {
                throw input.badPart(part, .spreadsheetProblem(.missingSharedString(cell: cell.reference ?? "?", index: "\(value)")), line: cell.line)
            }
            return .text(strings[index])
        case "str": return .text(value)
        case "b": return .boolean(value == "1")
        case "e": return .error(value)
        case "d": return .date(String(value.prefix(10)))
        default:
            if let style = cell.style.flatMap(Int.init), dates.isDate(style: style), let date = DateFormats.isoDate(serial: value) {
                return .date(date)
            }
            return .number(value.trimmedWhitespace)
        }
    }

}
