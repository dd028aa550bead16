import BaoCaoCore
import BaoCaoXML
import Foundation

/// Reads a department's section written in Word or LibreOffice (`.docx`) into a ``Report``.
///
/// The package is opened with `SafeZipReader` and every part parsed with `SafeXMLReader`, so a
/// broken or hostile file is refused with a clear error before any output is written. What is
/// read and what is skipped is listed in `docs/importers.md`.
public struct DOCXImporter: Importer {
    /// Creates the importer.
    public init() {}

    public var info: FormatInfo {
        FormatInfo(name: .docx, extensions: ["docx"], summary: "Word document (Office Open XML); read safely")
    }

    public func importReport(from data: Data, source: String, log: DiagnosticLog) throws -> Report {
        let package = try DOCXPackage(data: data, source: source)
        guard let document = try package.xml(package.documentPart) else {
            throw package.input.unreadable(.missingPart(package.documentPart))
        }
        guard document.is(WordNamespace.w, "document"), let body = document.child(WordNamespace.w, "body") else {
            throw package.input.badPart(
                package.documentPart, .notADocumentPart("WordprocessingML", root: "w:document/w:body"), line: document.line)
        }
        let styles = try package.relatedPart("styles").flatMap(package.xml).map(WordStyles.init) ?? WordStyles()
        let skipped = SkippedContentLog(file: source)
        var numbering = WordNumbering()
        if let part = package.relatedPart("numbering"), let root = try package.xml(part) {
            numbering = WordNumbering(root, part: part, skipped: skipped)
        }
        var notes: [String: (element: XMLElementNode, part: String)] = [:]
        for (kind, element, prefix) in [("footnotes", "footnote", "fn"), ("endnotes", "endnote", "en")] {
            guard let part = package.relatedPart(kind), let root = try package.xml(part) else { continue }
            for note in root.children(WordNamespace.w, element) {
                guard let id = note.attribute(WordNamespace.w, "id") else { continue }
                let type = note.attribute(WordNamespace.w, "type") ?? "normal"
                if type == "normal" { notes[prefix + id] = (note, part) }
            }
        }
        let reader = WordBodyReader(styles: styles, numbering: numbering, notes: notes, skipped: skipped, part: package.documentPart)
        let (preamble, sections) = reader.body(body)
        skipped.flush(into: log)
        return Report(preamble: preamble, sections: sections, footnotes: reader.footnotes)
    }
}
