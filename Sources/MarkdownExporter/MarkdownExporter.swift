import BaoCaoCore
import Foundation

/// Writes a ``Report`` as BaoCao's canonical Markdown: a YAML front matter with the header and
/// final block, the numbered sections as ATX headings, GFM tables and `[^n]` footnotes.
///
/// The Markdown importer reads this back to the same model, so converting the output again gives
/// identical bytes. Markdown cannot show merged table cells or more than one header row; such
/// tables are written flat with a warning. Conventions: `docs/formats.md`.
public struct MarkdownExporter: Exporter {
    /// Creates the exporter.
    public init() {}

    public var info: FormatInfo {
        FormatInfo(name: .markdown, extensions: ["md", "markdown"], summary: "canonical Markdown with a YAML front matter")
    }

    public func export(_ report: Report, options: ExportOptions, log: DiagnosticLog) throws -> Data {
        Data(try render(report, log: log).utf8)
    }

    /// The whole document as text, the statistical annex as the last annex's table.
    public func render(_ report: Report, log: DiagnosticLog) throws -> String {
        let report = report.printable(layout: PageLayout())
        var out = try FrontMatterWriter.render(report)
        let blocks = MarkdownBlockWriter(log: log)
        var chunks: [String] = report.preamble.map(blocks.render)
        report.forEachSection { section, depth in
            blocks.place = "mục “\(section.headingText)”"
            let heading = String(repeating: "#", count: min(depth, 6)) + " "
                + [section.number, MarkdownInlineWriter.render(section.title)].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            chunks.append(heading)
            chunks += section.blocks.map(blocks.render)
        }
        for (index, annex) in report.annexes.enumerated() {
            chunks.append("# \(OfficialText.annexHeading(index: index, of: report.annexes.count)): \(annex.title)")
            blocks.place = "\(OfficialText.annexHeading(index: index, of: report.annexes.count))"
            chunks += annex.blocks.map(blocks.render)
        }
        let referenced = report.footnoteOrder
        let referencedSet = Set(referenced)
        let unreferenced = report.footnotes.map(\.id).filter { !referencedSet.contains($0) }
        let notes = report.footnotesByID
        for id in referenced + unreferenced {
            guard let note = notes[id] else { continue }
            blocks.place = "chú thích [^\(id)]"
            chunks.append(blocks.renderFootnote(note))
        }
        if let first = blocks.mergedTables.first {
            log.warning(.markdownMergedCells(tables: blocks.mergedTables.count, first: first))
        }
        let body = chunks.filter { !$0.isEmpty }
        return body.isEmpty ? out : out + "\n" + body.joined(separator: "\n\n") + "\n"
    }
}
