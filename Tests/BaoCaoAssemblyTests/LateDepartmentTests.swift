@testable import BaoCaoAssembly
import BaoCaoCLI
import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import Testing

/// A department that has not sent removes only the sentences needing its figures (issue 12, part 1).
@Suite("A late department removes only what it owes")
struct LateDepartmentTests {
    /// The departments of the project's profile.
    static let departments: [Department] = {
        let url = TestPaths.packageRoot.appendingPathComponent("Config/profile.yaml")
        return (try? Profile.load(url, file: "profile.yaml").departments) ?? []
    }()

    @Test("with one department missing, every other department's figures stay in the body and the report says once that it has not sent",
          arguments: departments.map(\.id))
    func eachDepartmentMissing(_ id: String) throws {
        let full = try AssemblyFixture.projectAssembly()
        let fixture = try AssemblyFixture()
        let ownText = try removeFiles(of: id, from: fixture)
        let assembly = try fixture.assemble()
        #expect(assembly.messages(.error, in: .en) == [])
        let body = ImportedText.plainText(assembly.report)
        let shortName = try #require(Self.departments.first { $0.id == id }).shortName
        #expect(body.occurrences(of: "\(shortName) chưa gửi báo cáo.") == 1, "\(body)")
        #expect(assembly.messages(.warning, in: .en).contains { $0.contains("(\(id)) has sent no report for 2023-05") })
        let fullBody = ImportedText.plainText(full.report)
        // A figure the late department's own narrative printed goes with it.
        for figure in full.figures where figure.department != id && !ownText.contains("\(figure.department).\(figure.id)") {
            for text in Self.printedForms(figure) where fullBody.contains(text) {
                #expect(body.contains(text), "\(figure.department).\(figure.id) (\(text)) is no longer in the body without \(id)")
            }
        }
    }

    @Test("a sentence left out is a warning at its own outline line; the office's sentences of that part stay")
    func leftOutSentencesByLine() throws {
        let fixture = try AssemblyFixture()
        try removeFiles(of: "sgtvt", from: fixture)
        let assembly = try fixture.assemble()
        let outline = fixture.config.appendingPathComponent("outline.yaml").path
        let lines = try String(contentsOfFile: outline, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains("Số lượt xe") }) + 1
        #expect(assembly.messages(.warning, in: .en).contains(
            "\(outline):\(line): warning: left out the sentence needing figures of Sở Giao thông vận tải (sgtvt), which has not sent its report: "
                + "\"Số lượt xe vận chuyển hành khách {{phrase(sgtvt.luot_xe_ck)}} năm trước; số lượt hành khách vận chuyển "
                + "{{phrase(sgtvt.luot_hanh_khach_ck)}} năm trước.\""))
        #expect(assembly.messages(.warning, in: .vi).contains { $0.hasPrefix("\(outline):\(line): cảnh báo: đã bỏ câu cần số liệu của Sở Giao thông vận tải (sgtvt)") })
        let body = ImportedText.plainText(assembly.report)
        #expect(body.contains(
            "Thương mại nội địa, dịch vụ tiếp tục có sự tăng trưởng cao. Tính chung 5 tháng/2023, tổng lượt khách du lịch đến Cao Bằng tăng 147,5% so với cùng kỳ, "
                + "đạt 60,6% KH, tổng thu du lịch ước tăng 374% so với cùng kỳ, đạt 60,3% KH. Sở Giao thông vận tải chưa gửi báo cáo. "
                + "Tổng mức bán lẻ hàng hoá và dịch vụ tăng 42% so với cùng kỳ năm trước."))
    }

    @Test("a narrative naming a late department's figures keeps its other sentences; the sentence stands at that department's own part")
    func narrativeKeepsOtherSentences() throws {
        let fixture = try AssemblyFixture()
        try removeFiles(of: "syt", from: fixture)
        let assembly = try fixture.assemble()
        #expect(assembly.messages(.error, in: .en) == [])
        let body = ImportedText.plainText(assembly.report)
        #expect(body.contains("Thực hiện tốt quy chế làm việc"))
        #expect(body.contains("thực hiện khám chữa bệnh phục vụ Nhân dân 24/24."))
        #expect(!body.contains("trường hợp dương tính với SARS-COV-2"))
        let file = fixture.sample("vp-quy-che-lam-viec.md").path
        #expect(assembly.messages(.warning, in: .en).filter { $0.hasPrefix("\(file):26: warning: left out the sentence needing figures of Sở Y tế (syt)") }.count == 2)
        #expect(assembly.messages(.warning, in: .en).contains { $0.contains("outline.yaml:") && $0.contains("Sở Y tế (syt) has sent no report") })
    }

    @Test("a draft leaves out only the sentence needing a figure that could not be read, and notes it")
    func draftLeavesOutUnreadableSentence() throws {
        let fixture = try AssemblyFixture()
        try fixture.edit("sct.yaml", replacing: "value: 497,984", with: "value: 497.98")
        let assembly = try Assembler(registry: .builtIn).assemble(AssemblyRequest(configDirectory: fixture.config.path, draft: true))
        let body = ImportedText.plainText(assembly.report)
        #expect(body.contains("Công nghiệp tiếp tục phục hồi và tăng trưởng. Tính chung 5 tháng/2023, giá trị sản xuất công nghiệp (giá hiện hành) ước đạt 2.344,844 tỷ đồng"))
        #expect(!body.contains("497,98"))
        #expect(assembly.messages(.error, in: .en).count == 1)
        #expect(assembly.messages(.note, in: .en).contains { $0.contains("left out the sentence needing sct.gtsx_thang, which could not be read") })
    }

    @Test("baocao assemble without a department writes the report with its own sentences and the others' figures")
    func assembleOnTheCommandLine() throws {
        let fixture = try AssemblyFixture()
        try removeFiles(of: "snn", from: fixture)
        let out = try TestPaths.scratchDirectory()
        let lines = ErrorLines()
        let code = CommandLineTool.run(["assemble", "--quiet", "--config", fixture.config.path, "--out", out.path, "--to", "md"],
                                       environment: ["LANG": "vi_VN.UTF-8"], errorOutput: lines.append)
        #expect(code == 0)
        #expect(lines.lines.contains { $0.contains("cảnh báo: đã bỏ câu cần số liệu của Sở Nông nghiệp và Phát triển nông thôn (snn)") })
        let report = try String(contentsOf: out.appendingPathComponent("bao-cao-2023-05.md"), encoding: .utf8)
        #expect(report.occurrences(of: "Sở Nông nghiệp và PTNT chưa gửi báo cáo.") == 1)
        #expect(report.contains("Bên cạnh những kết quả đạt được thì kinh tế - xã hội của tỉnh vẫn còn nhiều khó khăn. Tình hình vi phạm Luật Lâm nghiệp"))
        #expect(report.contains("quặng mangan nguyên khai và tinh quặng mangan giảm 17%"))
        #expect(!report.contains("Lúa xuân"))
    }

    // MARK: - Helpers

    /// Deletes the department's files of May 2023; returns their text.
    @discardableResult
    private func removeFiles(of id: String, from fixture: AssemblyFixture) throws -> String {
        let folder = fixture.sample("")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(id + ".") || $0.hasPrefix(id + "-") }
        #expect(!files.isEmpty)
        var text = ""
        for file in files {
            let url = folder.appendingPathComponent(file)
            text += String(decoding: try Data(contentsOf: url), as: UTF8.self)
            try FileManager.default.removeItem(at: url)
        }
        return text
    }

    /// The forms a template may print of `figure` that are long enough to tell it from another.
    private static func printedForms(_ figure: Figure) -> [String] {
        switch figure.value {
        case .number(let value, let digits):
            return [FigureText.standard(kind: figure.kind, value: value, fractionDigits: digits, unit: figure.unit),
                    FigureText.phrase(kind: figure.kind, value: value, fractionDigits: digits, unit: figure.unit)]
                .filter { $0.count >= 5 }
        case .tasks(let tally):
            return ["\(tally.assigned) nhiệm vụ"]
        }
    }
}
