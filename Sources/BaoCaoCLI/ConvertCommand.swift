import ArgumentParser
import BaoCaoAssembly
import BaoCaoCore
import Foundation

/// `baocao convert INPUT -o OUTPUT`: reads a report in one format and writes it in another.
struct ConvertCommand: ParsableCommand, LanguageChoosing {
    /// `_superCommandName` tells the argument parser, when ``CommandLineTool`` parses this command on its
    /// own (see ``CommandLineTool/parse(_:)``), that it is no root command answering
    /// `--generate-completion-script`, so it skips looking for that request.
    static let configuration = CommandConfiguration(
        commandName: "convert", _superCommandName: "baocao",
        abstract: "Convert a report between formats (formats are taken from the file extensions).",
        discussion: """
            Example: baocao convert bao-cao.md -o bao-cao.docx
            '-' reads standard input or writes standard output; --from or --to then names the format:
            cat bao-cao.md | baocao convert - --from markdown -o - --to docx > bao-cao.docx
            A figures workbook (a filled form, .xlsx) converted to .yaml or .csv shows the figures it holds, \
            completed from the catalogue: baocao convert snn-2023-06.xlsx -o snn.yaml
            """)

    @Argument(help: "The input file, or '-' for standard input (with --from).")
    var input: String

    @Option(name: .shortAndLong, help: "The output file, replaced only when the conversion succeeds; '-' for standard output (with --to).")
    var output: String

    @Option(help: "The input format, when the extension does not tell (see `baocao formats`).")
    var from: String?

    @Option(help: "The output format, when the extension does not tell.")
    var to: String?

    @Flag(help: "Start CSV output with a UTF-8 byte order mark, for Excel.")
    var bom = false

    @Flag(help: "Write PDF as PDF/A-2b, for archiving.")
    var pdfa = false

    @Option(help: "A YAML or JSON file of page-layout settings for DOCX and ODT (margins, sizes; see docs/docx-layout.md).")
    var layout: String?

    @Option(help: "The configuration folder whose catalogue completes the figures of a workbook converted to YAML or CSV.")
    var config = "Config"

    @OptionGroup var language: LanguageOption

    var chosenLanguage: Language? { language.language }

    func validate() throws {
        if input == InputFile.standardStream, from == nil {
            throw ValidationError("reading standard input ('-') needs --from to name its format")
        }
        if output == InputFile.standardStream, to == nil {
            throw ValidationError("writing standard output ('-') needs --to to name its format")
        }
    }

    func run() throws {
        if from == nil, to == nil, FiguresConversion.applies(input: input, output: output) {
            let log = DiagnosticLog()
            defer { Console.print(log) }
            let data = try FiguresConversion.convert(try InputFile.read(input), input: input, output: output, configDirectory: config, log: log)
            if log.hasErrors {
                throw BaoCaoError.badInput(.workbookHasErrors, at: SourceLocation(file: input))
            }
            try AtomicFile.write(data, to: URL(fileURLWithPath: output))
            return
        }
        let registry = BaoCaoCommand.registry
        let importer = try registry.importer(named: from, forPath: input)
        let exporter = try registry.exporter(named: to, forPath: output)
        let log = DiagnosticLog()
        defer { Console.print(log) }
        let source = InputFile.displayName(input)
        let report = try importer.importReport(from: try InputFile.read(input), source: source, log: log)
        if log.hasErrors {
            throw BaoCaoError.badInput(.inputHasErrors, at: SourceLocation(file: source))
        }
        let options = ExportOptions(layout: try layout.map(LayoutSettings.load) ?? PageLayout(), byteOrderMark: bom, archival: pdfa)
        let data = try exporter.export(report, options: options, log: log)
        if output == InputFile.standardStream {
            Console.outputSink(data)
        } else {
            try AtomicFile.write(data, to: URL(fileURLWithPath: output))
        }
    }
}
