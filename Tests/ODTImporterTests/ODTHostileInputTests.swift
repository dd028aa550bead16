import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import ODTImporter
import Testing

/// An ODT package in memory: `mimetype`, then `content.xml` and any extras.
func odtPackage(content: String, mimetype: String = "application/vnd.oasis.opendocument.text", extra: [TestZip.Entry] = []) -> Data {
    TestZip([.init("mimetype", text: mimetype), .init("content.xml", text: content)] + extra).data
}

/// An OpenDocument content part whose `office:text` holds `body`.
func odfContent(_ body: String, automaticStyles: String = "") -> String {
    """
    <?xml version="1.0" encoding="UTF-8"?>
    <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
    xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:version="1.3">\
    <office:automatic-styles>\(automaticStyles)</office:automatic-styles><office:body><office:text>\(body)</office:text></office:body></office:document-content>
    """
}

@Suite("ODT importer refuses broken and hostile files")
struct ODTHostileInputTests {
    private let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"

    /// Imports `data` as "so-yte.odt", expecting a bad-input error; returns it and the seconds taken.
    private func refusal(_ data: Data) -> (BaoCaoError?, Double) {
        HostileImport.refusal(of: data, by: ODTImporter(), source: "so-yte.odt")
    }

    @Test func refusesAnExternalEntity() {
        let (error, seconds) = refusal(odtPackage(content: HostileXML.externalEntity(root: "office:document-content", namespace: office)))
        #expect(error?.text(in: .en).hasPrefix("so-yte.odt:2: error: content.xml: a DOCTYPE is not allowed") == true)
        #expect(error?.text(in: .en).contains("root:") == false)
        #expect(seconds < 1)
    }

    @Test func refusesBillionLaughsInStyles() {
        let data = odtPackage(content: odfContent(""), extra: [
            .init("styles.xml", text: HostileXML.billionLaughs(root: "office:document-styles", namespace: office))
        ])
        let (error, seconds) = refusal(data)
        #expect(error?.message.en.hasPrefix("styles.xml: a DOCTYPE is not allowed") == true)
        #expect(seconds < 1)
    }

    @Test func refusesAZipBombWithoutInflatingIt() {
        let data = odtPackage(content: odfContent(""), extra: [.init("Pictures/bomb.png", Data(count: 4096), claimedSize: 1 << 30, method: 8)])
        let (error, seconds) = refusal(data)
        #expect(error?.text(in: .en).hasPrefix("so-yte.odt: error: cannot read as ODT: entry 'Pictures/bomb.png' would inflate") == true)
        #expect(seconds < 1)
    }

    @Test func neverUsesEntryNamesAsPaths() throws {
        let name = "baocao-odt-escape-\(UUID().uuidString).xml"
        let data = odtPackage(content: odfContent("<text:p>Nội dung</text:p>"), extra: [.init("../../../../tmp/\(name)", text: "x")])
        let report = try ODTImporter().importReport(from: data, source: "so-yte.odt", log: DiagnosticLog())
        #expect(report.preamble == [.paragraph([.text("Nội dung")])])
        #expect(!FileManager.default.fileExists(atPath: "/tmp/\(name)"))
    }

    @Test func refusesAFileThatIsNotAZip() {
        let (error, seconds) = refusal(Data("<html>không phải ODT</html>".utf8))
        #expect(error?.text(in: .en) == "so-yte.odt: error: cannot read as ODT: not a zip file")
        #expect(seconds < 1)
    }

    @Test func refusesATruncatedFile() throws {
        let data = try Data(contentsOf: TestPaths.shared.appendingPathComponent("corpus/odt/pandoc-footnote.odt"))
        let (error, seconds) = refusal(data.prefix(data.count / 2))
        #expect(error?.text(in: .en).contains("cannot read as ODT: the zip file is truncated") == true)
        #expect(seconds < 1)
    }

    @Test func refusesAPackageWithoutContent() {
        let (error, _) = refusal(TestZip([.init("mimetype", text: "application/vnd.oasis.opendocument.text")]).data)
        #expect(error?.text(in: .en) == "so-yte.odt: error: cannot read as ODT: content.xml is missing")
    }

    @Test func refusesASpreadsheet() {
        let (error, _) = refusal(odtPackage(content: odfContent(""), mimetype: "application/vnd.oasis.opendocument.spreadsheet"))
        #expect(error?.message.en.contains("'application/vnd.oasis.opendocument.spreadsheet', not an OpenDocument text") == true)
    }

    @Test func reportsMalformedXMLWithPartAndLine() {
        let (error, _) = refusal(odtPackage(content: "<?xml version=\"1.0\"?>\n<office:document-content xmlns:office=\"\(office)\">\n<oops>\n</office:document-content>"))
        #expect(error?.location == SourceLocation(file: "so-yte.odt", line: 4))
        #expect(error?.message.en.hasPrefix("content.xml: ") == true)
    }

    @Test func mutatedFilesAreReadOrRefusedNeverCrash() throws {
        let original = try Data(contentsOf: TestPaths.shared.appendingPathComponent("corpus/odt/pandoc-tableWithSpans.odt"))
        let refusals = try HostileImport.mutatedRefusals(of: original, by: ODTImporter(), source: "t.odt")
        #expect(!refusals.isEmpty)
        for error in refusals {
            #expect(error.kind == .badInput && error.location?.file == "t.odt")
        }
    }
}
