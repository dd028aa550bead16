import BaoCaoCore

/// Renames footnotes, so that notes gathered from many submissions get unique, tidy identifiers.
enum FootnoteNumbering {
    /// The report with its footnotes named "1", "2", … in the order the body first refers to them
    /// (``Report/footnoteOrder``: section titles, table captions and annexes included); notes
    /// nothing refers to are dropped.
    static func numbered(_ report: Report) -> Report {
        var order: [String: String] = [:]
        for id in report.footnoteOrder { order[id] = "\(order.count + 1)" }
        var result = report.mappingInlineRuns { Inline.renamingFootnoteReferences(in: $0) { order[$0] ?? $0 } }
        result.footnotes = result.footnotes.compactMap { note in
            order[note.id].map { Footnote(id: $0, blocks: note.blocks) }
        }.sorted { Int($0.id) ?? 0 < Int($1.id) ?? 0 }
        return result
    }
}
