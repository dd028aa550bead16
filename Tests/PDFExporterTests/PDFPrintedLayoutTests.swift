import BaoCaoCore
import BaoCaoTestSupport
import DOCXExporter
import Foundation
import ODTExporter
import PDFExporter
import Testing

/// The fixture report printed by LibreOffice from the DOCX (the PDF exporter) and from the ODT, read
/// back with poppler: page 1 and the signature page stand where Decree 30 puts them, the same in both.
@Suite(.tags(.external)) struct PDFPrintedLayoutTests {
    /// The two printings, made once for the suite.
    static let printed: Result<(docx: PDFPages, odt: PDFPages), any Error> = Result {
        try ExternalTool.requireOffice()
        let report = OfficialReportFixture.report()
        let docx = try ExportedFile(report, with: PDFExporter(printing: DOCXExporter()))
        let odt = try ExportedFile(report, with: PDFExporter(printing: ODTExporter()))
        return (try PDFPages(docx.url), try PDFPages(odt.url))
    }

    static let layout = PageLayout()
    static let left = layout.marginLeft / 10
    static let tolerance = 0.25

    /// Where the parts of page 1 and of the signature page are, by phrase.
    struct Landmarks {
        var boxes: [String: PDFPages.Word] = [:]
        var mottoRule: (left: Double, right: Double)?
    }

    static let pageOne = [
        "UBND TỈNH CAO BẰNG", "VĂN PHÒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Số: 125/BC-VP", "Cao Bằng, ngày 25 tháng 5 năm 2023", "BÁO CÁO",
    ]
    static let signaturePage = ["Nơi nhận:", "CHÁNH VĂN PHÒNG", "Trịnh Sỹ Tài"]

    static func landmarks(_ pdf: PDFPages) throws -> Landmarks {
        var marks = Landmarks()
        for phrase in pageOne { marks.boxes[phrase] = pdf.box(of: phrase, onPage: 0) }
        if let page = pdf.lastPage(holding: "nhận:") {
            for phrase in signaturePage { marks.boxes[phrase] = pdf.box(of: phrase, onPage: page) }
        }
        if let motto = marks.boxes["Độc lập - Tự do - Hạnh phúc"] {
            marks.mottoRule = try pdf.longestRule(onPage: 0, between: motto.bottom, and: motto.bottom + 0.6)
        }
        return marks
    }

    @Test func pageOneHasTheHeaderGridMottoAndTitleWhereDecree30PutsThem() throws {
        let (docx, odt) = try Self.printed.get()
        for (name, pdf) in [("DOCX", docx), ("ODT", odt)] {
            let marks = try Self.landmarks(pdf)
            let columns = Self.layout.headerColumns
            guard let issuer = marks.boxes["UBND TỈNH CAO BẰNG"], let nation = marks.boxes["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                  let motto = marks.boxes["Độc lập - Tự do - Hạnh phúc"], let number = marks.boxes["Số: 125/BC-VP"],
                  let date = marks.boxes["Cao Bằng, ngày 25 tháng 5 năm 2023"], let title = marks.boxes["BÁO CÁO"]
            else {
                Issue.record("\(name): page 1 lacks a header line: \(marks.boxes.keys.sorted())")
                continue
            }
            #expect(abs(issuer.centre - (Self.left + columns[0] / 2)) < Self.tolerance, "\(name): issuer centre \(issuer.centre)")
            #expect(abs(nation.centre - (Self.left + columns[0] + columns[1] / 2)) < Self.tolerance, "\(name): national name centre \(nation.centre)")
            #expect(abs(issuer.top - nation.top) < 0.1, "\(name): issuer and national name start on one line")
            #expect(abs(issuer.top - Self.layout.marginTop / 10) < 0.5, "\(name): first line at \(issuer.top) cm")
            #expect(motto.top > nation.top + 0.3 && abs(motto.centre - nation.centre) < 0.1, "\(name): motto under the national name")
            #expect(number.centre < Self.left + columns[0] && date.left > Self.left + columns[0], "\(name): number left, date right")
            #expect(abs(number.top - date.top) < 0.3, "\(name): number and date on one level")
            #expect(title.top > date.bottom + 0.5, "\(name): title below the header")
            #expect(abs(title.centre - (Self.left + Self.layout.textWidth / 2)) < Self.tolerance, "\(name): title centre \(title.centre)")
        }
    }

    /// The rule under the motto is as long as the printed motto, within 2%, and centred under it.
    @Test func mottoRuleIsAsLongAsTheMotto() throws {
        let (docx, odt) = try Self.printed.get()
        for (name, pdf) in [("DOCX", docx), ("ODT", odt)] {
            let marks = try Self.landmarks(pdf)
            guard let motto = marks.boxes["Độc lập - Tự do - Hạnh phúc"], let rule = marks.mottoRule else {
                Issue.record("\(name): no motto or no rule under it")
                continue
            }
            let printed = motto.right - motto.left
            let length = rule.right - rule.left
            #expect(abs(length - printed) / printed < 0.02, "\(name): rule \(length) cm, motto \(printed) cm")
            #expect(abs((rule.left + rule.right) / 2 - motto.centre) < 0.1, "\(name): rule centred under the motto")
        }
    }

    @Test func signaturePageHasRecipientsLeftAndSignerRight() throws {
        let (docx, odt) = try Self.printed.get()
        for (name, pdf) in [("DOCX", docx), ("ODT", odt)] {
            let marks = try Self.landmarks(pdf)
            guard let recipients = marks.boxes["Nơi nhận:"], let position = marks.boxes["CHÁNH VĂN PHÒNG"],
                  let signer = marks.boxes["Trịnh Sỹ Tài"]
            else {
                Issue.record("\(name): the signature page lacks a line: \(marks.boxes.keys.sorted())")
                continue
            }
            let columns = Self.layout.signatureColumns
            #expect(abs(recipients.left - Self.left) < Self.tolerance, "\(name): Nơi nhận at \(recipients.left) cm")
            #expect(abs(position.centre - (Self.left + columns[0] + columns[1] / 2)) < Self.tolerance, "\(name): position centre \(position.centre)")
            #expect(abs(signer.centre - position.centre) < 0.1, "\(name): name under the position")
            #expect(signer.top - position.bottom > 1.5, "\(name): room to sign: \(signer.top - position.bottom) cm")
            #expect(abs(recipients.top - position.top) < 0.5, "\(name): Nơi nhận and the position start on one level")
        }
    }

    /// The DOCX and the ODT print the same page 1 and the same signature block. (Where the block
    /// starts on its page depends on the body above it, whose table rows LibreOffice sets a little
    /// taller from the ODT: the block is compared from its "Nơi nhận:" line.)
    @Test func docxAndODTPrintTheSameLandmarks() throws {
        let (docx, odt) = try Self.printed.get()
        let fromDOCX = try Self.landmarks(docx)
        let fromODT = try Self.landmarks(odt)
        for phrase in Self.pageOne + Self.signaturePage {
            guard let a = fromDOCX.boxes[phrase], let b = fromODT.boxes[phrase],
                  let anchorA = fromDOCX.boxes["Nơi nhận:"], let anchorB = fromODT.boxes["Nơi nhận:"]
            else {
                Issue.record("'\(phrase)' missing in the DOCX or ODT printing")
                continue
            }
            let shift = Self.signaturePage.contains(phrase) ? anchorB.top - anchorA.top : 0
            #expect(abs(a.left - b.left) < Self.tolerance && abs(a.top + shift - b.top) < Self.tolerance,
                    "'\(phrase)': DOCX at (\(a.left), \(a.top)), ODT at (\(b.left), \(b.top))")
        }
    }
}
