import BaoCaoCore
import BaoCaoXML

import BaoCaoCore

/// Writes the header parts: a centred PAGE field for pages 2 on, and an empty first-page header;
/// in a draft both carry "DỰ THẢO" at the right, so that no page can pass for the issued report.
enum PageNumberHeaders {
    /// Writes `word/header1.xml`, the centred page number (after the draft mark in a draft).
    static func writePageNumber(_ xml: XMLStreamWriter, draft: Bool) throws {
        try xml.node("w:hdr", WordNamespace.rootAttributes) {
            if draft { try draftMark(xml) }
            try xml.node("w:p") {
                try ParagraphProperties(style: StyleID.header).write(to: xml)
                try field(xml, "begin")
                try xml.node("w:r") {
                    try xml.node("w:instrText", [("xml:space", "preserve")]) { try xml.text(" PAGE ") }
                }
                try field(xml, "separate")
                try xml.node("w:r") { try xml.node("w:t") { try xml.text("2") } }
                try field(xml, "end")
            }
        }
    }

    /// Writes `word/header2.xml`, the header of page 1: empty, or the draft mark in a draft.
    static func writeFirstPage(_ xml: XMLStreamWriter, draft: Bool) throws {
        try xml.node("w:hdr", WordNamespace.rootAttributes) {
            if draft {
                try draftMark(xml)
            } else {
                try xml.node("w:p") { try ParagraphProperties(style: StyleID.header).write(to: xml) }
            }
        }
    }

    /// A right-aligned bold "DỰ THẢO" paragraph.
    private static func draftMark(_ xml: XMLStreamWriter) throws {
        try xml.node("w:p") {
            var properties = ParagraphProperties(style: StyleID.header)
            properties.alignment = "right"
            try properties.write(to: xml)
            try xml.node("w:r") {
                try xml.node("w:rPr") { try xml.node("w:b") {} }
                try xml.node("w:t") { try xml.text(OfficialText.draftMark) }
            }
        }
    }

    private static func field(_ xml: XMLStreamWriter, _ type: String) throws {
        try xml.node("w:r") { try xml.node("w:fldChar", [("w:fldCharType", type)]) }
    }
}
