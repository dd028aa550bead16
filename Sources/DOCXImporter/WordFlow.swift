import BaoCaoCore

/// One thing found in a WordprocessingML block container, before lists and sections are built.
enum WordFlow {
    /// A heading paragraph at `level` (1 for the top).
    case heading(level: Int, [Inline])
    /// A finished block: paragraph, table or page break.
    case block(Block)
    /// A list paragraph and its numbering.
    case listItem(WordNumberingReference, [Inline])
}

/// Puts the flow of one container together: list paragraphs into nested lists, and (in the body)
/// headings into sections; in a table cell or a note, headings become plain paragraphs.
struct WordFlowAssembler {
    private let numbering: WordNumbering
    private var outline = OutlineBuilder()
    private var lists = ListBuilder()
    private var listID: String?
    private var previousLevel = -1
    private var counters: [String: [Int: Int]]

    /// Creates an assembler; `counters` carries list numbering across containers of one document.
    init(numbering: WordNumbering, counters: [String: [Int: Int]]) {
        self.numbering = numbering
        self.counters = counters
    }

    /// Adds the next flow item; `keepHeadings` is false inside cells and notes.
    mutating func add(_ flow: WordFlow, keepHeadings: Bool) {
        switch flow {
        case .listItem(let reference, let inlines):
            addListItem(reference, inlines)
        case .heading(let level, let inlines):
            flushList()
            if keepHeadings {
                outline.addHeading(level: level, inlines)
            } else {
                outline.addBlock(.paragraph(inlines))
            }
        case .block(.paragraph(let inlines)) where keepHeadings:
            flushList()
            outline.addParagraph(inlines)
        case .block(let block):
            flushList()
            outline.addBlock(block)
        }
    }

    private mutating func addListItem(_ reference: WordNumberingReference, _ inlines: [Inline]) {
        let id = reference.numberingID
        let level = reference.level
        let definition = numbering.level(reference)
        // Another numbering instance restarts the count; adjacent bullets just continue.
        if level == 0, let listID, listID != id, definition.isOrdered { flushList() }
        if lists.isEmpty || level == 0 { listID = id }
        var seen = counters[id, default: [:]]
        if previousLevel >= 0, level > previousLevel { seen[level] = 0 }
        for deeper in seen.keys where deeper > level { seen[deeper] = 0 }
        let start = definition.start + (seen[level] ?? 0)
        seen[level, default: 0] += 1
        counters[id] = seen
        previousLevel = level
        lists.addItem(level: level, isOrdered: definition.isOrdered, start: start, blocks: [.paragraph(inlines)])
    }

    private mutating func flushList() {
        for block in lists.finish() { outline.addBlock(block) }
        listID = nil
        previousLevel = -1
    }

    /// The preamble and sections (body), or just the blocks (cells, notes) in `preamble`.
    mutating func finish() -> (preamble: [Block], sections: [Section], counters: [String: [Int: Int]]) {
        flushList()
        let (preamble, sections) = outline.finish()
        return (preamble, sections, counters)
    }
}
