import BaoCaoCore
import BaoCaoXML

/// Writes `word/footnotes.xml`: the separator and continuation notes, then the report's notes
/// numbered 1, 2, … in order of first reference.
struct FootnotesPart {
    /// The `w:id` of the separator note.
    static let separatorID = -1
    /// The `w:id` of the continuation separator note.
    static let continuationID = 0

    /// The notes in order; note `i` has `w:id` `i + 1`.
    var notes: [Footnote]

    /// The notes of `report` in order of first reference; references without a note are warned about.
    init(report: Report, log: DiagnosticLog) {
        var notes: [Footnote] = []
        let byID = report.footnotesByID
        for id in report.footnoteOrder {
            if let note = byID[id] {
                notes.append(note)
            } else {
                log.warning(.footnoteWithoutText(id), at: SourceLocation(file: "word/document.xml"))
            }
        }
        let referenced = Set(report.footnoteOrder)
        for note in report.footnotes where !referenced.contains(note.id) {
            log.warning(.footnoteNeverReferred(note.id), at: SourceLocation(file: "word/footnotes.xml"))
        }
        self.notes = notes
    }

    /// The footnote number of each identifier, for the body's references.
    var numbers: [String: Int] {
        Dictionary(notes.enumerated().map { ($1.id, $0 + 1) }, uniquingKeysWith: { first, _ in first })
    }

    /// Writes the part; the notes' content goes through `makeWriter`, which must not number references.
    func write(_ xml: XMLStreamWriter, makeWriter: (XMLStreamWriter) -> BodyWriter) throws {
        try xml.node("w:footnotes", WordNamespace.rootAttributes) {
            try separator(xml, id: Self.separatorID, type: "separator", mark: "w:separator")
            try separator(xml, id: Self.continuationID, type: "continuationSeparator", mark: "w:continuationSeparator")
            let body = makeWriter(xml)
            for (index, note) in notes.enumerated() {
                try xml.node("w:footnote", [("w:id", String(index + 1))]) {
                    try writeNote(note, body: body)
                }
            }
        }
    }

    private func writeNote(_ note: Footnote, body: BodyWriter) throws {
        let style = ParagraphProperties(style: StyleID.footnoteText)
        var rest = note.blocks[...]
        try body.xml.node("w:p") {
            try style.write(to: body.xml)
            var mark = RunProperties()
            mark.style = StyleID.footnoteReference
            try body.xml.node("w:r") {
                try mark.write(to: body.xml)
                try body.xml.node("w:footnoteRef")
            }
            try body.text(" ", run: RunProperties())
            if case .paragraph(let inlines) = rest.first {
                try body.inlines(inlines, run: RunProperties())
                rest = rest.dropFirst()
            }
        }
        if !rest.isEmpty {
            try body.blocks(Array(rest), style: StyleID.footnoteText, endsWithParagraph: true)
        }
    }

    private func separator(_ xml: XMLStreamWriter, id: Int, type: String, mark: String) throws {
        try xml.node("w:footnote", [("w:type", type), ("w:id", String(id))]) {
            try xml.node("w:p") {
                try ParagraphProperties().write(to: xml)
                try xml.node("w:r") { try xml.node(mark) }
            }
        }
    }
}
