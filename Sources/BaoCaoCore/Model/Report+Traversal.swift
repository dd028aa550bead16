/// Where a list of blocks sits in a report, as ``Report/forEachPart(includingFootnotes:_:)`` gives it.
public enum ReportPart: Sendable {
    /// The blocks before the first numbered section.
    case preamble
    /// A section (its title and blocks), with its depth: 1 for a top-level section.
    case section(Section, depth: Int)
    /// The annex at `index` in ``Report/annexes``.
    case annex(Annex, index: Int)
    /// A footnote's body.
    case footnote(Footnote)
}

/// The one walk of the model: every writer, numbering and check that visits a report's content
/// goes through these, so that they all see the same parts in the same order (section titles,
/// table captions and annexes included).
extension Report {
    /// Calls `body` with each part and its blocks in reading order: the preamble, the sections
    /// depth-first, the annexes, then (when `includingFootnotes`) the footnotes as stored.
    public func forEachPart(includingFootnotes: Bool = false, _ body: (ReportPart, [Block]) throws -> Void) rethrows {
        try body(.preamble, preamble)
        try forEachSection { section, depth in try body(.section(section, depth: depth), section.blocks) }
        for (index, annex) in annexes.enumerated() { try body(.annex(annex, index: index), annex.blocks) }
        if includingFootnotes {
            for note in footnotes { try body(.footnote(note), note.blocks) }
        }
    }

    /// Visits every section depth-first, with its depth (1 for top-level sections).
    public func forEachSection(_ body: (Section, Int) throws -> Void) rethrows {
        func visit(_ sections: [Section], depth: Int) throws {
            for section in sections {
                try body(section, depth)
                try visit(section.subsections, depth: depth + 1)
            }
        }
        try visit(sections, depth: 1)
    }

    /// Calls `body` with every block, nested ones included (list items, table cells), depth-first
    /// in reading order; footnote bodies last when `includingFootnotes`.
    public func forEachBlock(includingFootnotes: Bool = false, _ body: (Block) throws -> Void) rethrows {
        try forEachPart(includingFootnotes: includingFootnotes) { _, blocks in
            for block in blocks { try block.forEachBlock(body) }
        }
    }

    /// Calls `body` with every run of inline content in reading order: section titles, paragraphs
    /// and table captions, nested ones included; footnote bodies last when `includingFootnotes`.
    public func forEachInlineRun(includingFootnotes: Bool = false, _ body: ([Inline]) throws -> Void) rethrows {
        try forEachPart(includingFootnotes: includingFootnotes) { part, blocks in
            if case .section(let section, _) = part { try body(section.title) }
            for block in blocks { try block.forEachInlineRun(body) }
        }
    }

    /// The report with every run of inline content (section titles, paragraphs, table captions,
    /// in the body, the annexes and the footnotes) replaced by `transform`'s result.
    public func mappingInlineRuns(_ transform: ([Inline]) -> [Inline]) -> Report {
        func mapped(_ section: Section) -> Section {
            var copy = section
            copy.title = transform(section.title)
            copy.blocks = section.blocks.map { $0.mappingInlineRuns(transform) }
            copy.subsections = section.subsections.map(mapped)
            return copy
        }
        var copy = self
        copy.preamble = preamble.map { $0.mappingInlineRuns(transform) }
        copy.sections = sections.map(mapped)
        copy.annexes = annexes.map { Annex(title: $0.title, blocks: $0.blocks.map { $0.mappingInlineRuns(transform) }) }
        copy.footnotes = footnotes.map { Footnote(id: $0.id, blocks: $0.blocks.map { $0.mappingInlineRuns(transform) }) }
        return copy
    }

    /// Footnote identifiers in the order the body first refers to them (preamble, section titles and
    /// blocks, table captions, annexes); writers number notes 1, 2, … in this order. Notes never
    /// referred to are left out.
    public var footnoteOrder: [String] {
        var seen: Set<String> = []
        var order: [String] = []
        forEachInlineRun { run in
            for id in Inline.footnoteReferences(in: run) where seen.insert(id).inserted { order.append(id) }
        }
        return order
    }

    /// Looks a footnote up by its identifier (the first with it). Linear: a writer that looks up
    /// every note builds ``footnotesByID`` once instead.
    public func footnote(withID id: String) -> Footnote? {
        footnotes.first { $0.id == id }
    }

    /// The footnotes by identifier (the first with each), for lookups in constant time.
    public var footnotesByID: [String: Footnote] {
        Dictionary(footnotes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}

extension Block {
    /// Calls `body` with this block, then every block nested in it (list items, table cells), depth-first.
    public func forEachBlock(_ body: (Block) throws -> Void) rethrows {
        try body(self)
        switch self {
        case .list(let list):
            for item in list.items { for block in item { try block.forEachBlock(body) } }
        case .table(let table):
            for row in table.rows { for cell in row.cells { for block in cell.blocks { try block.forEachBlock(body) } } }
        case .paragraph, .pageBreak: break
        }
    }

    /// Calls `body` with every run of inline content in this block: a paragraph, a table's caption,
    /// and the runs of the blocks nested in it, in reading order.
    public func forEachInlineRun(_ body: ([Inline]) throws -> Void) rethrows {
        try forEachBlock { block in
            switch block {
            case .paragraph(let inlines): try body(inlines)
            case .table(let table): if let caption = table.caption { try body(caption) }
            case .list, .pageBreak: break
            }
        }
    }

    /// The block with every run of inline content (its own and its nested blocks') replaced by
    /// `transform`'s result.
    public func mappingInlineRuns(_ transform: ([Inline]) -> [Inline]) -> Block {
        switch self {
        case .paragraph(let content): return .paragraph(transform(content))
        case .list(var list):
            list.items = list.items.map { $0.map { $0.mappingInlineRuns(transform) } }
            return .list(list)
        case .table(var table):
            table.caption = table.caption.map(transform)
            table.rows = table.rows.map { row in
                TableRow(cells: row.cells.map { cell in
                    var cell = cell
                    cell.blocks = cell.blocks.map { $0.mappingInlineRuns(transform) }
                    return cell
                })
            }
            return .table(table)
        case .pageBreak: return self
        }
    }

    /// The block with every footnote reference renamed by `rename`.
    public func renamingFootnoteReferences(_ rename: (String) -> String) -> Block {
        mappingInlineRuns { Inline.renamingFootnoteReferences(in: $0, rename) }
    }
}

extension Inline {
    /// The footnote identifiers `inlines` refers to, in order, inside styled runs too.
    public static func footnoteReferences(in inlines: [Inline]) -> [String] {
        var out: [String] = []
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .footnoteReference(let id): out.append(id)
                case .styled(_, let children): visit(children)
                case .text, .lineBreak: break
                }
            }
        }
        visit(inlines)
        return out
    }

    /// `inlines` with every footnote reference renamed by `rename`, inside styled runs too.
    public static func renamingFootnoteReferences(in inlines: [Inline], _ rename: (String) -> String) -> [Inline] {
        inlines.map { inline in
            switch inline {
            case .footnoteReference(let id): return .footnoteReference(rename(id))
            case .styled(let style, let children): return .styled(style, renamingFootnoteReferences(in: children, rename))
            case .text, .lineBreak: return inline
            }
        }
    }
}
