import BaoCaoCLI
import BaoCaoTestSupport
import Foundation
import Testing

@Suite("baocao assemble and validate on the command line", .serialized)
struct CommandLineTests {
    @Test("validate passes on the sample month and fails when a task count no longer adds up")
    func validateExitCodes() throws {
        let fixture = try AssemblyFixture()
        #expect(CommandLineTool.run(["validate", "--quiet", "--config", fixture.config.path]) == 0)
        try fixture.edit("vp-theo-doi-nhiem-vu.csv", replacing: ";81;22;18;32;09;", with: ";81;22;18;32;10;")
        #expect(CommandLineTool.run(["validate", "--quiet", "--config", fixture.config.path]) == 1)
        let errors = try fixture.assemble().log.errors.map { $0.text(in: .en) }
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix(fixture.sample("vp-theo-doi-nhiem-vu.csv").path + ":5: error:") == true)
    }

    /// One mistake, one error: the unreadable number is reported at the department's line, and the
    /// outline's template that uses it is not blamed as an "unknown placeholder".
    @Test("validate prints the clerk's diagnostics in Vietnamese, in English with --lang en or LANG=en*")
    func validateSpeaksVietnamese() throws {
        let fixture = try AssemblyFixture()
        try fixture.edit("sct.yaml", replacing: "value: 497,984", with: "value: 497.98")
        let file = fixture.sample("sct.yaml").path
        func run(_ extra: [String], environment: [String: String]) -> (code: Int32, lines: [String]) {
            let lines = ErrorLines()
            let code = CommandLineTool.run(["validate", "--quiet", "--config", fixture.config.path] + extra, environment: environment, errorOutput: lines.append)
            return (code, lines.lines)
        }
        let vietnamese = run([], environment: ["LANG": "vi_VN.UTF-8"])
        #expect(vietnamese.code == 1)
        #expect(vietnamese.lines == [
            "\(file):10:12: lỗi: số '497.98' viết chưa rõ (kiểu tiếng Anh?): hàng nghìn phân cách bằng '.', phần thập phân bằng ',', ví dụ 98,3 hoặc 2.344,844",
            "lỗi: có 1 lỗi, 0 cảnh báo trong các báo cáo kỳ 2023-05; không ghi tệp nào (dùng --draft để vẫn ghi bản dự thảo)",
        ])
        let english = [
            "\(file):10:12: error: number '497.98' is in an ambiguous format (English style?): write thousands with '.' and decimals with ',', for example 98,3 or 2.344,844",
            "error: 1 error(s), 0 warning(s) in the submissions for 2023-05; nothing was written (use --draft to write a draft anyway)",
        ]
        #expect(run(["--lang", "en"], environment: [:]).lines == english)
        #expect(run([], environment: ["LANG": "en_US.UTF-8"]).lines == english)
        #expect(run(["--lang", "vi"], environment: ["LANG": "en_US.UTF-8"]).lines == vietnamese.lines)
    }

    @Test("assemble refuses a report with errors unless --draft, which marks it as a draft")
    func draftOnErrors() throws {
        let fixture = try AssemblyFixture()
        try fixture.edit("sct.yaml", replacing: "value: 497,984", with: "value: 497.98")
        let out = try TestPaths.scratchDirectory().appendingPathComponent("out")
        #expect(CommandLineTool.run(["assemble", "--quiet", "--config", fixture.config.path, "--out", out.path, "--to", "json"]) == 1)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("bao-cao-2023-05.json").path))
        #expect(CommandLineTool.run(["assemble", "--quiet", "--draft", "--config", fixture.config.path, "--out", out.path, "--to", "json"]) == 0)
        let json = try String(contentsOf: out.appendingPathComponent("bao-cao-2023-05.json"), encoding: .utf8)
        #expect(json.contains("\"isDraft\" : true") || json.contains("\"isDraft\":true"))
    }

    @Test("--inbox, --period and --to choose the submissions, the month and the formats")
    func inboxAndPeriod() throws {
        let fixture = try AssemblyFixture()
        let inbox = try TestPaths.scratchDirectory()
        try FileManager.default.moveItem(at: fixture.config.appendingPathComponent("samples/2023-05"), to: inbox.appendingPathComponent("2023-05"))
        let out = try TestPaths.scratchDirectory()
        let config = TestPaths.packageRoot.appendingPathComponent("Config").path
        #expect(CommandLineTool.run(["assemble", "--quiet", "--config", config, "--inbox", inbox.path, "--period", "2023-05", "--out", out.path, "--to", "md,csv"]) == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["bao-cao-2023-05.csv", "bao-cao-2023-05.md"])
        #expect(CommandLineTool.run(["validate", "--quiet", "--config", config, "--inbox", inbox.path, "--period", "2023-06"]) == 1)
        #expect(CommandLineTool.run(["validate", "--quiet", "--period", "2023-5"]) == 2)
        #expect(CommandLineTool.run(["assemble", "--quiet", "--config", config, "--out", out.path, "--to", "rtf"]) == 2)
    }

    @Test("section previews one department's part alone")
    func sectionPreview() throws {
        let out = try TestPaths.scratchDirectory()
        let config = TestPaths.packageRoot.appendingPathComponent("Config").path
        #expect(CommandLineTool.run(["section", "--quiet", "--department", "sct", "--config", config, "--out", out.path, "--to", "md"]) == 0)
        let text = try String(contentsOf: out.appendingPathComponent("sct-2023-05.md"), encoding: .utf8)
        #expect(text.contains("ước đạt 497,984 tỷ đồng"))
        #expect(!text.contains("Lúa xuân"))
        #expect(!text.contains("3.384 văn bản đến"))
        #expect(CommandLineTool.run(["section", "--quiet", "--department", "xyz", "--config", config, "--out", out.path]) == 2)
        #expect(CommandLineTool.run(["section", "--quiet", "--department", "SNN", "--config", config, "--out", out.path, "--to", "md"]) == 0)
        #expect(try String(contentsOf: out.appendingPathComponent("snn-2023-05.md"), encoding: .utf8).contains("Lúa xuân gieo cấy được 98,3% KH"))
    }

    @Test("--sources writes the office's check list of files and lines beside the report, which names none")
    func sourcesCheckList() throws {
        let out = try TestPaths.scratchDirectory()
        let config = TestPaths.packageRoot.appendingPathComponent("Config").path
        #expect(CommandLineTool.run(["assemble", "--quiet", "--config", config, "--out", out.path, "--to", "md", "--sources"]) == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["bao-cao-2023-05-nguon-so-lieu.md", "bao-cao-2023-05.md"])
        let list = try String(contentsOf: out.appendingPathComponent("bao-cao-2023-05-nguon-so-lieu.md"), encoding: .utf8)
        #expect(list.contains("| Lúa xuân gieo cấy | So kế hoạch (%) | 98,3 | Sở Nông nghiệp và Phát triển nông thôn | 2023-05/snn.yaml | 6 |  |"))
        #expect(list.contains("type: DANH SÁCH KIỂM TRA"))
        let report = try String(contentsOf: out.appendingPathComponent("bao-cao-2023-05.md"), encoding: .utf8)
        #expect(!report.contains("snn.yaml") && !report.contains("vp-theo-doi-nhiem-vu.csv"))
    }

    @Test("assemble regenerates Exports/2023-05 byte for byte, twice")
    func regeneratesExports() throws {
        let exports = TestPaths.packageRoot.appendingPathComponent("Exports/2023-05")
        let config = TestPaths.packageRoot.appendingPathComponent("Config").path
        let names = try FileManager.default.contentsOfDirectory(atPath: exports.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(names == ["bao-cao-2023-05.csv", "bao-cao-2023-05.docx", "bao-cao-2023-05.md", "bao-cao-2023-05.odt"])
        for _ in 1...2 {
            let out = try TestPaths.scratchDirectory()
            #expect(CommandLineTool.run(["assemble", "--quiet", "--config", config, "--out", out.path]) == 0)
            for name in names {
                let fresh = try Data(contentsOf: out.appendingPathComponent(name))
                let committed = try Data(contentsOf: exports.appendingPathComponent(name))
                #expect(fresh == committed, "\(name) differs from Exports/2023-05/\(name): after changing an exporter or Config/, run `baocao assemble` (scripts/sample) and commit Exports/2023-05")
            }
        }
    }
}
