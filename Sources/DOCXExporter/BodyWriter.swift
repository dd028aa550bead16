import BaoCaoCore
import BaoCaoXML

/// Writes blocks and inlines as WordprocessingML paragraphs, lists and tables into one part.
final class BodyWriter {
    /// The part being written.
    let xml: XMLStreamWriter
    /// Sizes and indents.
    let layout: PageLayout
    /// List instances, shared by the document and the footnotes.
    let numbering: ListNumbering
    /// Footnote numbers by identifier; `nil` inside the notes themselves, where no note can be referenced.
    let footnoteNumbers: [String: Int]?
    /// Where warnings go.
    let log: DiagnosticLog
    /// True when the last thing written was a table: a table that follows needs a paragraph
    /// between (Word would merge the two), and so does the end of a cell or note.
    var lastBlockWasTable = false
    /// The properties elements written so far, written again from their bytes.
    let fragments = PropertyFragments()

    /// Creates a writer for one part.
    init(xml: XMLStreamWriter, layout: PageLayout, numbering: ListNumbering, footnoteNumbers: [String: Int]?, log: DiagnosticLog) {
        self.xml = xml
        self.layout = layout
        self.numbering = numbering
        self.footnoteNumbers = footnoteNumbers
        self.log = log
    }

    // MARK: Paragraphs and runs

    /// Writes one paragraph of inlines with `run` as the base character formatting.
    func paragraph(_ inlines: [Inline], _ properties: ParagraphProperties, run: RunProperties = RunProperties()) throws {
        try xml.node("w:p") {
            try fragments.write(properties, to: xml)
            try self.inlines(inlines, run: run)
        }
        lastBlockWasTable = false
    }

    /// Writes an empty paragraph between two tables, so that they stay two tables.
    func separateFromPreviousTable() throws {
        if lastBlockWasTable { try paragraph([], ParagraphProperties(style: StyleID.normal)) }
    }

    /// Writes one paragraph holding plain text.
    func paragraph(text: String, _ properties: ParagraphProperties, run: RunProperties = RunProperties()) throws {
        try paragraph(text.isEmpty ? [] : [.text(text)], properties, run: run)
    }

    /// Writes inlines as runs, nesting styles into the run properties.
    func inlines(_ inlines: [Inline], run: RunProperties) throws {
        for inline in inlines {
            switch inline {
            case .text(let text): try self.text(text, run: run)
            case .styled(let style, let children): try self.inlines(children, run: run.adding(style))
            case .lineBreak:
                try xml.node("w:r") {
                    try fragments.write(run, to: xml)
                    try xml.node("w:br")
                }
            case .footnoteReference(let id): try footnoteReference(id, run: run)
            }
        }
    }

    /// Writes a run of text; tabs become `w:tab`, newlines `w:br`.
    func text(_ text: String, run: RunProperties) throws {
        try xml.node("w:r") {
            try fragments.write(run, to: xml)
            // Tabs and line breaks are elements of their own in WordprocessingML; the text between
            // them goes into w:t runs. Scanning the UTF-8 bytes keeps this linear and cheap.
            var start = text.utf8.startIndex
            var index = start
            func flush(upTo end: String.Index) throws {
                guard start < end else { return }
                try xml.node("w:t", [("xml:space", "preserve")]) { try xml.text(String(text[start..<end])) }
            }
            while index < text.utf8.endIndex {
                let byte = text.utf8[index]
                if byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    try flush(upTo: index)
                    try xml.node(byte == 0x09 ? "w:tab" : "w:br")
                    var next = text.utf8.index(after: index)
                    if byte == 0x0D, next < text.utf8.endIndex, text.utf8[next] == 0x0A { next = text.utf8.index(after: next) }
                    start = next
                    index = next
                } else {
                    index = text.utf8.index(after: index)
                }
            }
            try flush(upTo: text.utf8.endIndex)
        }
    }

    private func footnoteReference(_ id: String, run: RunProperties) throws {
        guard let footnoteNumbers else {
            log.warning(.nestedFootnote(id), at: SourceLocation(file: "word/footnotes.xml"))
            return
        }
        // A reference without a note was already reported with the footnotes.
        guard let number = footnoteNumbers[id] else { return }
        var mark = run
        mark.style = StyleID.footnoteReference
        mark.verticalAlign = nil
        try xml.node("w:r") {
            try mark.write(to: xml)
            try xml.node("w:footnoteReference", [("w:id", String(number))])
        }
    }

    // MARK: Blocks

    /// Writes blocks with `style` for their paragraphs; lists nest from `listLevel`.
    ///
    /// `endsWithParagraph` adds an empty paragraph when the blocks are empty or end with a table,
    /// as table cells and notes require.
    func blocks(
        _ blocks: [Block], style: String, run: RunProperties = RunProperties(), alignment: String? = nil,
        listLevel: Int = 0, endsWithParagraph: Bool = false
    ) throws {
        for block in blocks {
            switch block {
            case .paragraph(let inlines):
                var properties = ParagraphProperties(style: style)
                properties.alignment = alignment
                try paragraph(inlines, properties, run: run)
            case .list(let list):
                try self.list(list, style: style, run: run, level: listLevel)
            case .table(let table):
                try self.table(table)
            case .pageBreak:
                try xml.node("w:p") {
                    try ParagraphProperties(style: style).write(to: xml)
                    try xml.node("w:r") { try xml.node("w:br", [("w:type", "page")]) }
                }
                lastBlockWasTable = false
            }
        }
        if endsWithParagraph && (blocks.isEmpty || lastBlockWasTable) {
            try paragraph([], ParagraphProperties(style: style))
        }
    }

    /// Writes a list: each item's first paragraph carries the label, later blocks follow unlabelled.
    func list(_ list: ListBlock, style: String, run: RunProperties, level: Int) throws {
        let numID = numbering.register(isOrdered: list.isOrdered, start: list.start, level: level)
        let labelLevel = min(level, ListNumbering.maximumLevel)
        for item in list.items {
            var labelled = false
            for block in item {
                switch block {
                case .paragraph(let inlines) where !labelled:
                    var properties = ParagraphProperties(style: style)
                    properties.numbering = (numID, labelLevel)
                    try paragraph(inlines, properties, run: run)
                case .list(let nested):
                    try self.list(nested, style: style, run: run, level: level + 1)
                default:
                    try blocks([block], style: style, run: run, listLevel: level + 1)
                }
                labelled = true
            }
            if item.isEmpty {
                var properties = ParagraphProperties(style: style)
                properties.numbering = (numID, labelLevel)
                try paragraph([], properties)
            }
        }
    }
}
