import BaoCaoCore
import BaoCaoXML

extension ContentWriter {
    /// Writes inlines: styles as nested `text:span`s, footnotes as `text:note`s numbered in order
    /// of first reference, a second reference to the same note as a `text:note-ref`.
    func writeInlines(_ inlines: [Inline], upperCase: Bool = false) throws {
        for inline in inlines {
            switch inline {
            case .text(let text):
                try writeText(upperCase ? text.uppercased() : text)
            case .styled(let style, let children):
                try xml.element("text:span", ["text:style-name": ContentWriter.textStyle(style)]) {
                    try writeInlines(children, upperCase: upperCase)
                }
            case .lineBreak:
                try xml.element("text:line-break")
                atLineStart = true
            case .footnoteReference(let id):
                try writeFootnote(id)
            }
        }
    }

    /// The named text style of an inline style.
    static func textStyle(_ style: InlineStyle) -> String {
        switch style {
        case .bold: return StyleName.bold
        case .italic: return StyleName.italic
        case .underline: return StyleName.underline
        case .strikethrough: return StyleName.strikethrough
        case .superscript: return StyleName.superscript
        case .subscript: return StyleName.subscript
        case .highlight: return StyleName.highlight
        }
    }

    private func writeFootnote(_ id: String) throws {
        guard let note = footnotes[id], let number = footnoteNumbers[id] else {
            log.warning(.footnoteWithoutText(id), at: SourceLocation(file: "content.xml"))
            return
        }
        guard !insideNote else {
            log.warning(.nestedFootnote(id), at: SourceLocation(file: "content.xml"))
            return
        }
        let name = "ftn\(number)"
        if writtenNotes.contains(id) {
            try xml.element(
                "text:note-ref",
                ["text:note-class": "footnote", "text:reference-format": "text", "text:ref-name": name]
            ) { try xml.text("\(number)") }
            atLineStart = false
            return
        }
        writtenNotes.insert(id)
        let resumeAtLineStart = atLineStart
        try xml.element("text:note", ["text:id": name, "text:note-class": "footnote"]) {
            try xml.element("text:note-citation") { try xml.text("\(number)") }
            try xml.element("text:note-body") {
                insideNote = true
                defer { insideNote = false }
                if note.blocks.isEmpty { try paragraph(StyleName.footnote) }
                for block in note.blocks { try writeBlock(block, context: .note) }
            }
        }
        atLineStart = resumeAtLineStart
    }

    /// Writes text so that ODF keeps it as it is: runs of spaces as `text:s`, tabs as `text:tab`,
    /// newlines as `text:line-break` (ODF collapses plain whitespace, which would eat the blanks
    /// of a draft's "Số:      /BC-VP").
    /// True when `text` has no tab, line break or run of spaces (nor a leading space at the start
    /// of a line), which ODF would collapse or needs elements for; found in one pass over the bytes.
    static func needsNoSpaceElements(_ text: String, atLineStart: Bool) -> Bool {
        // (In the string's storage when it has one: a tenth of the instructions of `utf8`'s iterator.)
        text.utf8.withContiguousStorageIfAvailable { needsNoSpaceElements($0, atLineStart: atLineStart) }
            ?? needsNoSpaceElements(text.utf8, atLineStart: atLineStart)
    }

    private static func needsNoSpaceElements<Bytes: Sequence<UInt8>>(_ bytes: Bytes, atLineStart: Bool) -> Bool {
        var previousWasSpace = atLineStart
        for byte in bytes {
            switch byte {
            case 0x09, 0x0A, 0x0D: return false
            case 0x20:
                if previousWasSpace { return false }
                previousWasSpace = true
            default: previousWasSpace = false
            }
        }
        return true
    }

    func writeText(_ text: String) throws {
        if Self.needsNoSpaceElements(text, atLineStart: atLineStart) {
            // The common case: no tabs, breaks or runs of spaces, so the text goes out as it is.
            guard !text.isEmpty else { return }
            try xml.text(text.nfc)
            atLineStart = false
            return
        }
        var pending = ""
        var spaces = 0
        func flushText() throws {
            if !pending.isEmpty {
                try xml.text(pending)
                pending = ""
                atLineStart = false
            }
        }
        func flushSpaces() throws {
            guard spaces > 0 else { return }
            var extra = spaces
            if !atLineStart || !pending.isEmpty {
                pending += " "
                extra -= 1
            }
            if extra > 0 {
                try flushText()
                try xml.startElement("text:s")
                if extra > 1 { try xml.attribute("text:c", "\(extra)") }
                try xml.endElement()
                atLineStart = false
            }
            spaces = 0
        }
        for character in text.nfc {
            switch character {
            case " ":
                spaces += 1
            case "\t":
                try flushSpaces()
                try flushText()
                try xml.element("text:tab")
                atLineStart = false
            case "\n", "\r\n", "\r":
                try flushSpaces()
                try flushText()
                try xml.element("text:line-break")
                atLineStart = true
            default:
                try flushSpaces()
                pending.append(character)
            }
        }
        try flushSpaces()
        try flushText()
    }
}
