import BaoCaoTestSupport
import BaoCaoXML
import Foundation
import Testing

@Suite("Hardened XML reader over libxml2")
struct SafeXMLReaderTests {
    private let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    private func parse(_ text: String, aliases: [String: String] = [:]) throws -> XMLElementNode {
        try SafeXMLReader.parse(Data(text.utf8), namespaceAliases: aliases)
    }

    /// Runs `body`, expecting an `XMLError`; returns it and the seconds it took.
    private func failure(_ body: () throws -> Void) -> (XMLError?, Double) {
        let start = Date()
        do {
            try body()
            return (nil, Date().timeIntervalSince(start))
        } catch let error as XMLError {
            return (error, Date().timeIntervalSince(start))
        } catch {
            return (nil, Date().timeIntervalSince(start))
        }
    }

    @Test func readsNamesAttributesTextAndLines() throws {
        let root = try parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <w:document xmlns:w="\(w)">
              <w:p w:rsid="1"><w:t xml:space="preserve">Cộng hòa &amp; </w:t><w:t>Xã hội</w:t></w:p>
            </w:document>
            """)
        #expect(root.is(w, "document"))
        let paragraph = try #require(root.child(w, "p"))
        #expect(paragraph.line == 3)
        #expect(paragraph.attribute(w, "rsid") == "1")
        #expect(paragraph.children(w, "t").map(\.textContent) == ["Cộng hòa & ", "Xã hội"])
        #expect(paragraph.textContent == "Cộng hòa & Xã hội")
    }

    @Test func mapsNamespaceAliases() throws {
        let root = try parse("<w:document xmlns:w=\"urn:strict\"><w:body/></w:document>", aliases: ["urn:strict": w])
        #expect(root.child(w, "body") != nil)
    }

    @Test func refusesAnyDoctype() {
        let (error, _) = failure { _ = try parse("<?xml version=\"1.0\"?>\n<!DOCTYPE a>\n<a/>") }
        #expect(error?.message.contains("DOCTYPE") == true)
        #expect(error?.line == 2)
    }

    @Test func refusesExternalEntitiesWithoutReadingThem() {
        let (error, seconds) = failure { _ = try parse(HostileXML.externalEntity(root: "w:document", namespace: w)) }
        let message = error?.description ?? ""
        #expect(message.contains("DOCTYPE"))
        #expect(!message.contains("root:"))
        #expect(seconds < 1)
    }

    @Test func refusesBillionLaughsAtOnce() {
        let (error, seconds) = failure { _ = try parse(HostileXML.billionLaughs(root: "w:document", namespace: w)) }
        #expect(error?.message.contains("DOCTYPE") == true)
        #expect(seconds < 1)
    }

    @Test func refusesADoctypeHiddenInUTF16() throws {
        let text = HostileXML.externalEntity(root: "w:document", namespace: w)
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        var data = Data([0xFF, 0xFE])
        data.append(try #require(text.data(using: .utf16LittleEndian)))
        let (error, seconds) = failure { _ = try SafeXMLReader.parse(data) }
        let message = error?.description ?? ""
        #expect(message.contains("DOCTYPE") || message.contains("entit"))
        #expect(!message.contains("root:"))
        #expect(seconds < 1)
    }

    @Test func reportsMalformedXMLWithItsLine() {
        let (error, _) = failure { _ = try parse("<a>\n<b>\n</a>") }
        #expect(error != nil)
        #expect(error?.line == 3)
        #expect(error?.message.isEmpty == false)
    }

    @Test func reportsUndefinedEntities() {
        let (error, _) = failure { _ = try parse("<a>&undefined;</a>") }
        #expect(error?.line == 1)
    }

    @Test func boundsNestingDepth() {
        let deep = String(repeating: "<a>", count: 50) + String(repeating: "</a>", count: 50)
        let (error, _) = failure { _ = try SafeXMLReader.parse(Data(deep.utf8), limits: .init(maxDepth: 20)) }
        #expect(error?.message.contains("deeper than 20") == true)
    }

    @Test func boundsElementCount() {
        let wide = "<a>" + String(repeating: "<b/>", count: 100) + "</a>"
        let (error, _) = failure { _ = try SafeXMLReader.parse(Data(wide.utf8), limits: .init(maxElements: 50)) }
        #expect(error?.message.contains("more than 50 elements") == true)
    }

    @Test func refusesEmptyInput() {
        let (error, _) = failure { _ = try SafeXMLReader.parse(Data()) }
        #expect(error != nil)
    }
}
