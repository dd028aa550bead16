import BaoCaoCore
import Foundation
import Mustache

/// Fills narrative templates with figures (swift-mustache) and turns the result into report blocks.
struct NarrativeRenderer {
    /// The figures and period values templates can use.
    var context: TemplateContext
    /// The formats, for reading Markdown narrative.
    var registry: FormatRegistry

    /// Fills `template`'s placeholders; reports unknown placeholders and syntax errors at `location`.
    /// A placeholder naming a figure that was sent but could not be read leaves the template
    /// unfilled without an error here: the figure's own error, at the department's file, says it.
    func fill(_ template: String, at location: SourceLocation, log: DiagnosticLog) -> String? {
        var ok = true
        for name in Self.placeholders(in: template) where !context.names.contains(name.path) {
            ok = false
            if context.namesUnreadableFigure(name.path) { continue }
            log.error(.unknownPlaceholder(name.written, reason: context.explain(name.path)), at: location)
        }
        for name in Self.placeholders(in: template) {
            if let filter = name.filter, !TemplateValue.filterNames.contains(filter) {
                log.error(.unknownFilter(filter, in: name.written, known: TemplateValue.filterNames.sorted()), at: location)
                ok = false
            }
        }
        guard ok else { return nil }
        do {
            let parsed = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + template)
            return parsed.render(context.root).nfc
        } catch {
            log.error(.templateSyntax("\(error)"), at: location)
            return nil
        }
    }

    /// The departments a template's placeholders refer to (the first part of each name).
    static func departments(in template: String) -> Set<String> {
        Set(placeholders(in: template).compactMap { name in
            let head = name.path.split(separator: ".").first.map(String.init)
            return head == "ky" ? nil : head
        })
    }

    /// Plain narrative text as blocks: paragraphs split at blank lines, lines starting "- " as a
    /// bulleted list, `[^id]` as references to `notes` (renamed with `prefix` to keep them unique).
    func textBlocks(_ text: String, notes: [Narrative.Note], prefix: String, at location: SourceLocation,
                    log: DiagnosticLog) -> (blocks: [Block], footnotes: [Footnote]) {
        var blocks: [Block] = []
        var footnotes: [Footnote] = []
        for chunk in Self.paragraphs(text) {
            let lines = chunk.components(separatedBy: "\n")
            if lines.allSatisfy({ $0.hasPrefix("- ") }) {
                let items = lines.map { [Block.paragraph(Self.inlines(String($0.dropFirst(2)), prefix: prefix))] }
                blocks.append(.list(ListBlock(items: items)))
            } else {
                blocks.append(.paragraph(Self.inlines(lines.joined(separator: " "), prefix: prefix)))
            }
        }
        for note in notes {
            guard let filled = fill(note.text, at: location, log: log) else { continue }
            let content = Self.paragraphs(filled).map { Block.paragraph(Self.inlines($0.replacingOccurrences(of: "\n", with: " "), prefix: prefix)) }
            footnotes.append(Footnote(id: prefix + note.id, blocks: content))
        }
        return (blocks, footnotes)
    }

    /// Markdown narrative as blocks, read by the registry's Markdown importer; footnotes renamed with `prefix`.
    func markdownBlocks(_ text: String, prefix: String, at location: SourceLocation,
                        log: DiagnosticLog) -> (blocks: [Block], footnotes: [Footnote]) {
        do {
            let importer = try registry.importer(.markdown)
            let report = try importer.importReport(from: Data(text.utf8), source: location.file, log: log)
            var blocks = report.preamble
            report.forEachSection { section, _ in blocks += section.blocks }
            let renamed = blocks.map { $0.renamingFootnoteReferences { prefix + $0 } }
            let notes = report.footnotes.map { note in Footnote(id: prefix + note.id, blocks: note.blocks.map { $0.renamingFootnoteReferences { prefix + $0 } }) }
            return (renamed, notes)
        } catch let error as BaoCaoError {
            log.error(error.message, at: error.location ?? location)
        } catch {
            log.error(.unreadableMarkdown("\(error)"), at: location)
        }
        return ([], [])
    }

    // MARK: - Helpers

    /// A placeholder as written, the figure path it names and the filter applied.
    struct Placeholder {
        var written: String
        var path: String
        var filter: String?
    }

    private static let tag = try! NSRegularExpression(pattern: #"\{\{\{?\s*([#^/&]?)\s*([^{}!%>=]*?)\s*\}?\}\}"#)

    static func placeholders(in template: String) -> [Placeholder] {
        let range = NSRange(template.startIndex..., in: template)
        return tag.matches(in: template, range: range).compactMap { match in
            guard let r = Range(match.range(at: 2), in: template) else { return nil }
            let written = String(template[r])
            guard !written.isEmpty, written != "." else { return nil }
            if let open = written.firstIndex(of: "("), written.hasSuffix(")") {
                let filter = String(written[..<open])
                let path = String(written[written.index(after: open)..<written.index(before: written.endIndex)])
                return Placeholder(written: written, path: path, filter: filter)
            }
            return Placeholder(written: written, path: written, filter: nil)
        }
    }

    private static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .split(separator: "", omittingEmptySubsequences: true).map { $0.joined(separator: "\n") }
    }

    private static let noteMark = try! NSRegularExpression(pattern: #"\[\^([^\]\s]+)\]"#)

    private static func inlines(_ text: String, prefix: String) -> [Inline] {
        var out: [Inline] = []
        var cursor = text.startIndex
        for match in noteMark.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let whole = Range(match.range, in: text), let id = Range(match.range(at: 1), in: text) else { continue }
            if cursor < whole.lowerBound { out.append(.text(String(text[cursor..<whole.lowerBound]))) }
            out.append(.footnoteReference(prefix + text[id]))
            cursor = whole.upperBound
        }
        if cursor < text.endIndex { out.append(.text(String(text[cursor...]))) }
        return out
    }
}
