import BaoCaoXML
import Foundation
import Testing

@Suite("Streaming XML writer over libxml2")
struct XMLStreamWriterTests {
    private func write(_ body: (XMLStreamWriter) throws -> Void) throws -> (String, Int) {
        var bytes = Data()
        let writer = try XMLStreamWriter { bytes.append(contentsOf: $0) }
        try writer.startDocument()
        try body(writer)
        try writer.finish()
        return (String(decoding: bytes, as: UTF8.self), writer.removedCharacters)
    }

    @Test func writesEscapedVietnameseText() throws {
        let (xml, removed) = try write { w in
            try w.element("w:document", ["xmlns:w": "urn:w"]) {
                try w.element("w:t", ["xml:space": "preserve"]) { try w.text("Cộng hòa & <Tự do> \"x\"") }
            }
        }
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"))
        #expect(xml.contains("<w:t xml:space=\"preserve\">Cộng hòa &amp; &lt;Tự do&gt; &quot;x&quot;</w:t>"))
        #expect(removed == 0)
    }

    @Test func removesCharactersXMLForbids() throws {
        let (xml, removed) = try write { w in
            try w.element("p", ["a": "x\u{1}y"]) { try w.text("a\u{0}b\u{B}c\u{FFFE}d\tok") }
        }
        #expect(xml.contains("<p a=\"xy\">abcd\tok</p>"))
        #expect(removed == 4)
    }

    @Test func emptyElementsAreSelfClosed() throws {
        let (xml, _) = try write { w in try w.element("r") { try w.element("b") } }
        #expect(xml.contains("<r><b/></r>"))
    }

    @Test func sinkErrorsSurface() throws {
        struct Full: Error {}
        #expect(throws: Full.self) {
            let writer = try XMLStreamWriter { _ in throw Full() }
            try writer.startDocument()
            try writer.element("a") { try writer.text(String(repeating: "x", count: 10_000)) }
            try writer.finish()
        }
    }
}
