import BaoCaoCore
import Foundation

/// Reads Markdown (CommonMark with GFM tables, strikethrough and `[^n]` footnotes, parsed by
/// cmark-gfm) with an optional YAML front matter into a ``Report``.
///
/// Besides BaoCao's own canonical Markdown it reads a legacy report like the seed, which came out
/// of a PDF (see ``LegacyLayoutReader``). Conventions: `docs/formats.md`.
public struct MarkdownImporter: Importer {
    /// Creates the importer.
    public init() {}

    public var info: FormatInfo {
        FormatInfo(name: .markdown, extensions: ["md", "markdown", "txt"], summary: "Markdown with a YAML front matter (CommonMark + GFM)")
    }

    public func importReport(from data: Data, source: String, log: DiagnosticLog) throws -> Report {
        let text = try TextDecoding.text(data, source: source, log: log)
        let (yaml, body, offset) = FrontMatterReader.split(text)
        var report = Report()
        var isCanonical = false
        if let yaml {
            isCanonical = try FrontMatterReader(source: source, log: log).apply(yaml, to: &report)
        }
        try MarkdownInputLimits.checkLines(body, source: source, lineOffset: offset)
        let document = CmarkDocument(parsing: body)
        try MarkdownInputLimits.checkNesting(document, source: source, lineOffset: offset)
        var items = MarkdownTreeReader(source: source, lineOffset: offset, log: log).items(of: document.node)
        if !isCanonical {
            // Only text that is not BaoCao's own output is searched for a printed layout.
            let legacy = LegacyLayoutReader(source: source, log: log).read(items)
            items = legacy.items
            if report.subject.isEmpty, let type = legacy.documentType {
                report.documentType = type
                report.subject = legacy.subject ?? ""
            }
            if report.distribution.isEmpty, let distribution = legacy.distribution { report.distribution = distribution }
            if report.signature.isEmpty, let signature = legacy.signature { report.signature = signature }
        }
        let tree = SectionTreeBuilder(source: source, log: log).build(items)
        report.preamble = tree.preamble
        report.sections = tree.sections
        report.annexes = tree.annexes
        report.footnotes = items.compactMap { item in
            guard case .footnote(let id, let blocks, _) = item else { return nil }
            return Footnote(id: id, blocks: blocks)
        }
        reportDanglingReferences(report, source: source, log: log)
        return report
    }

    private func reportDanglingReferences(_ report: Report, source: String, log: DiagnosticLog) {
        let known = Set(report.footnotes.map(\.id))
        for id in report.footnoteOrder where !known.contains(id) {
            log.warning(.undefinedFootnote(id), at: SourceLocation(file: source))
        }
    }
}
