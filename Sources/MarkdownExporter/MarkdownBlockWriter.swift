import BaoCaoCore

/// Writes blocks as CommonMark/GFM: paragraphs, `-` and `1.` lists, pipe tables, page breaks.
struct MarkdownBlockWriter {
    let log: DiagnosticLog

    /// One block, without surrounding blank lines.
    func render(_ block: Block) -> String {
        switch block {
        case .paragraph(let inlines): return MarkdownInlineWriter.renderParagraph(inlines)
        case .list(let list): return render(list)
        case .table(let table): return render(table)
        case .pageBreak: return MarkdownConventions.pageBreak
        }
    }

    /// A footnote definition: "[^id]: text", further blocks indented by four spaces.
    func renderFootnote(_ note: Footnote) -> String {
        let body = note.blocks.map(render).joined(separator: "\n\n")
        return "[^\(note.id)]: " + indent(body, by: 4)
    }

    private func render(_ list: ListBlock) -> String {
        let loose = list.items.contains { $0.count > 1 }
        let items = list.items.enumerated().map { offset, blocks -> String in
            let marker = list.isOrdered ? "\(list.start + offset). " : "- "
            let body = blocks.map(render).joined(separator: "\n\n")
            return marker + indent(body.isEmpty ? "" : body, by: marker.count)
        }
        return items.joined(separator: loose ? "\n\n" : "\n")
    }

    private func render(_ table: Table) -> String {
        let grid = table.grid()
        let columns = grid.first?.count ?? 0
        guard columns > 0 else { return "" }
        if table.rows.contains(where: { $0.cells.contains { $0.columnSpan > 1 || $0.rowSpan > 1 } }) {
            log.warning(.markdownMergedCells)
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

    private func indent(_ text: String, by width: Int) -> String {
        let pad = String(repeating: " ", count: width)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset == 0 || $0.element.isEmpty ? String($0.element) : pad + $0.element }
            .joined(separator: "\n")
    }
}
