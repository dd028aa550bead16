import BaoCaoCore
import BaoCaoXML

/// Reads the rows of one worksheet part into cells as a ``SafeXMLParser`` reads it (fed from the
/// zip inflater): the sheet is never held whole nor as a tree, only the cells that hold something
/// are kept.
final class SheetReader: SafeXMLHandler {
    private let strings: [String]
    private let dates: DateFormats
    private let part: String
    private let input: PackageInput

    /// The rows read, top to bottom.
    private(set) var rows: [Spreadsheet.Row] = []
    /// Whether the part had its `<sheetData>` (a worksheet without one is refused).
    private(set) var sawSheetData = false

    private var inSheetData = false
    private var previousRow = 0
    private var rowNumber = 0
    private var cells: [Spreadsheet.Cell] = []
    private var previousColumn = -1
    private var cell: CellNodes?

    init(strings: [String], dates: DateFormats, part: String, input: PackageInput) {
        self.strings = strings
        self.dates = dates
        self.part = part
        self.input = input
    }

    /// The levels of the elements read in a worksheet part.
    private enum Level {
        static let worksheet = 1, sheetData = 2, row = 3, cell = 4, cellChild = 5
    }

    /// What one `<c>` holds, gathered while the parser is inside it.
    private struct CellNodes {
        var column: Int
        /// The reference as the file writes it, if it does.
        var written: String?
        var reference: String
        var type: String?
        var style: String?
        var line: Int
        var value: [UInt8]?
        var hasFormula = false
        var inline: StringItemText?
        var inValue = false
    }

    func start(_ element: SafeXMLParser.Element) throws {
        let main = SpreadsheetNamespace.main
        let level = element.depth
        if level == Level.worksheet {
            guard element.name.is(main, "worksheet") else { throw input.badPart(part, .spreadsheetProblem(.notAWorksheet)) }
        } else if level == Level.sheetData {
            inSheetData = !sawSheetData && element.name.is(main, "sheetData")
            sawSheetData = sawSheetData || inSheetData
        } else if !inSheetData {
            return
        } else if level == Level.row, element.name.is(main, "row") {
            if let written = element.attribute("r") {
                guard let number = Int(written), CellReference.rows.contains(number) else {
                    throw input.badPart(part, .spreadsheetProblem(.badRowNumber(written)), line: element.line)
                }
                rowNumber = number
            } else {
                rowNumber = previousRow + 1
            }
            guard rowNumber > previousRow else { throw input.badPart(part, .spreadsheetProblem(.rowOutOfOrder(rowNumber)), line: element.line) }
            previousRow = rowNumber
            previousColumn = -1
        } else if level == Level.cell, element.name.is(main, "c") {
            var column = previousColumn + 1
            let written = element.attribute("r")
            if let written {
                guard let parsed = CellReference.parse(written), parsed.row == rowNumber else {
                    throw input.badPart(part, .spreadsheetProblem(.badCellReference(written, row: rowNumber)), line: element.line)
                }
                column = parsed.column
            }
            guard column > previousColumn else { throw input.badPart(part, .spreadsheetProblem(.cellsOutOfOrder(rowNumber)), line: element.line) }
            previousColumn = column
            // The written reference is kept when it is already in the usual form ("E9", not "E09").
            let reference = written.flatMap { Self.isCanonical($0) ? $0 : nil } ?? CellReference.reference(column: column, row: rowNumber)
            cell = CellNodes(column: column, written: written, reference: reference, type: element.attribute("t"),
                             style: element.attribute("s"), line: element.line)
        } else if level == Level.cellChild, cell != nil {
            if element.name.is(main, "v"), cell?.value == nil {
                cell?.inValue = true
                cell?.value = []
            } else if element.name.is(main, "f") {
                cell?.hasFormula = true
            } else if element.name.is(main, "is"), cell?.inline == nil {
                cell?.inline = StringItemText(level: Level.cellChild)
            }
        } else if level > Level.cellChild {
            cell?.inline?.start(element)
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>, depth: Int) {
        guard inSheetData, cell != nil else { return }
        if cell?.inValue == true {
            cell?.value?.append(contentsOf: bytes)
        } else if depth > Level.cellChild {
            cell?.inline?.text(bytes)
        }
    }

    func end(_ name: XMLName, depth level: Int) throws {
        guard inSheetData else { return }
        if level == Level.sheetData {
            inSheetData = false
        } else if level == Level.row {
            if !cells.isEmpty { rows.append(Spreadsheet.Row(number: rowNumber, cells: cells)) }
            cells = []
        } else if level == Level.cell, let finished = cell.take() {
            if let content = try content(finished) {
                cells.append(Spreadsheet.Cell(column: finished.column, row: rowNumber, reference: finished.reference, content: content))
            }
        } else if level == Level.cellChild {
            cell?.inValue = false
        } else if level > Level.cellChild {
            cell?.inline?.end(depth: level)
        }
    }

    /// Whether a reference that ``CellReference/parse(_:)`` accepted is written as
    /// ``CellReference/reference(column:row:)`` writes it: its row has no leading zero.
    private static func isCanonical(_ reference: String) -> Bool {
        reference.utf8.first { !(65...90).contains($0) } != UInt8(ascii: "0")
    }

    /// What a `<c>` holds, or `nil` for an empty cell.
    private func content(_ cell: CellNodes) throws -> Spreadsheet.Cell.Content? {
        let type = cell.type ?? "n"
        if type == "inlineStr" {
            return cell.inline.map { .text($0.value) }
        }
        guard let bytes = cell.value, !bytes.isEmpty else {
            return cell.hasFormula ? .formulaWithoutValue : nil
        }
        let value = String(decoding: bytes, as: UTF8.self)
        switch type {
        case "s":
            guard let index = Int(value), strings.indices.contains(index) else {
                throw input.badPart(part, .spreadsheetProblem(.missingSharedString(cell: cell.written ?? "?", index: "\(value)")), line: cell.line)
            }
            return .text(strings[index])
        case "str": return .text(value)
        case "b": return .boolean(value == "1")
        case "e": return .error(value)
        case "d": return .date(String(value.prefix(10)))
        default:
            if let style = cell.style.flatMap({ Int($0) }), dates.isDate(style: style), let date = DateFormats.isoDate(serial: value) {
                return .date(date)
            }
            return .number(value.trimmedWhitespace)
        }
    }
}
