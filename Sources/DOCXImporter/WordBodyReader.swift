import BaoCaoCore
import BaoCaoXML

/// Reads WordprocessingML content (the body, table cells, notes) into the report model.
///
/// Tracked changes are taken as accepted (insertions kept, deletions dropped), fields show their
/// result, and whatever has no place in the model is skipped and recorded in ``skipped``.
final class WordBodyReader {
    let w = WordNamespace.w
    private let styles: WordStyles
    private let numbering: WordNumbering
    /// Note elements by model id ("fn1", "en2"), with the part each comes from.
    private let noteElements: [String: (element: XMLElementNode, part: String)]
    /// What was skipped, reported once per kind at the end.
    let skipped: SkippedContentLog
    /// The part being read, for warnings.
    private var part: String
    /// Footnotes and endnotes in order of first reference.
    private(set) var footnotes: [Footnote] = []
    private var convertedNotes: Set<String> = []
    /// One entry per open complex field: true while in its code, false once its result starts.
    private var fields: [Bool] = []
    private var listCounters: [String: [Int: Int]] = [:]
    /// Numbered headings counted so far, by numbering instance and level.
    private var headingCounts: [String: [Int: Int]] = [:]
    /// The grid positions the document's tables may still take.
    var tableBudget = TableBudget()

    init(
        styles: WordStyles, numbering: WordNumbering, notes: [String: (element: XMLElementNode, part: String)],
        skipped: SkippedContentLog, part: String
    ) {
        self.styles = styles
        self.numbering = numbering
        self.noteElements = notes
        self.skipped = skipped
        self.part = part
    }

    // MARK: Containers

    /// Reads the document body into a preamble and sections.
    func body(_ body: XMLElementNode) -> (preamble: [Block], sections: [Section]) {
        let (preamble, sections) = assemble(body, keepHeadings: true)
        return (preamble, sections)
    }

    /// Reads a nested container (cell, note) into blocks; headings become paragraphs.
    func blocks(_ container: XMLElementNode) -> [Block] {
        assemble(container, keepHeadings: false).preamble
    }

    private func assemble(_ container: XMLElementNode, keepHeadings: Bool) -> (preamble: [Block], sections: [Section]) {
        var assembler = WordFlowAssembler(numbering: numbering, counters: listCounters)
        for flow in flows(container) { assembler.add(flow, keepHeadings: keepHeadings) }
        let result = assembler.finish()
        listCounters = result.counters
        return (result.preamble, result.sections)
    }

    /// The flow of a block container's children.
    private func flows(_ container: XMLElementNode) -> [WordFlow] {
        var out: [WordFlow] = []
        for element in container.elements {
            guard element.name.namespace == w else {
                out += foreignBlock(element)
                continue
            }
            switch element.name.local {
            case "p": out += paragraph(element)
            case "tbl": out.append(.block(.table(table(element))))
            case "sdt": out += element.child(w, "sdtContent").map(flows) ?? []
            case "customXml", "ins", "moveTo": out += flows(element)
            case "del", "moveFrom", "sectPr", "bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd",
                "commentRangeStart", "commentRangeEnd", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
                "moveToRangeEnd", "tblPr", "tcPr", "footnotePr", "endnotePr":
                continue
            default: skip(.skippedElement("<w:\(element.name.local)>"), element)
            }
        }
        return out
    }

    private func foreignBlock(_ element: XMLElementNode) -> [WordFlow] {
        if element.is(WordNamespace.mc, "AlternateContent") {
            if let fallback = element.child(WordNamespace.mc, "Fallback") { return flows(fallback) }
            return []
        }
        if element.name.namespace == WordNamespace.math {
            skip(.skippedEquation("m:\(element.name.local)"), element)
        } else {
            skip(.skippedForeignElement(element.name.local, namespace: element.name.namespace), element)
        }
        return []
    }

    // MARK: Paragraphs

    /// A paragraph: one flow item, or several when a page break splits it.
    private func paragraph(_ p: XMLElementNode) -> [WordFlow] {
        let properties = p.child(w, "pPr")
        let styleID = properties?.child(w, "pStyle")?.attribute(w, "val") ?? styles.defaultParagraphStyle
        let directLevel = properties?.child(w, "outlineLvl")?.attribute(w, "val").flatMap(Int.init)
        var headingLevel = styleID.flatMap { styles.headingLevel(paragraphStyle: $0) }
        if let directLevel { headingLevel = (0...8).contains(directLevel) ? directLevel + 1 : nil }
        let listReference = WordNumberingReference(properties?.child(w, "numPr"))
            ?? styleID.flatMap { styles.numbering(paragraphStyle: $0) }

        var out: [WordFlow] = []
        if let flag = properties?.child(w, "pageBreakBefore"), WordToggle.isOn(flag) { out.append(.block(.pageBreak)) }
        var state = ParagraphState()
        inlines(p, format: InlineStyleSettings(), into: &state)
        for (index, piece) in state.pieces.enumerated() {
            if index > 0 { out.append(.block(.pageBreak)) }
            guard !piece.isBlank else { continue }
            let content = piece.inlines
            if let headingLevel {
                let label = listReference.flatMap(headingLabel)
                out.append(.heading(level: headingLevel, label.map { [.text($0 + " ")] + content } ?? content))
            } else if let listReference, listReference.numberingID != "0" {
                out.append(.listItem(listReference, content))
            } else {
                out.append(.block(.paragraph(content)))
            }
        }
        return out + state.floating
    }

    /// The number Word shows before a heading numbered through `numbering.xml`, counted here.
    private func headingLabel(_ reference: WordNumberingReference) -> String? {
        guard reference.numberingID != "0" else { return nil }
        var counts = headingCounts[reference.numberingID, default: [:]]
        counts[reference.level, default: 0] += 1
        for deeper in counts.keys where deeper > reference.level { counts[deeper] = 0 }
        headingCounts[reference.numberingID] = counts
        return numbering.label(reference, counts: counts)
    }

    /// The runs of a paragraph, split into pieces at page breaks.
    private struct ParagraphState {
        var pieces: [InlineBuilder] = [InlineBuilder()]
        /// The content of text boxes anchored in the paragraph, placed after it.
        var floating: [WordFlow] = []

        mutating func add(_ text: String, _ styles: Set<InlineStyle>) { pieces[pieces.count - 1].add(text, styles: styles) }
        mutating func addLineBreak() { pieces[pieces.count - 1].addLineBreak() }
        mutating func addFootnote(_ id: String) { pieces[pieces.count - 1].addFootnoteReference(id) }
        mutating func pageBreak() { pieces.append(InlineBuilder()) }
    }

    /// Reads the inline content of a paragraph or of a wrapper inside one (hyperlink, insertion, field).
    private func inlines(_ container: XMLElementNode, format: InlineStyleSettings, into state: inout ParagraphState) {
        for element in container.elements {
            guard element.name.namespace == w else {
                if element.is(WordNamespace.mc, "AlternateContent") {
                    if let fallback = element.child(WordNamespace.mc, "Fallback") { inlines(fallback, format: format, into: &state) }
                } else if element.name.namespace == WordNamespace.math {
                    skip(.skippedEquation("m:\(element.name.local)"), element)
                } else {
                    skip(.skippedForeignElement(element.name.local, namespace: element.name.namespace), element)
                }
                continue
            }
            switch element.name.local {
            case "r": run(element, format: format, into: &state)
            case "ins", "moveTo", "smartTag", "customXml", "fldSimple", "dir", "bdo":
                inlines(element, format: format, into: &state)
            case "hyperlink":
                if element.attribute(WordNamespace.r, "id") != nil {
                    skip(.skippedHyperlinkAddress, element)
                }
                inlines(element, format: format, into: &state)
            case "sdt":
                if let content = element.child(w, "sdtContent") { inlines(content, format: format, into: &state) }
            case "pPr", "del", "moveFrom", "bookmarkStart", "bookmarkEnd", "proofErr", "permStart", "permEnd",
                "commentRangeStart", "commentRangeEnd", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
                "moveToRangeEnd", "sdtPr", "sdtEndPr":
                continue
            default:
                skip(.skippedElement("<w:\(element.name.local)>"), element)
            }
        }
    }

    /// A run: its formatting, then its text, breaks, tabs, note references and field characters.
    private func run(_ r: XMLElementNode, format: InlineStyleSettings, into state: inout ParagraphState) {
        let properties = r.child(w, "rPr")
        var runFormat = format
        if let style = properties?.child(w, "rStyle")?.attribute(w, "val") {
            runFormat = runFormat.overridden(by: styles.runFormat(characterStyle: style))
        }
        let styleSet = runFormat.overridden(by: InlineStyleSettings(wordRunProperties: properties)).styles
        for element in r.elements {
            guard element.name.namespace == w else {
                if element.is(WordNamespace.mc, "AlternateContent") {
                    // The same drawing twice (Choice for new Word, Fallback for old): read one.
                    let choices = element.elements
                    let withText = choices.first { !textBoxes(in: $0).isEmpty }
                    drawing(withText ?? element, named: "mc:AlternateContent", into: &state)
                } else {
                    skip(.skippedForeignElement(element.name.local, namespace: element.name.namespace), element)
                }
                continue
            }
            let showing = !fields.contains(true)
            switch element.name.local {
            case "t":
                if showing { state.add(element.textContent, styleSet) }
            case "tab", "ptab":
                if showing { state.add("\t", styleSet) }
            case "br":
                guard showing else { continue }
                switch element.attribute(w, "type") {
                case "page": state.pageBreak()
                case "column": state.add(" ", styleSet)
                default: state.addLineBreak()
                }
            case "cr":
                if showing { state.addLineBreak() }
            case "noBreakHyphen":
                if showing { state.add("\u{2011}", styleSet) }
            case "sym":
                symbol(element, styles: styleSet, into: &state)
            case "footnoteReference", "endnoteReference":
                if let id = element.attribute(w, "id") {
                    let noteID = (element.name.local == "footnoteReference" ? "fn" : "en") + id
                    if convert(note: noteID, element) { state.addFootnote(noteID) }
                }
            case "fldChar":
                switch element.attribute(w, "fldCharType") {
                case "begin": fields.append(true)
                case "separate": if !fields.isEmpty { fields[fields.count - 1] = false }
                case "end": _ = fields.popLast()
                default: continue
                }
            case "drawing", "pict", "object":
                drawing(element, named: "w:\(element.name.local)", into: &state)
            case "commentReference":
                skip(.skippedComment(nil), element)
            case "rPr", "instrText", "delText", "delInstrText", "softHyphen", "lastRenderedPageBreak", "footnoteRef",
                "endnoteRef", "separator", "continuationSeparator", "annotationRef":
                continue
            default:
                skip(.skippedElement("<w:\(element.name.local)>"), element)
            }
        }
    }

    /// A drawing in a run: the text of its text boxes follows the paragraph; a drawing without
    /// text (an image, a shape) is skipped.
    private func drawing(_ element: XMLElementNode, named name: String, into state: inout ParagraphState) {
        let boxes = textBoxes(in: element)
        guard !boxes.isEmpty else {
            skip(.skippedImage(name), element)
            return
        }
        skip(.skippedTextBoxPosition, element)
        let savedFields = fields
        fields = []
        for box in boxes { state.floating += flows(box) }
        fields = savedFields
    }

    /// The outermost `w:txbxContent` elements inside `element`.
    private func textBoxes(in element: XMLElementNode) -> [XMLElementNode] {
        element.elements.flatMap { child in child.is(w, "txbxContent") ? [child] : textBoxes(in: child) }
    }

    /// A `w:sym` character: kept when it is a real Unicode character, skipped when it is a
    /// private-use code point of a symbol font.
    private func symbol(_ element: XMLElementNode, styles: Set<InlineStyle>, into state: inout ParagraphState) {
        guard let code = element.attribute(w, "char").flatMap({ UInt32($0, radix: 16) }),
            let scalar = Unicode.Scalar(code), !(0xE000...0xF8FF).contains(code), XMLCharacters.isAllowed(scalar)
        else {
            skip(.skippedSymbol, element)
            return
        }
        state.add(String(Character(scalar)), styles)
    }

    // MARK: Notes

    /// Converts a note the first time it is referenced; false when the document lacks it.
    private func convert(note id: String, _ reference: XMLElementNode) -> Bool {
        if convertedNotes.contains(id) { return true }
        guard let (element, notePart) = noteElements[id] else {
            skip(.skippedMissingNote(id), reference)
            return false
        }
        convertedNotes.insert(id)
        let savedPart = part
        let savedFields = fields
        part = notePart
        fields = []
        let content = blocks(element)
        part = savedPart
        fields = savedFields
        footnotes.append(Footnote(id: id, blocks: content))
        return true
    }

    // MARK: Warnings

    /// Records skipped content at the element's line in the current part.
    func skip(_ what: Message, _ element: XMLElementNode) {
        skipped.skip(what, part: part, line: element.line)
    }

    /// Records a value held to one of the ``ImportLimits`` at the element's line.
    func limit(_ what: Message, _ element: XMLElementNode) {
        skipped.limit(what, part: part, line: element.line)
    }
}
