import BaoCaoCLI
import BaoCaoTestSupport
import Foundation
import Testing

/// Collects what the command line writes on standard output.
final class OutputBytes: @unchecked Sendable {
    private let lock = NSLock()
    private var storage = Data()

    var data: Data { lock.withLock { storage } }
    var text: String { String(decoding: data, as: UTF8.self) }

    func append(_ data: Data) { lock.withLock { storage.append(data) } }
}

/// Runs `baocao` in-process and returns its exit code and standard error lines.
func baocao(_ arguments: String...) -> (code: Int32, errors: [String]) {
    baocao(arguments, environment: ["LANG": "en_US.UTF-8"])
}

/// Runs `baocao` in-process with the locale environment `environment`; returns the exit code and
/// the lines written to standard error.
func baocao(_ arguments: [String], environment: [String: String]) -> (code: Int32, errors: [String]) {
    let errors = ErrorLines()
    let code = CommandLineTool.run(arguments, environment: environment, errorOutput: { errors.append($0) })
    return (code, errors.lines)
}

/// Runs `baocao` in-process with `input` as standard input; returns the exit code, standard
/// output and standard error lines.
func baocao(input: Data, _ arguments: String...) -> (code: Int32, output: OutputBytes, errors: [String]) {
    let errors = ErrorLines()
    let output = OutputBytes()
    let code = CommandLineTool.run(
        arguments, environment: ["LANG": "en_US.UTF-8"], standardInput: input, output: { output.append($0) }, errorOutput: { errors.append($0) })
    return (code, output, errors.lines)
}

@Suite("baocao convert, end to end on the seed")
struct ConvertEndToEndTests {
    @Test func seedToMarkdownKeepsWordsNotesAndClosingBlock() throws {
        let folder = try TestPaths.scratchDirectory()
        let out = folder.appendingPathComponent("out.md").path
        let result = baocao("convert", TestPaths.seed.path, "--from", "markdown", "-o", out)
        #expect(result.code == 0)
        #expect(result.errors.contains { $0.contains(":13: warning: heading number 'I.'") })
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(WordRecall.recall(of: try SeedFixtures.seedText(), in: text) >= 0.99)
        for note in 1...4 { #expect(text.contains("\n[^\(note)]: ")) }
        #expect(text.contains("Phiên họp UBND tỉnh thường kỳ"))
        #expect(text.contains("- Ban Dân vận Tỉnh ủy\n") && text.contains("archive: VT, TH(Nh)\n"))
        #expect(text.contains("  - CHÁNH VĂN PHÒNG\n  name: Trịnh Sỹ Tài\n"))

        let again = folder.appendingPathComponent("again.md").path
        #expect(baocao("convert", out, "-o", again).code == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: again)) == Data(contentsOf: URL(fileURLWithPath: out)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["again.md", "out.md"])
    }

    @Test func jsonCarriesTheVersionedModel() throws {
        let out = try TestPaths.scratchDirectory().appendingPathComponent("seed.json")
        let input = try SeedFixtures.seedWithFrontMatterFile()
        #expect(baocao("convert", input.path, "-o", out.path).code == 0)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out)) as? [String: Any]
        #expect(json?["formatVersion"] as? Int == 1)
        #expect((json?["header"] as? [String: Any])?["place"] as? String == "Cao Bằng")
        #expect((json?["footnotes"] as? [Any])?.count == 4)

        // The JSON form carries the whole model: Markdown made from it equals Markdown made directly.
        let viaJSON = out.deletingLastPathComponent().appendingPathComponent("via-json.md")
        let direct = out.deletingLastPathComponent().appendingPathComponent("direct.md")
        #expect(baocao("convert", out.path, "-o", viaJSON.path).code == 0)
        #expect(baocao("convert", input.path, "-o", direct.path).code == 0)
        #expect(try Data(contentsOf: viaJSON) == Data(contentsOf: direct))
    }

    @Test func aMissingFileFailsWithExitOneAndNoOutput() throws {
        let folder = try TestPaths.scratchDirectory()
        let out = folder.appendingPathComponent("out.md").path
        let result = baocao("convert", folder.appendingPathComponent("khong-co.md").path, "-o", out)
        #expect(result.code == 1)
        #expect(result.errors == ["\(folder.path)/khong-co.md: error: no such file"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func diagnosticsAreVietnameseUnlessEnglishIsAsked() throws {
        let folder = try TestPaths.scratchDirectory()
        let missing = folder.appendingPathComponent("khong-co.md").path
        let out = folder.appendingPathComponent("out.md").path
        let vietnamese = "\(missing): lỗi: không có tệp này"
        let english = "\(missing): error: no such file"
        #expect(baocao(["convert", missing, "-o", out], environment: [:]).errors == [vietnamese])
        #expect(baocao(["convert", missing, "-o", out], environment: ["LANG": "C.UTF-8"]).errors == [vietnamese])
        #expect(baocao(["convert", missing, "-o", out], environment: ["LANG": "vi_VN.UTF-8"]).errors == [vietnamese])
        #expect(baocao(["convert", missing, "-o", out], environment: ["LANG": "en_GB.UTF-8"]).errors == [english])
        #expect(baocao(["convert", missing, "-o", out], environment: ["LANG": "en_US.UTF-8", "LC_ALL": "vi_VN.UTF-8"]).errors == [vietnamese])
        #expect(baocao(["convert", missing, "-o", out, "--lang", "en"], environment: [:]).errors == [english])
        #expect(baocao(["convert", missing, "-o", out, "--lang", "vi"], environment: ["LANG": "en_US.UTF-8"]).errors == [vietnamese])
        #expect(baocao(["convert", missing, "-o", out, "--lang", "fr"], environment: [:]).code == 2)
    }

    @Test func invalidUTF8NamesTheLineAndLeavesTheOldOutputAlone() throws {
        let folder = try TestPaths.scratchDirectory()
        let input = folder.appendingPathComponent("bad.md")
        try (Data("# I. Một\n\nDòng hai\n".utf8) + Data([0xC0, 0x20]) + Data("\n".utf8)).write(to: input)
        let out = folder.appendingPathComponent("out.md")
        try Data("bản cũ".utf8).write(to: out)
        let result = baocao("convert", input.path, "-o", out.path)
        #expect(result.code == 1)
        #expect(result.errors.first?.hasPrefix("\(input.path):4: error: cannot decode the text") == true)
        #expect(try String(contentsOf: out, encoding: .utf8) == "bản cũ")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["bad.md", "out.md"])
    }

    @Test func anUnknownFormatIsAUsageError() throws {
        let folder = try TestPaths.scratchDirectory()
        let out = folder.appendingPathComponent("out.rtf").path
        let byExtension = baocao("convert", TestPaths.seed.path, "--from", "markdown", "-o", out)
        #expect(byExtension.code == 2)
        #expect(byExtension.errors == ["error: no output format for the extension '.rtf' of '\(out)'"])
        let byName = baocao("convert", TestPaths.seed.path, "--from", "wordperfect", "-o", out)
        #expect(byName.code == 2)
        #expect(byName.errors.first?.hasPrefix("error: unknown input format 'wordperfect'") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func missingArgumentsAreUsageErrors() {
        let result = baocao("convert")
        #expect(result.code == 2)
        #expect(result.errors.first?.contains("Missing expected argument '<input>'") == true)
        #expect(baocao("convert", "--help").code == 0)
        #expect(baocao("--help").code == 0)
    }

    /// `-o x.pdf --pdfa`: LibreOffice prints the seed as PDF/A-2b; only the PDF is left in the folder.
    @Test(.tags(.external)) func seedToPDFAThroughLibreOffice() throws {
        try ExternalTool.requireOffice()
        let folder = try TestPaths.scratchDirectory()
        let out = folder.appendingPathComponent("bao-cao.pdf")
        let input = try SeedFixtures.seedWithFrontMatterFile()
        let result = baocao("convert", input.path, "-o", out.path, "--pdfa")
        #expect(result.code == 0, "\(result.errors)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bao-cao.pdf"])
        let meta = try ExternalTool.run("pdfinfo", ["-meta", out.path]).stdout
        #expect(meta.contains("<pdfaid:part>2</pdfaid:part>"))
        let text = try ExternalTool.run("pdftotext", [out.path, "-"]).stdout
        #expect(text.contains("Độc lập - Tự do - Hạnh phúc") && text.contains("Trịnh Sỹ Tài"))
    }
}

@Suite("baocao convert --layout")
struct ConvertLayoutTests {
    private func convert(layout: String) throws -> (code: Int32, errors: [String], folder: URL) {
        let folder = try TestPaths.scratchDirectory()
        let settings = folder.appendingPathComponent("bo-cuc.yaml")
        try Data(layout.utf8).write(to: settings)
        let input = try SeedFixtures.seedWithFrontMatterFile()
        let result = baocao("convert", input.path, "-o", folder.appendingPathComponent("out.docx").path, "--layout", settings.path)
        return (result.code, result.errors.filter { !$0.contains("warning:") }, folder)
    }

    @Test(.tags(.external)) func settingsChangeTheMargins() throws {
        let (code, errors, folder) = try convert(layout: "# lề trái 35 mm\nmarginLeft: 35\nlineSpacing: 1.15\n")
        #expect(code == 0 && errors.isEmpty)
        let document = try ExternalTool.run("unzip", ["-p", folder.appendingPathComponent("out.docx").path, "word/document.xml"]).stdout
        #expect(document.contains(#"w:left="1984""#))
    }

    @Test func valuesOutsideDecree30AndUnknownKeysAreRefusedWithTheirLine() throws {
        let outside = try convert(layout: "marginLeft: 25\n")
        #expect(outside.code == 1)
        #expect(outside.errors.first?.hasSuffix("bo-cuc.yaml:1:1: error: layout value marginLeft = 25.0 is outside Decree 30's range 30.0–35.0") == true)
        let unknown = try convert(layout: "lineSpacing: 1.15\nmarginleft: 35\n")
        #expect(unknown.code == 1)
        #expect(unknown.errors.first?.contains("bo-cuc.yaml:2:1: error: layout: 'marginleft': unknown layout setting 'marginleft'") == true)
        let wrongType = try convert(layout: "lineSpacing: gấp rưỡi\n")
        #expect(wrongType.errors.first?.hasSuffix("error: layout: 'lineSpacing' must be a number, written with a dot: 1.15") == true)
        for folder in [outside.folder, unknown.folder, wrongType.folder] {
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["bo-cuc.yaml"])
        }
    }
}
