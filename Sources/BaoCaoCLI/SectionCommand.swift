import ArgumentParser
import BaoCaoAssembly
import BaoCaoCore

/// `baocao section --department ID`: a department previews its own part of the report before sending it.
struct SectionCommand: ParsableCommand, LanguageChoosing {
    static let configuration = CommandConfiguration(
        commandName: "section",
        abstract: "Preview one department's sections alone (DOCX, ODT, Markdown, PDF).",
        discussion: "Example: baocao section --department sct --out preview/")

    @OptionGroup var inputs: AssemblyInputOptions

    @Option(help: "The department's identifier, as in Config/profile.yaml.")
    var department: String

    @Option(help: "The output folder (default: Exports/sections/<period>).")
    var out: String?

    @Option(help: "Comma-separated output formats.")
    var to = "docx,odt,md"

    @Flag(help: "Write the PDF (--to pdf) as PDF/A-2b, for archiving.")
    var pdfa = false

    var chosenLanguage: Language? { inputs.language.language }

    func run() throws {
        let assembly = try inputs.assemble(department: department, draft: true, allowErrors: true)
        let directory = out ?? "Exports/sections/\(assembly.period)"
        let formats = to.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let log = DiagnosticLog()
        defer { Console.print(log) }
        let paths = try ReportWriter(registry: BaoCaoCommand.registry, progress: inputs.progress)
            .write(assembly.report, formats: formats, to: directory, baseName: "\(assembly.department ?? department)-\(assembly.period)",
                   options: ExportOptions(layout: assembly.layout, archival: pdfa), log: log)
        inputs.progress("wrote \(paths.count) file(s) into \(directory)")
    }
}
