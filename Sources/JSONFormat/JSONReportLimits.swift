import BaoCaoCore

/// Holds a decoded JSON report to ``ImportLimits``, as the other importers hold what a document
/// declares: a JSON file can declare a list starting at `Int.max`, lists nested far past Word's
/// levels or a cell spanning a billion columns as easily as a DOCX can.
struct JSONReportLimits {
    private var budget = TableBudget()
    private let skipped: SkippedContentLog

    /// The part name the warnings carry.
    private static let part = "JSON"

    private init(source: String) { skipped = SkippedContentLog(file: source) }

    /// `report` with list starts held to ``ImportLimits/startNumbers``, lists deeper than
    /// ``ImportLimits/listLevels`` made paragraphs of the enclosing item, tables clipped by a
    /// ``TableBudget`` and header rows held to the table; one warning per kind of change.
    static func hold(_ report: Report, source: String, log: DiagnosticLog) -> Report {
        var limits = JSONReportLimits(source: source)
        var held = report
        held.preamble = limits.blocks(report.preamble)
        held.sections = report.sections.map { limits.section($0) }
        held.annexes = report.annexes.map { Annex(title: $0.title, blocks: limits.blocks($0.blocks), issuer: $0.issuer) }
        held.footnotes = report.footnotes.map { Footnote(id: $0.id, blocks: limits.blocks($0.blocks)) }
        limits.skipped.flush(into: log)
        return held
    }

    private mutating func section(_ section: Section) -> Section {
        var held = section
        held.blocks = blocks(section.blocks)
        held.subsections = section.subsections.map { self.section($0) }
        return held
    }

    /// `blocks` held to the limits; `listLevel` is how many lists enclose them.
    private mutating func blocks(_ blocks: [Block], listLevel: Int = 0) -> [Block] {
        var out: [Block] = []
        for block in blocks {
            switch block {
            case .list(var list):
                let items = list.items.map { self.blocks($0, listLevel: listLevel + 1) }
                if listLevel >= ImportLimits.listLevels {
                    skipped.limit(.listLevel, part: Self.part, line: nil)
                    out += items.joined()
                    continue
                }
                list.items = items
                if let (held, clipped) = ImportLimits.number(String(list.start), in: ImportLimits.startNumbers), clipped {
                    skipped.limit(.startNumber(String(list.start), heldAt: held), part: Self.part, line: nil)
                    list.start = held
                }
                out.append(.list(list))
            case .table(let table):
                let skipped = skipped
                var held = budget.clip(table) { skipped.limit($0, part: Self.part, line: nil) }
                held.headerRowCount = min(max(held.headerRowCount, 0), held.rows.count)
                for r in held.rows.indices {
                    for c in held.rows[r].cells.indices {
                        held.rows[r].cells[c].blocks = self.blocks(held.rows[r].cells[c].blocks, listLevel: listLevel)
                    }
                }
                out.append(.table(held))
            case .paragraph, .pageBreak:
                out.append(block)
            }
        }
        return out
    }
}
