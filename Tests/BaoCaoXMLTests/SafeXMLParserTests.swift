import BaoCaoTestSupport
import BaoCaoXML
import Foundation
import Testing

@Suite("SAX2 push parser over libxml2, fed chunk by chunk")
struct SafeXMLParserTests {
    /// Records what the parser tells, as lines ("start a 1 x=1", "text 2 …", "end a 1").
    private final class Recorder: SafeXMLHandler {
        var events: [String] = []
        private var text = ""

        func start(_ element: SafeXMLParser.Element) {
            flush()
            let attributes = element.attributes().map { "\($0.name.local)=\($0.value)" }.joined(separator: ",")
            events.append("start \(element.name.local) \(element.depth) \(attributes) line \(element.line)")
        }

        func end(_ name: XMLName, depth: Int) {
            flush()
            events.append("end \(name.local) \(depth)")
        }

        func text(_ bytes: UnsafeBufferPointer<UInt8>, depth: Int) {
            text += String(decoding: bytes, as: UTF8.self)
        }

        private func flush() {
            if !text.isEmpty { events.append("text \(text)") }
            text = ""
        }
    }

    /// The events of `text` fed `size` bytes at a time.
    private func events(_ text: String, chunk size: Int) throws -> [String] {
        let recorder = Recorder()
        let parser = try SafeXMLParser(handler: recorder)
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let next = min(offset + size, bytes.count)
            try bytes[offset..<next].withUnsafeBytes { try parser.feed($0) }
            offset = next
        }
        try parser.finish()
        return recorder.events
    }

    private let document = """
        <?xml version="1.0" encoding="UTF-8"?>
        <sheet xmlns="urn:x" a="x &amp; y &#38; z &lt;">
          <c r="A1">Cộng hòa &amp; <![CDATA[<xã hội>]]></c><c r="B1"/>
        </sheet>
        """

    @Test func tellsTheSameWhateverTheChunkSize() throws {
        let whole = try events(document, chunk: 1 << 16)
        #expect(whole.contains("start sheet 1 a=x & y & z < line 2"), "\(whole)")
        #expect(whole.contains("text Cộng hòa & <xã hội>"))
        #expect(whole.contains("start c 2 r=B1 line 3") && whole.contains("end c 2"))
        for size in [1, 2, 3, 7, 64] { #expect(try events(document, chunk: size) == whole, "chunks of \(size) bytes") }
    }

    @Test func refusesADoctypeBeyondTheFirstChunk() {
        let hostile = "<?xml version=\"1.0\"?>\n<!-- " + String(repeating: "x", count: 200) + " -->\n"
            + HostileXML.billionLaughs(root: "sheet", namespace: "urn:x").split(separator: "\n", maxSplits: 1).last.map(String.init)!
        #expect(throws: XMLError.self) { _ = try events(hostile, chunk: 16) }
        do {
            _ = try events(hostile, chunk: 16)
        } catch let error as XMLError {
            #expect(error.message.contains("DOCTYPE"), "\(error)")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func passesTheHandlersErrorOnAndStops() throws {
        struct Stop: Error {}
        final class Stopper: SafeXMLHandler {
            var starts = 0
            func start(_ element: SafeXMLParser.Element) throws {
                starts += 1
                if element.name.local == "c" { throw Stop() }
            }
            func end(_ name: XMLName, depth: Int) {}
            func text(_ bytes: UnsafeBufferPointer<UInt8>, depth: Int) {}
        }
        let stopper = Stopper()
        #expect(throws: Stop.self) { try SafeXMLParser.parse(Data(document.utf8), handler: stopper) }
        #expect(stopper.starts == 2, "nothing is told after the handler throws")
    }

    @Test func refusesAnUnfinishedDocumentAtTheEnd() {
        #expect(throws: XMLError.self) { _ = try events("<a><b></b>", chunk: 4) }
        #expect(throws: XMLError.self) { _ = try events("", chunk: 4) }
    }
}
