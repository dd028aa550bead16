import BaoCaoCLI
import BaoCaoCore
import BaoCaoFormats
import BaoCaoTestSupport
import Foundation
import Testing

/// What a user expects of a converter: --version, '-' for standard input and output, a readable
/// `formats` listing.
@Suite("baocao: --version, standard streams, formats listing")
struct ConverterConventionsTests {
    private static let markdown = Data("""
        ---
        subject: Thử chuyển đổi
        ---

        # I. Kết quả

        Đã tiếp nhận 3.384 văn bản đến <và> *xử lý* kịp thời.

        """.utf8)

    @Test func versionIsPrintedOnStandardOutput() {
        let result = baocao(input: Data(), "--version")
        #expect(result.code == 0)
        #expect(result.output.text == BaoCaoCommand.version + "\n")
    }

    /// `convert` is parsed on its own for speed; what a user reads must not show it.
    @Test func convertReadsAsASubcommandOfBaocaoInUsageHelpAndVersion() {
        let usage = baocao(input: Data(), "convert", "a.md")
        let errors = usage.errors.joined(separator: "\n")
        #expect(usage.code == 2)
        #expect(errors.contains("Usage: baocao convert <input> --output <output>"), "\(errors)")
        #expect(errors.contains("See 'baocao convert --help' for more information."), "\(errors)")
        let help = baocao(input: Data(), "convert", "--help")
        #expect(help.code == 0)
        #expect(help.output.text.contains("USAGE: baocao convert <input> --output <output>"), "\(help.output.text)")
        #expect(help.output.text.contains("--version"), "the root's --version is listed as for every subcommand")
        let version = baocao(input: Data(), "convert", "--version")
        #expect(version.output.text == BaoCaoCommand.version + "\n")
    }

    @Test func dashReadsStandardInputAndWritesStandardOutput() throws {
        let result = baocao(input: Self.markdown, "convert", "-", "--from", "markdown", "-o", "-", "--to", "json")
        #expect(result.code == 0, "\(result.errors)")
        let report = try JSONDecoder().decode(Report.self, from: result.output.data)
        #expect(report.subject == "Thử chuyển đổi")
        #expect(report.sections.first?.number == "I.")
    }

    @Test func standardOutputGetsTheSameBytesAsAFile() throws {
        let folder = try TestPaths.scratchDirectory()
        let input = folder.appendingPathComponent("in.md")
        try Self.markdown.write(to: input)
        let file = folder.appendingPathComponent("out.docx")
        #expect(baocao("convert", input.path, "-o", file.path).code == 0)
        let streamed = baocao(input: Data(), "convert", input.path, "-o", "-", "--to", "docx")
        #expect(streamed.code == 0)
        #expect(streamed.output.data == (try Data(contentsOf: file)))
    }

    @Test(arguments: [
        (["convert", "-", "-o", "x.md"], "--from"),
        (["convert", "x.md", "-o", "-"], "--to"),
    ])
    func aStandardStreamNeedsItsFormat(_ arguments: [String], _ option: String) {
        let errors = ErrorLines()
        let code = CommandLineTool.run(arguments, standardInput: Data(), output: { _ in }, errorOutput: { errors.append($0) })
        #expect(code == 2)
        #expect(errors.lines.contains { $0.contains(option) }, "\(errors.lines)")
    }

    @Test func anErrorInStandardInputNamesIt() {
        let result = baocao(input: Data("{\"formatVersion\": 1, \"sections\": 3}".utf8), "convert", "-", "--from", "json", "-o", "-", "--to", "md")
        #expect(result.code == 1)
        #expect(result.errors.contains { $0.hasPrefix("<stdin>: error:") }, "\(result.errors)")
        #expect(result.output.data.isEmpty)
    }

    @Test func formatsListsEveryRegisteredFormatInAlignedColumns() throws {
        let result = baocao(input: Data(), "formats")
        #expect(result.code == 0)
        let lines = result.output.text.split(separator: "\n").map(String.init)
        let registry = FormatRegistry.builtIn
        let entries = lines.filter { $0.hasPrefix("  ") }
        #expect(entries.count == registry.importers.count + registry.exporters.count)
        let infos = registry.importers.map(\.info) + registry.exporters.map(\.info)
        var columns: Set<Int> = []
        for (line, info) in zip(entries, infos) {
            #expect(line.contains(info.name.rawValue))
            for ext in info.extensions { #expect(line.contains("." + ext)) }
            let summary = try #require(line.range(of: info.summary), "\(line)")
            columns.insert(line.distance(from: line.startIndex, to: summary.lowerBound))
            // The extensions end before the summary, with at least two spaces between.
            #expect(line[..<summary.lowerBound].hasSuffix("  "), "\(line)")
        }
        #expect(columns.count == 1, "summaries start in different columns: \(columns)")
    }
}
