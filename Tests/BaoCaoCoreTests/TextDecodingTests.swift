import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import Testing

@Suite("Text in the encodings departments save it in")
struct TextDecodingTests {
    static let sentence = "Sở Công Thương: giá trị sản xuất ước đạt 497,984 tỷ đồng, bằng 107,5% so với tháng trước; Việt Nam, Cao Bằng"

    private func decoded(_ bytes: [UInt8]) throws -> TextDecoding.Decoded {
        try TextDecoding.decode(Data(bytes), source: "so-ct.csv")
    }

    @Test func utf8WithAndWithoutByteOrderMark() throws {
        #expect(try decoded(Array(Self.sentence.utf8)) == .init(text: Self.sentence, encoding: .utf8))
        #expect(try decoded([0xEF, 0xBB, 0xBF] + Array(Self.sentence.utf8)) == .init(text: Self.sentence, encoding: .utf8))
        let decomposed = Self.sentence.decomposedStringWithCanonicalMapping
        #expect(try decoded(Array(decomposed.utf8)).text == Self.sentence)
    }

    @Test func utf16WithByteOrderMark() throws {
        let little = [0xFF, 0xFE] + Array(Self.sentence.data(using: .utf16LittleEndian)!)
        let big = [0xFE, 0xFF] + Array(Self.sentence.data(using: .utf16BigEndian)!)
        #expect(try decoded(little) == .init(text: Self.sentence, encoding: .utf16LittleEndian))
        #expect(try decoded(big) == .init(text: Self.sentence, encoding: .utf16BigEndian))
        #expect(throws: BaoCaoError.badInput(.invalidUTF16(littleEndian: true), at: SourceLocation(file: "so-ct.csv"))) {
            try decoded([0xFF, 0xFE, 0x41])
        }
    }

    /// Bytes as `iconv -t WINDOWS-1258` writes them: tones as combining marks after the letter.
    @Test func windows1258IsReadAndComposed() throws {
        // "Việt Nam tiếng Cao Bằng Sở Công Thương"
        let bytes: [UInt8] = [
            0x56, 0x69, 0xEA, 0xF2, 0x74, 0x20, 0x4E, 0x61, 0x6D, 0x20, 0x74, 0x69, 0xEA, 0xEC, 0x6E, 0x67,
            0x20, 0x43, 0x61, 0x6F, 0x20, 0x42, 0xE3, 0xCC, 0x6E, 0x67, 0x20, 0x53, 0xF5, 0xD2, 0x20, 0x43,
            0xF4, 0x6E, 0x67, 0x20, 0x54, 0x68, 0xFD, 0xF5, 0x6E, 0x67,
        ]
        #expect(try decoded(bytes) == .init(text: "Việt Nam tiếng Cao Bằng Sở Công Thương", encoding: .windows1258))
    }

    /// TCVN3 (ABC, `.VnTime`): one byte per lower-case letter with its tone.
    @Test func tcvn3IsRead() throws {
        // "Việt Nam tiếng Cao Bằng Sở Công Thương"
        let bytes: [UInt8] = [
            0x56, 0x69, 0xD6, 0x74, 0x20, 0x4E, 0x61, 0x6D, 0x20, 0x74, 0x69, 0xD5, 0x6E, 0x67, 0x20, 0x43,
            0x61, 0x6F, 0x20, 0x42, 0xBB, 0x6E, 0x67, 0x20, 0x53, 0xEB, 0x20, 0x43, 0xAB, 0x6E, 0x67, 0x20,
            0x54, 0x68, 0xAD, 0xAC, 0x6E, 0x67,
        ]
        #expect(try decoded(bytes) == .init(text: "Việt Nam tiếng Cao Bằng Sở Công Thương", encoding: .tcvn3))
    }

    /// VNI (`VNI-Times`): a letter followed by the bytes of its marks ("Vieät" is "Việt").
    @Test func vniIsRead() throws {
        let vni = "Vie\u{E4}t Nam tie\u{E1}ng Cao Ba\u{E8}ng S\u{F4}\u{FB} Co\u{E2}ng Th\u{F6}\u{F4}ng \u{F1}a\u{EF}t ke\u{E1} hoa\u{EF}ch; \u{D1}O\u{C4}NG"
        let bytes = vni.unicodeScalars.map { UInt8($0.value) }
        #expect(try decoded(bytes) == .init(text: "Việt Nam tiếng Cao Bằng Sở Công Thương đạt kế hoạch; ĐỘNG", encoding: .vni))
    }

    /// Made with the system's iconv from the UTF-8 sentence, as a clerk's old tools would save it.
    @Test(.tags(.external), arguments: [("WINDOWS-1258", TextEncoding.windows1258), ("TCVN5712-1", .tcvn3)])
    func iconvSamplesRoundTrip(_ charset: String, _ encoding: TextEncoding) throws {
        let input = try TestPaths.scratchDirectory().appendingPathComponent("utf8.txt")
        let lowercase = Self.sentence.replacingOccurrences(of: "Sở Công Thương", with: "sở công thương")
        try Data(lowercase.utf8).write(to: input)
        let output = input.deletingLastPathComponent().appendingPathComponent("legacy.txt")
        #expect(try ExternalTool.run("iconv", ["-f", "UTF-8", "-t", charset, "-o", output.path, input.path]).status == 0)
        #expect(try TextDecoding.decode(Data(contentsOf: output), source: "x.csv") == .init(text: lowercase, encoding: encoding))
    }

    @Test func bytesNoEncodingReadsAreRefusedWithTheirLine() {
        let bytes = Data("dòng một\nhai\n".utf8) + Data([0x41, 0x80, 0x81, 0xFF, 0xFE, 0x9F])
        #expect(throws: BaoCaoError.badInput(.undecodableText(byte: 18), at: SourceLocation(file: "so-ct.csv", line: 3))) {
            try TextDecoding.decode(bytes, source: "so-ct.csv")
        }
    }

    @Test func aNoteSaysWhichEncodingWasAssumed() throws {
        let log = DiagnosticLog()
        let text = try TextDecoding.text(Data([0x56, 0x69, 0xD6, 0x74]), source: "snn.yaml", log: log)
        #expect(text == "Việt")
        #expect(log.entries.map { $0.text(in: .vi) } == [
            "snn.yaml: ghi chú: tệp được đọc theo bảng mã TCVN3 (ABC) (không phải UTF-8); nếu chữ hiển thị sai, hãy lưu lại tệp dạng UTF-8"
        ])
        #expect(try TextDecoding.text(Data("Việt".utf8), source: "snn.yaml", log: log) == "Việt")
        #expect(log.entries.count == 1)
    }
}
