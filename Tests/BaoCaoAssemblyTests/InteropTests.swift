import BaoCaoAssembly
import BaoCaoCore
import BaoCaoFormats
import BaoCaoTestSupport
import Foundation
import Testing

/// The sample month, assembled afresh, passes the independent checkers (which need unzip, xmllint,
/// jing, python3, LibreOffice and pdftotext; a missing tool fails the test). That the committed
/// `Exports/2023-05` equals a fresh run is checked byte for byte elsewhere.
@Suite("The assembled sample month passes the shared DOCX and ODT checkers")
struct InteropTests {
    /// Assembles the project's sample month and writes the format of `name` into a new scratch folder.
    private static func export(_ name: String) throws -> URL {
        let assembly = try AssemblyFixture.projectAssembly()
        let format = (name as NSString).pathExtension
        let paths = try ReportWriter(registry: .builtIn).write(
            assembly.report, formats: [format], to: try TestPaths.scratchDirectory().path, baseName: "bao-cao-2023-05",
            options: ExportOptions(layout: assembly.layout), log: DiagnosticLog())
        return URL(fileURLWithPath: try #require(paths.first))
    }

    /// Strings LibreOffice must show: header, task figures, signature, annex.
    private static let expected = ["UBND TỈNH CAO BẰNG", "125/BC-VP", "406", "1.185", "Trịnh Sỹ Tài", "MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU"]

    @Test("the DOCX passes check_docx.sh, XML schemas included", .tags(.external))
    func docx() throws {
        let verdict = try SharedChecker.check(try Self.export("bao-cao-2023-05.docx"), with: "check_docx.sh", options: ["--xsd"], expecting: Self.expected)
        #expect(verdict.passed, "check_docx.sh failed:\n\(verdict.transcript.suffix(3000))")
    }

    /// The annex of the signed document names no submission file: provenance stays in the CSV.
    @Test("the DOCX and ODT text name no submission file", .tags(.external))
    func noSubmissionFileNames() throws {
        let samples = TestPaths.packageRoot.appendingPathComponent("Config/samples/2023-05")
        let names = try FileManager.default.contentsOfDirectory(atPath: samples.path)
        #expect(names.count > 5)
        for (file, part) in [("bao-cao-2023-05.docx", "word/document.xml"), ("bao-cao-2023-05.odt", "content.xml")] {
            let text = try UnzippedPackage.part(part, of: Self.export(file))
            for name in names { #expect(!text.contains(name), "\(file) names \(name)") }
            #expect(!text.contains(".yaml") && !text.contains(".csv"), "\(file) names a submission file")
        }
    }

    @Test("the ODT passes check_odt.sh", .tags(.external))
    func odt() throws {
        let verdict = try SharedChecker.check(try Self.export("bao-cao-2023-05.odt"), with: "check_odt.sh", expecting: Self.expected)
        #expect(verdict.passed, "check_odt.sh failed:\n\(verdict.transcript.suffix(3000))")
    }
}
