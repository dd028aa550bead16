import BaoCaoCore
import BaoCaoXML

extension ContentWriter {
    /// Writes sections depth-first: each heading as `text:h` at its outline level, then its blocks.
    func writeSections(_ sections: [Section], depth: Int) throws {
        for section in sections {
            let kind = HeadingKind.of(section, depth: depth)
            try xml.element("text:h", ["text:style-name": kind.styleName, "text:outline-level": "\(kind.rawValue)"]) {
                atLineStart = true
                if let number = section.number, !number.isEmpty {
                    try writeText(section.title.isEmpty ? number : number + " ")
                }
                try writeInlines(section.title, upperCase: kind.isUpperCase)
            }
            for block in section.blocks { try writeBlock(block, context: .body) }
            try writeSections(section.subsections, depth: depth + 1)
        }
    }

    /// Writes one block in a context (body, footnote or table cell).
    func writeBlock(_ block: Block, context: Context) throws {
        switch block {
        case .paragraph(let inlines):
            try paragraph(paragraphStyle(context)) { try writeInlines(inlines) }
        case .list(let list):
            try writeList(list, context: context)
        case .table(let table):
            try writeTable(table)
        case .pageBreak:
            if case .body = context { try paragraph(StyleName.pageBreak) }
        }
    }

    /// The paragraph style of running text in a context.
    func paragraphStyle(_ context: Context) -> String {
        switch context {
        case .body: return StyleName.body
        case .note: return StyleName.footnote
        case .cell(_, heading: true): return StyleName.tableHeading
        case .cell(.left?, _): return StyleName.cellLeft
        case .cell(.center?, _): return StyleName.cellCentre
        case .cell(.right?, _): return StyleName.cellRight
        case .cell(nil, _): return StyleName.tableText
        }
    }

    /// Writes a list with its named list style (the compact one in cells and footnotes); nested
    /// lists take the next level of their own style.
    ///
    /// ODF list items hold paragraphs and lists only, so a table inside an item is written as
    /// one paragraph per row, cells separated by tabs, with a warning.
    private func writeList(_ list: ListBlock, context: Context) throws {
        let itemStyle: String
        let listStyle: String
        if case .body = context {
            itemStyle = StyleName.listItem
            listStyle = list.isOrdered ? StyleName.numberedList : StyleName.bulletList
        } else {
            itemStyle = paragraphStyle(context)
            listStyle = list.isOrdered ? StyleName.compactNumberedList : StyleName.compactBulletList
        }
        try xml.element("text:list", ["text:style-name": listStyle]) {
            for (index, item) in list.items.enumerated() {
                try xml.startElement("text:list-item")
                if index == 0, list.isOrdered, list.start != 1 {
                    try xml.attribute("text:start-value", "\(list.start)")
                }
                if item.isEmpty { try paragraph(itemStyle) }
                for block in item {
                    switch block {
                    case .paragraph(let inlines):
                        try paragraph(itemStyle) { try writeInlines(inlines) }
                    case .list(let nested):
                        try writeList(nested, context: context)
                    case .table(let table):
                        log.warning(.tableInList,
                                    at: SourceLocation(file: "content.xml"))
                        for row in table.rows {
                            try paragraph(itemStyle) {
                                for (cellIndex, cell) in row.cells.enumerated() {
                                    if cellIndex > 0 { try xml.element("text:tab") }
                                    try writeText(cell.blocks.map(\.plainText).joined(separator: " "))
                                }
                            }
                        }
                    case .pageBreak:
                        break
                    }
                }
                try xml.endElement()
            }
        }
    }

    /// Writes a bordered table: caption, columns, header rows (repeated on every page) and
    /// merged cells as spans over `table:covered-table-cell`s.
    private func writeTable(_ table: Table) throws {
        if let caption = table.caption, !caption.isEmpty {
            try paragraph(StyleName.tableCaption) { try writeInlines(caption) }
        }
        let grid = table.grid()
        guard let width = grid.first?.count, width > 0 else { return }
        tableCount += 1
        try xml.element("table:table", ["table:name": "Bảng \(tableCount)", "table:style-name": StyleName.bodyTable]) {
            for columnWidth in ContentWriter.columnWidths(of: table, textWidth: layout.textWidth) {
                let key = ODFLength.cm(columnWidth)
                try xml.element("table:table-column", ["table:style-name": columnStyles[key] ?? key])
            }
            let headerRows = min(max(table.headerRowCount, 0), grid.count)
            if headerRows > 0 {
                try xml.element("table:table-header-rows") {
                    for row in 0..<headerRows { try writeRow(table, grid: grid, row: row, heading: true) }
                }
            }
            for row in headerRows..<grid.count { try writeRow(table, grid: grid, row: row, heading: false) }
        }
    }

    private func writeRow(_ table: Table, grid: [[GridSlot]], row: Int, heading: Bool) throws {
        try xml.element("table:table-row", ["table:style-name": StyleName.unbrokenRow]) {
            for slot in grid[row] {
                switch slot {
                case .origin(let originRow, let index):
                    let cell = table.rows[originRow].cells[index]
                    let rowSpan = min(cell.rowSpan, grid.count - originRow)
                    var attributes = [("table:style-name", StyleName.borderedCell), ("office:value-type", "string")]
                    if cell.columnSpan > 1 { attributes.append(("table:number-columns-spanned", "\(cell.columnSpan)")) }
                    if rowSpan > 1 { attributes.append(("table:number-rows-spanned", "\(rowSpan)")) }
                    try xml.element("table:table-cell", attributeList: attributes) {
                        let context = Context.cell(alignment: cell.alignment, heading: heading)
                        if cell.blocks.isEmpty { try paragraph(paragraphStyle(context)) }
                        for block in cell.blocks { try writeBlock(block, context: context) }
                    }
                case .coveredHorizontally, .coveredVertically, .coveredBoth:
                    try xml.element("table:covered-table-cell")
                case .empty:
                    try xml.element("table:table-cell", ["table:style-name": StyleName.borderedCell, "office:value-type": "string"]) {
                        try paragraph(paragraphStyle(.cell(alignment: nil, heading: heading)))
                    }
                }
            }
        }
    }
}
