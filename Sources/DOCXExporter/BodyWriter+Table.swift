import BaoCaoCore
import BaoCaoXML

extension BodyWriter {
    /// Writes a bordered body table across the text width: header rows repeat on each page and
    /// are bold and centred; merged cells become `w:gridSpan` and `w:vMerge`.
    func table(_ table: Table) throws {
        let grid = table.grid()
        guard let columnCount = grid.first?.count, columnCount > 0 else { return }
        try separateFromPreviousTable()
        if let caption = table.caption {
            var properties = ParagraphProperties(style: StyleID.centred)
            properties.keepNext = true
            properties.spacing = .init(before: WordUnits.twips(points: layout.paragraphSpacing))
            try paragraph(caption, properties, run: .sized(layout.bodySize, bold: true))
        }
        let widths = columnWidths(table, count: columnCount)
        try xml.node("w:tbl") {
            try xml.node("w:tblPr") {
                try xml.value("w:tblStyle", StyleID.tableGrid)
                try xml.node("w:tblW", [("w:w", String(widths.reduce(0, +))), ("w:type", "dxa")])
                try xml.value("w:jc", "center")
                try xml.node("w:tblLayout", [("w:type", "fixed")])
            }
            try xml.node("w:tblGrid") {
                for width in widths { try xml.node("w:gridCol", [("w:w", String(width))]) }
            }
            for (rowIndex, slots) in grid.enumerated() {
                let isHeader = rowIndex < table.headerRowCount
                try xml.node("w:tr") {
                    try xml.node("w:trPr") {
                        try xml.node("w:cantSplit")
                        if isHeader { try xml.node("w:tblHeader") }
                    }
                    var column = 0
                    while column < slots.count {
                        column += try cell(table, slots[column], column: column, widths: widths, isHeader: isHeader)
                    }
                }
            }
        }
        lastBlockWasTable = true
    }

    /// Writes the cell at one grid position and returns how many grid columns it took (0 is never returned).
    private func cell(_ table: Table, _ slot: GridSlot, column: Int, widths: [Int], isHeader: Bool) throws -> Int {
        switch slot {
        case .origin(let row, let index):
            let cell = table.rows[row].cells[index]
            let span = min(cell.columnSpan, widths.count - column)
            try xml.node("w:tc") {
                try cellProperties(widths[column..<column + span], span: span, merge: cell.rowSpan > 1 ? "restart" : nil)
                var run = RunProperties()
                run.bold = isHeader
                let alignment = cell.alignment.map(Self.alignment) ?? (isHeader ? "center" : nil)
                try blocks(cell.blocks, style: StyleID.tableText, run: run, alignment: alignment, endsWithParagraph: true)
            }
            return span
        case .coveredVertically(let row, let index):
            let span = min(table.rows[row].cells[index].columnSpan, widths.count - column)
            try xml.node("w:tc") {
                try cellProperties(widths[column..<column + span], span: span, merge: "continue")
                try paragraph([], ParagraphProperties(style: StyleID.tableText))
            }
            return span
        case .coveredHorizontally, .coveredBoth:
            // Reached only when a span was cut at the table's right edge: nothing left to cover.
            return 1
        case .empty:
            try xml.node("w:tc") {
                try cellProperties(widths[column..<column + 1], span: 1, merge: nil)
                try paragraph([], ParagraphProperties(style: StyleID.tableText))
            }
            return 1
        }
    }

    /// A cell's properties, which repeat down a column (``PropertyFragments``).
    private func cellProperties(_ widths: ArraySlice<Int>, span: Int, merge: String?) throws {
        let width = widths.reduce(0, +)
        try fragments.write(PropertyFragments.CellKey(width: width, span: span, merge: merge), to: xml) { xml in
            try xml.node("w:tcPr") {
                try xml.node("w:tcW", [("w:w", String(width)), ("w:type", "dxa")])
                if span > 1 { try xml.value("w:gridSpan", span) }
                if let merge { try xml.value("w:vMerge", merge) }
                try xml.value("w:vAlign", "center")
            }
        }
    }

    /// Column widths in twips that fill the text width, in the table's proportions (equal when none).
    private func columnWidths(_ table: Table, count: Int) -> [Int] {
        let total = WordUnits.twips(cm: layout.textWidth)
        let weights = table.columnWeights(count: count)
        let sum = weights.reduce(0, +)
        var widths = weights.map { Int((Double(total) * $0 / sum).rounded(.down)) }
        widths[widths.count - 1] += total - widths.reduce(0, +)
        return widths
    }

    private static func alignment(_ alignment: CellAlignment) -> String {
        switch alignment {
        case .left: return "left"
        case .center: return "center"
        case .right: return "right"
        }
    }
}

