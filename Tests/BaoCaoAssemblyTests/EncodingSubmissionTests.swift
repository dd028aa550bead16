import BaoCaoAssembly
import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import Testing

@Suite("Submissions saved in other encodings than UTF-8")
struct EncodingSubmissionTests {
    /// Excel's "Unicode Text": tab-separated UTF-16 LE with a byte order mark, saved as `.txt`.
    @Test func excelUnicodeTextIsAFiguresTable() throws {
        let fixture = try AssemblyFixture()
        let original = fixture.sample("vp-theo-doi-nhiem-vu.csv")
        let csv = try String(contentsOf: original, encoding: .utf8).replacingOccurrences(of: "\u{FEFF}", with: "")
        try FileManager.default.removeItem(at: original)
        let tabbed = csv.replacingOccurrences(of: ";", with: "\t").replacingOccurrences(of: "\n", with: "\r\n")
        try (Data([0xFF, 0xFE]) + tabbed.data(using: .utf16LittleEndian)!).write(to: fixture.sample("vp-theo-doi-nhiem-vu.txt"))
        let assembly = try fixture.assemble()
        #expect(assembly.log.errors.map { $0.text(in: .en) } == [])
        #expect(assembly.log.notes.map { $0.text(in: .en) } == [
            "\(fixture.sample("vp-theo-doi-nhiem-vu.txt").path): note: the file was read as UTF-16 LE (not UTF-8); if the text looks wrong, save the file as UTF-8"
        ])
        #expect(assembly.report.allText.contains("có 296 nhiệm vụ đã hoàn thành (73%)"))
    }

    /// A YAML file saved in Windows-1258 by an old editor, made with the system's iconv.
    @Test(.tags(.external)) func windows1258YAMLIsReadWithANote() throws {
        let fixture = try AssemblyFixture()
        let yaml = fixture.sample("sct.yaml")
        let legacy = fixture.sample("sct-1258.yaml")
        #expect(try ExternalTool.run("iconv", ["-f", "UTF-8", "-t", "WINDOWS-1258", "-o", legacy.path, yaml.path]).status == 0)
        try FileManager.default.removeItem(at: yaml)
        let assembly = try fixture.assemble()
        #expect(assembly.log.errors.map { $0.text(in: .en) } == [])
        #expect(assembly.log.notes.map { $0.text(in: .vi) } == [
            "\(legacy.path): ghi chú: tệp được đọc theo bảng mã Windows-1258 (không phải UTF-8); nếu chữ hiển thị sai, hãy lưu lại tệp dạng UTF-8"
        ])
        #expect(assembly.report.allText.contains("ước đạt 497,984 tỷ đồng, bằng 107,5% so với tháng trước"))
    }
}
