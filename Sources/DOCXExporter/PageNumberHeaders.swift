import BaoCaoCore
import BaoCaoXML

/// Writes the header parts: a centred PAGE field for pages 2 on, and an empty first-page header.
enum PageNumberHeaders {
    /// Writes `word/header1.xml`, the centred page number.
    static func writePageNumber(_ xml: XMLStreamWriter) throws {
        try xml.node("w:hdr", WordNamespace.rootAttributes) {
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

    /// Writes `word/header2.xml`, the empty header of page 1.
    static func writeEmpty(_ xml: XMLStreamWriter) throws {
        try xml.node("w:hdr", WordNamespace.rootAttributes) {
            try xml.node("w:p") { try ParagraphProperties(style: StyleID.header).write(to: xml) }
        }
    }

    private static func field(_ xml: XMLStreamWriter, _ type: String) throws {
        try xml.node("w:r") { try xml.node("w:fldChar", [("w:fldCharType", type)]) }
    }
}
