import BaoCaoCore

/// Writes blocks as CommonMark/GFM: paragraphs, `-` and `1.` lists, pipe tables, page breaks.
///
/// Tables Markdown cannot show as they are (merged cells) are counted, with the place of the
/// first, for one warning per document (``mergedTables``).
final class MarkdownBlockWriter {
    /// Where the blocks being written are ("mục I.1. Công tác …"), for the warning.
    var place = "phần mở đầu"
    /// How many tables with merged cells were written flat, and where the first was.
    private(set) var mergedTables: (count: Int, first: String?) = (0, nil)
    let log: DiagnosticLog

    init(log: DiagnosticLog) { self.log = log }

    /// One block, without surrounding blank lines.
    func render(_ block: Block) -> String {
        var out = ""
        write(block, indent: "", into: &out)
        return out
    }

    /// A footnote definition: "[^id]: text", further blocks indented by four spaces.
    func renderFootnote(_ note: Footnote) -> String {
        var out = "[^\(note.id)]: "
        write(note.blocks, indent: "    ", into: &out)
        return out
    }

    /// Appends `block` to `out`, every line after the first starting with `indent` (blank lines
    /// stay empty). Nested lists pass a longer indent down instead of re-indenting their text, so
    /// the time is linear in the output whatever the depth.
    private func write(_ block: Block, indent: String, into out: inout String) {
        switch block {
        case .paragraph(let inlines): append(MarkdownInlineWriter.renderParagraph(inlines), indent: indent, into: &out)
        case .list(let list): write(list, indent: indent, into: &out)
        case .table(let table): append(render(table), indent: indent, into: &out)
        case .pageBreak: out += MarkdownConventions.pageBreak
        }
    }

    /// Appends blocks separated by blank lines.
    private func write(_ blocks: [Block], indent: String, into out: inout String) {
        for (index, block) in blocks.enumerated() {
            if index > 0 { out += "\n\n" + indent }
            write(block, indent: indent, into: &out)
        }
    }

    private func write(_ list: ListBlock, indent: String, into out: inout String) {
        let loose = list.items.contains { $0.count > 1 }
        for (offset, blocks) in list.items.enumerated() {
            if offset > 0 { out += (loose ? "\n\n" : "\n") + indent }
            let marker = list.isOrdered ? "\(list.start.addingReportingOverflow(offset).partialValue). " : "- "
            out += marker
            write(blocks, indent: indent + String(repeating: " ", count: marker.count), into: &out)
        }
    }

    /// Appends `text`, its lines after the first prefixed by `indent` unless empty.
    private func append(_ text: String, indent: String, into out: inout String) {
        guard !indent.isEmpty else {
            out += text
            return
        }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out += line.isEmpty ? "\n" : "\n" + indent }
            out += line
        }
    }

    private func render(_ table: Table) -> String {
        let grid = table.grid()
        let columns = grid.first?.count ?? 0
        guard columns > 0 else { return "" }
        if table.rows.contains(where: { $0.cells.contains { $0.columnSpan > 1 || $0.rowSpan > 1 } }) {
            mergedTables = (mergedTables.count + 1, mergedTables.first ?? place)
        }
        if table.headerRowCount > 1 {
            log.warning(.markdownHeaderRows(extra: table.headerRowCount - 1))
        }
        func text(_ slot: GridSlot) -> String {
            guard case .origin(let row, let index) = slot else { return "" }
            return table.rows[row].cells[index].blocks.map { block -> String in
                if case .paragraph(let inlines) = block { return MarkdownInlineWriter.render(inlines) }
                return MarkdownInlineWriter.render([.text(block.plainText)])
            }.joined(separator: "<br>")
        }
        func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        var alignments: [CellAlignment?] = Array(repeating: nil, count: columns)
        for row in grid {
            for (column, slot) in row.enumerated() where alignments[column] == nil {
                if case .origin(let r, let i) = slot { alignments[column] = table.rows[r].cells[i].alignment }
            }
        }
        let rule = alignments.map { alignment -> String in
            switch alignment {
            case .left?: return ":---"
            case .center?: return ":---:"
            case .right?: return "---:"
            case nil: return "---"
            }
        }
        var lines: [String] = []
        var body = grid[...]
        if table.headerRowCount > 0, let header = body.first {
            lines.append(line(header.map(text)))
            body = body.dropFirst()
        } else {
            lines.append(line(Array(repeating: "", count: columns)))
        }
        lines.append("|" + rule.joined(separator: "|") + "|")
        lines += body.map { line($0.map(text)) }
        if let caption = table.caption {
            lines.insert(MarkdownInlineWriter.renderParagraph(caption) + "\n", at: 0)
        }
        return lines.joined(separator: "\n")
    }
}
