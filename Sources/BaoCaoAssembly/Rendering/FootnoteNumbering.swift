import BaoCaoCore

/// Renames footnotes, so that notes gathered from many submissions get unique, tidy identifiers.
enum FootnoteNumbering {
    /// The report with its footnotes named "1", "2", … in the order the body first refers to them;
    /// notes nothing refers to are dropped.
    static func numbered(_ report: Report) -> Report {
        var order: [String: String] = [:]
        func visit(_ block: Block) {
            _ = renaming(block) { id in
                if order[id] == nil { order[id] = "\(order.count + 1)" }
                return id
            }
        }
        report.preamble.forEach(visit)
        report.forEachSection { section, _ in section.blocks.forEach(visit) }
        var result = report
        result.preamble = report.preamble.map { renaming($0) { order[$0] ?? $0 } }
        result.sections = report.sections.map { renaming($0) { order[$0] ?? $0 } }
        result.footnotes = report.footnotes.compactMap { note in
            order[note.id].map { Footnote(id: $0, blocks: note.blocks.map { renaming($0) { order[$0] ?? $0 } }) }
        }.sorted { Int($0.id) ?? 0 < Int($1.id) ?? 0 }
        return result
    }

    /// The section with every footnote reference renamed by `rename`.
    static func renaming(_ section: Section, _ rename: (String) -> String) -> Section {
        var copy = section
        copy.blocks = section.blocks.map { renaming($0, rename) }
        copy.subsections = section.subsections.map { renaming($0, rename) }
        return copy
    }

    /// The block with every footnote reference renamed by `rename` (visited in reading order).
    static func renaming(_ block: Block, _ rename: (String) -> String) -> Block {
        func inline(_ value: Inline) -> Inline {
            switch value {
            case .footnoteReference(let id): return .footnoteReference(rename(id))
            case .styled(let style, let children): return .styled(style, children.map(inline))
            case .text, .lineBreak: return value
            }
        }
        switch block {
        case .paragraph(let content): return .paragraph(content.map(inline))
        case .list(var list):
            list.items = list.items.map { $0.map { renaming($0, rename) } }
            return .list(list)
        case .table(var table):
            table.rows = table.rows.map { row in
                TableRow(cells: row.cells.map { cell in
                    var cell = cell
                    cell.blocks = cell.blocks.map { renaming($0, rename) }
                    return cell
                })
            }
            return .table(table)
        case .pageBreak: return block
        }
    }
}
