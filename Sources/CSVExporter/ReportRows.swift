import BaoCaoCore
import Foundation

/// One CSV row: a table cell or a narrative figure.
struct CSVRow {
    var section: String
    var kind: String
    var table: String = ""
    var row: String = ""
    var column: String = ""
    var title: String = ""
    var printed: String
    var value: String
    var unit: String = ""
    var context: String = ""

    /// The fields in ``CSVExporter/columns`` order.
    var fields: [String] { [section, kind, table, row, column, title, printed, value, unit, context] }
}

/// Walks a report in reading order and lists its table cells and narrative figures.
struct ReportRows {
    private(set) var rows: [CSVRow] = []
    private var tableCount = 0

    /// The row kind of a table cell.
    static let tableKind = "bảng"
    /// The row kind of a figure in the text.
    static let figureKind = "số liệu"

    init(_ report: Report) {
        report.forEachPart { part, blocks in
            switch part {
            case .preamble: add(blocks, section: "")
            case .section(let section, _): add(blocks, section: section.headingText)
            case .annex(let annex, let index):
                add(blocks, section: "\(OfficialText.annexHeading(index: index, of: report.annexes.count)): \(annex.title)")
            case .footnote: break
            }
        }
        let notes = report.footnotesByID
        for id in report.footnoteOrder {
            if let note = notes[id] { add(note.blocks, section: "Chú thích \(id)") }
        }
    }

    private mutating func add(_ blocks: [Block], section: String) {
        for block in blocks {
            switch block {
            case .paragraph(let inlines): addFigures(Inline.plainText(inlines), section: section)
            case .list(let list): list.items.forEach { add($0, section: section) }
            case .table(let table): add(table, section: section)
            case .pageBreak: break
            }
        }
    }

    private mutating func addFigures(_ text: String, section: String) {
        for figure in NarrativeFigureScanner.figures(in: text) {
            rows.append(CSVRow(section: section, kind: Self.figureKind, printed: figure.printed, value: figure.value,
                               unit: figure.unit, context: figure.context))
        }
    }

    private mutating func add(_ table: Table, section: String) {
        tableCount += 1
        let grid = table.grid()
        func text(_ slot: GridSlot) -> String {
            switch slot {
            case .origin(let r, let i), .coveredHorizontally(let r, let i), .coveredVertically(let r, let i), .coveredBoth(let r, let i):
                return table.rows[r].cells[i].blocks.map(\.plainText).joined(separator: " ")
            case .empty: return ""
            }
        }
        let headers = (0..<(grid.first?.count ?? 0)).map { column in
            grid.prefix(table.headerRowCount).map { text($0[column]) }.reduce(into: [String]()) { names, name in
                if !name.isEmpty, names.last != name { names.append(name) }
            }.joined(separator: " / ")
        }
        for (r, row) in grid.enumerated() where r >= table.headerRowCount {
            let label = row.first.map(text) ?? ""
            for (c, slot) in row.enumerated() {
                guard case .origin = slot else { continue }
                let printed = text(slot)
                guard !printed.isEmpty else { continue }
                rows.append(CSVRow(section: section, kind: Self.tableKind, table: "\(tableCount)", row: "\(r + 1)", column: "\(c + 1)",
                                   title: headers[c], printed: printed, value: Self.machineValue(printed), context: c == 0 ? "" : label))
            }
        }
    }

    /// "3.384" → "3384", "66,2%" → "66.2"; empty for text that is not a number.
    static func machineValue(_ printed: String) -> String {
        let trimmed = printed.trimmingCharacters(in: .whitespaces)
        let number = trimmed.hasSuffix("%") ? String(trimmed.dropLast()).trimmingCharacters(in: .whitespaces) : trimmed
        guard let parsed = try? VietnameseNumberParser.parse(number) else { return "" }
        return "\(parsed.value)"
    }
}
