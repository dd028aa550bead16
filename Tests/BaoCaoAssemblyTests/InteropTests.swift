import BaoCaoTestSupport
import Foundation
import Testing

/// The committed sample month passes the independent checkers (which need unzip, xmllint, jing,
/// python3, LibreOffice and pdftotext; a missing tool fails the test).
@Suite("Exports/2023-05 passes the shared DOCX and ODT checkers")
struct InteropTests {
    private static func check(_ tool: String, _ file: String) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [TestPaths.shared.appendingPathComponent("tools/\(tool)").path,
                             TestPaths.packageRoot.appendingPathComponent("Exports/2023-05/\(file)").path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test("the DOCX passes check_docx.sh")
    func docx() throws {
        let result = try Self.check("check_docx.sh", "bao-cao-2023-05.docx")
        #expect(result.status == 0, "check_docx.sh failed:\n\(result.output.suffix(3000))")
        #expect(result.output.contains("Trịnh Sỹ Tài"))
    }

    @Test("the ODT passes check_odt.sh")
    func odt() throws {
        let result = try Self.check("check_odt.sh", "bao-cao-2023-05.odt")
        #expect(result.status == 0, "check_odt.sh failed:\n\(result.output.suffix(3000))")
        #expect(result.output.contains("BIỂU THỐNG KÊ"))
    }
}
