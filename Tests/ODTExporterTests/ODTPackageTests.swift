import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import ODTExporter
import Testing

/// The zip package: mimetype first and stored, every part listed, the same bytes on every run.
@Suite struct ODTPackageTests {
    @Test func mimetypeIsFirstStoredWithoutExtraField() throws {
        let bytes = try ExportedFile(odt: OfficialReportFixture.report()).bytes
        let mediaType = "application/vnd.oasis.opendocument.text"
        // Local file header: signature, method at 8, name length at 26, extra length at 28, name at 30.
        #expect(bytes.prefix(4) == Data([0x50, 0x4B, 0x03, 0x04]))
        #expect(bytes[8] == 0 && bytes[9] == 0, "mimetype must be stored, not deflated")
        #expect(bytes[26] == 8 && bytes[27] == 0)
        #expect(bytes[28] == 0 && bytes[29] == 0, "mimetype must have no extra field")
        #expect(String(decoding: bytes[30..<38], as: UTF8.self) == "mimetype")
        #expect(String(decoding: bytes[38..<(38 + mediaType.utf8.count)], as: UTF8.self) == mediaType)
    }

    @Test(.tags(.external)) func manifestListsEveryPart() throws {
        let odt = try ExportedFile(odt: OfficialReportFixture.report())
        let manifest = try odt.part("META-INF/manifest.xml")
        #expect(manifest.contains(#"manifest:version="1.3""#))
        #expect(manifest.contains(#"manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text""#))
        for part in ["content.xml", "styles.xml", "meta.xml"] {
            #expect(manifest.contains(#"manifest:full-path="\#(part)" manifest:media-type="text/xml""#))
        }
        let listing = try odt.entryNames()
        #expect(listing == ["mimetype", "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"])
    }

    @Test func twoExportsAreByteIdentical() throws {
        let first = try ExportedFile(odt: OfficialReportFixture.report()).bytes
        let second = try ExportedFile(odt: OfficialReportFixture.report()).bytes
        #expect(first == second)
    }

    @Test(.tags(.external)) func metaTakesTitleLanguageAndDateFromTheReport() throws {
        let meta = try ExportedFile(odt: OfficialReportFixture.report()).part("meta.xml")
        #expect(meta.contains("<dc:title>\(OfficialReportFixture.subject)</dc:title>"))
        #expect(meta.contains("<dc:language>vi-VN</dc:language>"))
        #expect(meta.contains("<meta:creation-date>2023-05-25T00:00:00</meta:creation-date>"))
        #expect(meta.contains(#"office:version="1.3""#))
    }

    @Test(.tags(.external)) func everyPartDeclaresVersionOnePointThreeAndNoExtensionNamespace() throws {
        let odt = try ExportedFile(odt: OfficialReportFixture.report())
        for part in ["content.xml", "styles.xml", "meta.xml"] {
            let xml = try odt.part(part)
            #expect(xml.contains(#"office:version="1.3""#), "\(part)")
            #expect(!xml.contains("loext") && !xml.contains("officeooo"), "\(part)")
            // Every namespace declared on the root is used in the part.
            let declared = xml.matches(of: /xmlns:([a-z]+)=/).map { String($0.1) }
            #expect(!declared.isEmpty)
            for prefix in declared {
                let used = xml.contains("<\(prefix):") || xml.contains(" \(prefix):")
                #expect(used, "\(part) declares \(prefix) without using it")
            }
        }
    }

    @Test func layoutOutsideDecree30IsRefused() throws {
        var layout = PageLayout()
        layout.marginLeft = 10
        #expect(throws: BaoCaoError.self) {
            try ODTExporter().export(OfficialReportFixture.report(), options: ExportOptions(layout: layout), log: DiagnosticLog())
        }
    }

    @Test(.tags(.external)) func layoutValuesReachThePageStyle() throws {
        var layout = PageLayout()
        layout.marginLeft = 35
        layout.marginRight = 20
        let styles = try ExportedFile(odt: OfficialReportFixture.report(), options: ExportOptions(layout: layout)).part("styles.xml")
        #expect(styles.contains(#"fo:page-width="21cm" fo:page-height="29.7cm""#))
        #expect(styles.contains(#"fo:margin-left="3.5cm" fo:margin-right="2cm""#))
    }
}
