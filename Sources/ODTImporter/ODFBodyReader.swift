import BaoCaoCore
import BaoCaoXML

/// Reads OpenDocument text content (`office:text`, list items, table cells, note bodies) into the
/// report model.
///
/// Tracked changes are taken as accepted: the deleted text ODF keeps in `text:tracked-changes` is
/// dropped, inserted text is already in place. Fields show their current text. What has no place
/// in the model is skipped and recorded in ``skipped``.
final class ODFBodyReader {
    private let styles: ODFStyles
    /// What was skipped, reported once per kind at the end.
    let skipped: SkippedContentLog
    private let part = "content.xml"
    /// Footnotes and endnotes in document order.
    private(set) var footnotes: [Footnote] = []
    private var usedNoteIDs: Set<String> = []
    /// How many top-level items the last list of each list style had, for continued numbering.
    private var listItemCounts: [String: Int] = [:]
    /// Headings counted so far at each outline level, for their numbers.
    private var headingCounts: [Int: Int] = [:]
    /// The most cells one table row or rows one table may repeat to.
    let repeatLimit = 1000
    /// The most table cells (and spaces of `text:s`) repeats may add in the whole document: no
    /// more than the grid positions all its tables may hold.
    var repeatBudget = ImportLimits.tableCells
    /// The grid positions the document's tables may still take, spans included.
    var tableBudget = TableBudget()

    init(styles: ODFStyles, skipped: SkippedContentLog) {
        self.styles = styles
        self.skipped = skipped
    }

    // MARK: Block containers

    /// Reads `office:text` into a preamble and sections.
    func body(_ text: XMLElementNode) -> (preamble: [Block], sections: [Section]) {
        var outline = OutlineBuilder()
        read(text.elements, into: &outline, keepHeadings: true)
        return outline.finish()
    }

    /// Reads a nested container (cell, item, note body) into blocks; headings become paragraphs.
    func blocks(_ elements: [XMLElementNode]) -> [Block] {
        var outline = OutlineBuilder()
        read(elements, into: &outline, keepHeadings: false)
        return outline.finish().preamble
    }

    private func read(_ elements: [XMLElementNode], into outline: inout OutlineBuilder, keepHeadings: Bool) {
        for element in elements {
            switch (element.name.namespace, element.name.local) {
            case (ODF.text, "p"), (ODF.text, "h"):
                paragraph(element, into: &outline, keepHeadings: keepHeadings)
            case (ODF.text, "list"):
                if keepHeadings, element.descendant(ODF.text, "h") != nil {
                    // Numbered headings kept in a list: read them as the outline they are.
                    for item in element.elements { read(item.elements, into: &outline, keepHeadings: true) }
                } else {
                    for block in list(element, level: 1, inheritedStyle: nil) { outline.addBlock(block) }
                }
            case (ODF.table, "table"):
                outline.addBlock(.table(table(element)))
            case (ODF.text, "section"), (ODF.text, "list-item"), (ODF.text, "list-header"):
                read(element.elements, into: &outline, keepHeadings: keepHeadings)
            case (ODF.text, "soft-page-break"), (ODF.text, "sequence-decls"), (ODF.text, "variable-decls"),
                (ODF.text, "user-field-decls"), (ODF.text, "dde-connection-decls"), (ODF.text, "tracked-changes"),
                (ODF.text, "bookmark"), (ODF.text, "bookmark-start"), (ODF.text, "bookmark-end"),
                (ODF.office, "forms"), (ODF.table, "calculation-settings"), (ODF.table, "content-validations"),
                (ODF.text, "alphabetical-index-auto-mark-file"), (ODF.text, "change"), (ODF.text, "change-start"),
                (ODF.text, "change-end"):
                continue
            case (ODF.text, "table-of-content"), (ODF.text, "illustration-index"), (ODF.text, "table-index"),
                (ODF.text, "object-index"), (ODF.text, "user-index"), (ODF.text, "alphabetical-index"),
                (ODF.text, "bibliography"):
                skip(.skippedIndex("text:\(element.name.local)"), element)
            case (ODF.draw, _):
                skip(.skippedImage("draw:\(element.name.local)"), element)
            default:
                skip(.skippedForeignElement(element.name.local, namespace: element.name.namespace), element)
            }
        }
    }

    // MARK: Paragraphs

    private func paragraph(_ element: XMLElementNode, into outline: inout OutlineBuilder, keepHeadings: Bool) {
        let styleName = element.attribute(ODF.text, "style-name")
        let breaks = styleName.map { styles.breaksPage(paragraph: $0) } ?? (before: false, after: false)
        if breaks.before { outline.addBlock(.pageBreak) }
        var state = ParagraphState()
        let format = styleName.map { styles.textFormat(paragraph: $0) } ?? InlineStyleSettings()
        inlines(element, format: format, into: &state)
        if !state.runs.isBlank {
            if element.name.local == "h", keepHeadings {
                let level = min(max(element.attribute(ODF.text, "outline-level").flatMap(Int.init) ?? 1, 1), 10)
                let label = element.attribute(ODF.text, "is-list-header") == "true" ? nil : headingLabel(level: level)
                outline.addHeading(level: level, label.map { [.text($0 + " ")] + state.runs.inlines } ?? state.runs.inlines)
            } else if keepHeadings {
                outline.addParagraph(state.runs.inlines)
            } else {
                outline.addBlock(.paragraph(state.runs.inlines))
            }
        }
        for box in state.textBoxes { read(box.elements, into: &outline, keepHeadings: false) }
        if breaks.after { outline.addBlock(.pageBreak) }
    }

    /// The number the outline style gives a heading of `level`, counted here.
    private func headingLabel(level: Int) -> String? {
        headingCounts[level, default: 0] += 1
        for deeper in headingCounts.keys where deeper > level { headingCounts[deeper] = 0 }
        return styles.outlineLabel(level: level, counts: headingCounts)
    }

    /// A paragraph's runs with ODF's white-space rule: runs of spaces, tabs and newlines in the
    /// character data count as one space; `text:s`, `text:tab` and `text:line-break` are kept.
    private struct ParagraphState {
        var runs = InlineBuilder()
        var afterSpace = true
        /// Text boxes anchored in the paragraph; their content is placed after it.
        var textBoxes: [XMLElementNode] = []

        mutating func addCharacters(_ text: String, _ styles: Set<InlineStyle>) {
            var out = ""
            for character in text {
                if character == " " || character == "\t" || character == "\n" || character == "\r" {
                    if !afterSpace { out.append(" ") }
                    afterSpace = true
                } else {
                    out.append(character)
                    afterSpace = false
                }
            }
            runs.add(out, styles: styles)
        }

        mutating func addLiteral(_ text: String, _ styles: Set<InlineStyle>) {
            runs.add(text, styles: styles)
            afterSpace = false
        }

        mutating func addLineBreak() {
            runs.addLineBreak()
            afterSpace = true
        }
    }

    private func inlines(_ container: XMLElementNode, format: InlineStyleSettings, into state: inout ParagraphState) {
        let styleSet = format.styles
        for child in container.children {
            guard case .element(let element) = child else {
                if case .text(let text) = child { state.addCharacters(text, styleSet) }
                continue
            }
            switch (element.name.namespace, element.name.local) {
            case (ODF.text, "span"):
                let spanFormat = element.attribute(ODF.text, "style-name").map { format.overridden(by: styles.textFormat(span: $0)) } ?? format
                inlines(element, format: spanFormat, into: &state)
            case (ODF.text, "a"):
                skip(.skippedHyperlinkAddress, element)
                inlines(element, format: format, into: &state)
            case (ODF.text, "s"):
                let count = min(max(element.attribute(ODF.text, "c").flatMap(Int.init) ?? 1, 1), repeatLimit, 1 + repeatBudget)
                repeatBudget -= count - 1
                state.addLiteral(String(repeating: " ", count: count), styleSet)
            case (ODF.text, "tab"):
                state.addLiteral("\t", styleSet)
            case (ODF.text, "line-break"):
                state.addLineBreak()
            case (ODF.text, "note"):
                note(element, into: &state)
            case (ODF.text, "soft-page-break"), (ODF.text, "bookmark"), (ODF.text, "bookmark-start"), (ODF.text, "bookmark-end"),
                (ODF.text, "reference-mark"), (ODF.text, "reference-mark-start"), (ODF.text, "reference-mark-end"),
                (ODF.text, "change"), (ODF.text, "change-start"), (ODF.text, "change-end"), (ODF.text, "toc-mark"),
                (ODF.text, "toc-mark-start"), (ODF.text, "toc-mark-end"), (ODF.text, "alphabetical-index-mark"),
                (ODF.text, "alphabetical-index-mark-start"), (ODF.text, "alphabetical-index-mark-end"),
                (ODF.text, "user-index-mark"), (ODF.text, "user-index-mark-start"), (ODF.text, "user-index-mark-end"),
                (ODF.text, "bibliography-mark"), (ODF.text, "number"), (ODF.office, "annotation-end"):
                continue
            case (ODF.office, "annotation"):
                skip(.skippedComment("office:annotation"), element)
            case (ODF.draw, "frame") where element.child(ODF.draw, "text-box") != nil:
                skip(.skippedTextBoxPosition, element)
                state.textBoxes += element.children(ODF.draw, "text-box")
            case (ODF.draw, _):
                skip(.skippedImage("draw:\(element.name.local)"), element)
            case (ODF.text, _):
                // Fields (page number, date, title, references, variables…) and ruby, meta and
                // other wrappers: their content is the text the reader sees.
                inlines(element, format: format, into: &state)
            default:
                skip(.skippedForeignElement(element.name.local, namespace: element.name.namespace), element)
            }
        }
    }

    // MARK: Notes

    private func note(_ element: XMLElementNode, into state: inout ParagraphState) {
        guard let body = element.child(ODF.text, "note-body") else {
            skip(.skippedEmptyNote, element)
            return
        }
        let prefix = element.attribute(ODF.text, "note-class") == "endnote" ? "en" : "fn"
        var id = element.attribute(ODF.text, "id") ?? "\(prefix)\(footnotes.count + 1)"
        while usedNoteIDs.contains(id) { id += "'" }
        usedNoteIDs.insert(id)
        footnotes.append(Footnote(id: id, blocks: blocks(body.elements)))
        state.runs.addFootnoteReference(id)
    }

    // MARK: Lists

    /// A `text:list` at `level` (1 for the outermost), its items holding blocks and nested lists.
    private func list(_ element: XMLElementNode, level: Int, inheritedStyle: String?) -> [Block] {
        let styleName = element.attribute(ODF.text, "style-name") ?? inheritedStyle
        let definition = styles.listLevel(style: styleName, level: level)
        var start = definition.start
        let continues = element.attribute(ODF.text, "continue-numbering") == "true" || element.attribute(ODF.text, "continue-list") != nil
        if level == 1, continues, let key = styleName, let previous = listItemCounts[key] {
            start = min(start + previous, ImportLimits.startNumbers.upperBound)
        }
        var items: [[Block]] = []
        for item in element.elements where item.name.namespace == ODF.text {
            guard item.name.local == "list-item" || item.name.local == "list-header" else {
                if item.name.local != "soft-page-break" { skip(.skippedInList("text:\(item.name.local)"), item) }
                continue
            }
            if items.isEmpty, let override = ODFStyles.startValue(item, part: part, skipped: skipped) { start = override }
            var content: [Block] = []
            for child in item.elements {
                if child.is(ODF.text, "list"), level < ImportLimits.listLevels {
                    content += list(child, level: level + 1, inheritedStyle: styleName)
                } else if child.is(ODF.text, "list") {
                    // Past the deepest level, the nested items become paragraphs of this item.
                    limit(Message.listLevel, child)
                    for case .list(let nested) in list(child, level: level, inheritedStyle: styleName) {
                        content += nested.items.joined()
                    }
                } else {
                    content += blocks([child])
                }
            }
            items.append(content)
        }
        if level == 1, let key = styleName {
            listItemCounts[key] = min((continues ? start - definition.start : 0) + items.count, ImportLimits.startNumbers.upperBound)
        }
        guard !items.isEmpty else { return [] }
        return [.list(ListBlock(isOrdered: definition.isOrdered, start: start, items: items))]
    }

    // MARK: Warnings

    /// Records skipped content at the element's line in content.xml.
    func skip(_ what: Message, _ element: XMLElementNode) {
        skipped.skip(what, part: part, line: element.line)
    }

    /// Records a value held to one of the ``ImportLimits`` at the element's line.
    func limit(_ what: Message, _ element: XMLElementNode) {
        skipped.limit(what, part: part, line: element.line)
    }
}
