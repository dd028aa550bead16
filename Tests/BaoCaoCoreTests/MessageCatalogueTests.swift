import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import Testing

@Suite("The message catalogue: every diagnostic in Vietnamese and English")
struct MessageCatalogueTests {
    @Test func diagnosticsPrintInEitherLanguage() {
        let diagnostic = Diagnostic(.error, .undecodableText(byte: 14), at: SourceLocation(file: "sct.yaml", line: 9, column: 12))
        #expect(diagnostic.text(in: .vi).hasPrefix("sct.yaml:9:12: lỗi: không đọc được nội dung (byte 14)"))
        #expect(diagnostic.text(in: .en).hasPrefix("sct.yaml:9:12: error: cannot decode the text (byte 14)"))
        #expect(diagnostic.description == diagnostic.text(in: .vi))
        #expect(Diagnostic(.warning, .csvNotProduced).text(in: .vi) == "cảnh báo: không tạo được tệp CSV")
        #expect(Diagnostic(.note, .csvNotProduced).text(in: .en) == "note: the CSV could not be produced")
        #expect(BaoCaoError.badInput(.csvNotProduced, at: SourceLocation(file: "a.csv")).text(in: .en) == "a.csv: error: the CSV could not be produced")
    }

    @Test func theLocaleChoosesEnglishOnlyWhenItSaysEnglish() {
        #expect(Language.preferred(by: [:]) == .vi)
        #expect(Language.preferred(by: ["LANG": "C.UTF-8"]) == .vi)
        #expect(Language.preferred(by: ["LANG": "vi_VN.UTF-8"]) == .vi)
        #expect(Language.preferred(by: ["LANG": "en_US.UTF-8"]) == .en)
        #expect(Language.preferred(by: ["LANG": "en"]) == .en)
        #expect(Language.preferred(by: ["LANG": "en_US.UTF-8", "LC_MESSAGES": "vi_VN"]) == .vi)
        #expect(Language.preferred(by: ["LANG": "vi_VN", "LC_ALL": "en_GB.UTF-8"]) == .en)
        #expect(Language.preferred(by: ["LANG": "en_US.UTF-8", "LC_ALL": ""]) == .en)
    }

    @Test func vietnameseTextIsKeptInNFC() {
        let decomposed = Message(vi: "lo\u{0302}\u{0303}i", en: "error")
        #expect(decomposed.vi == "lỗi")
    }

    /// The catalogue is the only place a message is written: call sites in `Sources/` name a
    /// message (`log.error(.notANumber(text))`), never write one.
    @Test func messagesAreWrittenOnlyInTheCatalogue() throws {
        let sources = TestPaths.packageRoot.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 50)
        var offenders: [String] = []
        for file in files where !file.lastPathComponent.hasPrefix("Message+") && file.lastPathComponent != "Message.swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.components(separatedBy: "\n").enumerated()
            where line.contains("Message(vi:") || line.range(of: #"\.(error|warning|note|badInput)\(""#, options: .regularExpression) != nil
                || line.range(of: #"BaoCaoError\(\.\w+, ""#, options: .regularExpression) != nil {
                offenders.append("\(file.lastPathComponent):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(offenders == [])
    }
}
