import BaoCaoCore
import BaoCaoTestSupport
import DOCXExporter
import Foundation
import PDFExporter
import Testing

@Suite struct PDFExporterTests {
    /// Without soffice: an output error (exit 1) naming the Debian package to install.
    @Test func missingLibreOfficeSaysWhichPackageToInstall() throws {
        let exporter = PDFExporter(printing: DOCXExporter(), office: OfficeConverter(searchPath: ["/nonexistent"]))
        #expect {
            try exporter.export(OfficialReportFixture.report(), options: ExportOptions(), log: DiagnosticLog())
        } throws: { error in
            guard let error = error as? BaoCaoError else { return false }
            return error.kind == .output && error.message.vi.contains("apt-get install -y libreoffice-writer-nogui")
        }
    }

    /// PDF/A-2b: the XMP metadata names part 2, conformance B; every font is embedded, and the
    /// Vietnamese letters come from the Times New Roman metric font, not from a fallback.
    @Test(.tags(.external)) func pdfaIsPartTwoBWithEveryFontEmbedded() throws {
        try ExternalTool.requireOffice()
        let pdf = try ExportedFile(OfficialReportFixture.report(), with: PDFExporter(printing: DOCXExporter()),
                                   options: ExportOptions(archival: true))
        let meta = try ExternalTool.run("pdfinfo", ["-meta", pdf.url.path])
        #expect(meta.status == 0)
        #expect(meta.stdout.contains("<pdfaid:part>2</pdfaid:part>"))
        #expect(meta.stdout.contains("<pdfaid:conformance>B</pdfaid:conformance>"))
        let fonts = try ExternalTool.run("pdffonts", [pdf.url.path])
        let rows = fonts.stdout.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            let columns = row.split(separator: " ")
            #expect(columns.count > 4 && columns[columns.count - 5] == "yes", "font not embedded: \(row)")
            #expect(row.contains("LiberationSerif") || row.contains("TimesNewRoman"), "unexpected font: \(row)")
        }
        let info = try ExternalTool.run("pdfinfo", [pdf.url.path])
        #expect(info.stdout.contains("Page size:       595.") && info.stdout.contains("(A4)"))
    }

    /// A plain PDF is not PDF/A, and the text LibreOffice printed holds page 1 and the final block.
    @Test(.tags(.external)) func plainPDFHoldsTheReportText() throws {
        try ExternalTool.requireOffice()
        let pdf = try ExportedFile(OfficialReportFixture.report(), with: PDFExporter(printing: DOCXExporter()))
        #expect(try pdf.bytes.starts(with: Array("%PDF-".utf8)))
        let meta = try ExternalTool.run("pdfinfo", ["-meta", pdf.url.path])
        #expect(!meta.stdout.contains("pdfaid:part"))
        let text = try ExternalTool.run("pdftotext", ["-layout", pdf.url.path, "-"]).stdout
        for expected in OfficialReportFixture.expectedStrings {
            #expect(text.contains(expected), "'\(expected)' missing from the PDF text")
        }
        // Font substitution: what fontconfig gives for Times New Roman is named, with whether its metrics match.
        let family = try ExternalTool.run("fc-match", ["--format=%{family[0]}", "Times New Roman"]).stdout
        if family == "Times New Roman" {
            #expect(pdf.log.warnings.isEmpty)
        } else {
            let warning = "máy không có phông Times New Roman; LibreOffice in PDF bằng phông \(family)"
            #expect(pdf.log.warnings.map(\.message.vi).contains { $0.hasPrefix(warning) }, "\(pdf.log.warnings)")
            if family == "Liberation Serif" {
                #expect(pdf.log.warnings.contains { $0.message.vi.contains("cùng số đo chữ") })
            }
        }
    }
}
