import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import Testing

@Suite("Atomic file writes")
struct AtomicFileTests {
    @Test("a write puts the whole file in place and leaves no temporary file, durably or not")
    func writesInPlace() throws {
        let folder = try TestPaths.scratchDirectory()
        let file = folder.appendingPathComponent("bao-cao.md")
        try AtomicFile.write(Data("cũ".utf8), to: file)
        try AtomicFile.write(Data("Báo cáo tháng 5".utf8), to: file)
        #expect(FileManager.default.contents(atPath: file.path) == Data("Báo cáo tháng 5".utf8))
        let durable = folder.appendingPathComponent("tep-da-nhan.yaml")
        try AtomicFile.writeDurably(Data(repeating: 0x41, count: 300_000), to: durable)
        #expect(FileManager.default.contents(atPath: durable.path) == Data(repeating: 0x41, count: 300_000))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["bao-cao.md", "tep-da-nhan.yaml"])
    }

    @Test("a file that cannot be created is an output error naming it, in Vietnamese, and nothing is left")
    func namesTheFileItCannotWrite() throws {
        let folder = try TestPaths.scratchDirectory()
        let file = folder.appendingPathComponent("khong-co/bao-cao.docx")
        let error = try #require(throws: BaoCaoError.self) { try AtomicFile.write(Data("x".utf8), to: file) }
        #expect(error.kind == .output)
        #expect(error.location?.file == file.path)
        #expect(error.message.vi.hasPrefix("không ghi được tệp: "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
