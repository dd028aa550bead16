import ArgumentParser
import BaoCaoAssembly
import BaoCaoCore
import BaoCaoFormats
import Foundation

/// `baocao convert INPUT -o OUTPUT`: reads a report in one format and writes it in another.
struct ConvertCommand: ParsableCommand, LanguageChoosing {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a report between formats (formats are taken from the file extensions).",
        discussion: "Example: baocao convert bao-cao.md -o bao-cao.docx")

    @Argument(help: "The input file.")
    var input: String

    @Option(name: .shortAndLong, help: "The output file; it is replaced only when the conversion succeeds.")
    var output: String

    @Option(help: "The input format, when the extension does not tell (see `baocao formats`).")
    var from: String?

    @Option(help: "The output format, when the extension does not tell.")
    var to: String?

    @Flag(help: "Start CSV output with a UTF-8 byte order mark, for Excel.")
    var bom = false

    @Option(help: "A YAML or JSON file of page-layout settings for DOCX and ODT (margins, sizes; see docs/docx-layout.md).")
    var layout: String?

    @OptionGroup var language: LanguageOption

    var chosenLanguage: Language? { language.language }

    func run() throws {
        let registry = FormatRegistry.builtIn
        let importer = try registry.importer(named: from, forPath: input)
        let exporter = try registry.exporter(named: to, forPath: output)
        let log = DiagnosticLog()
        defer { Console.print(log) }
        let report = try importer.importReport(from: try InputFile.read(input), source: input, log: log)
        if log.hasErrors {
            throw BaoCaoError.badInput(.inputHasErrors, at: SourceLocation(file: input))
        }
        let options = ExportOptions(layout: try layout.map(LayoutSettings.load) ?? PageLayout(), byteOrderMark: bom)
        try AtomicFile.write(try exporter.export(report, options: options, log: log), to: URL(fileURLWithPath: output))
    }
}
