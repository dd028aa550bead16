import ArgumentParser
import BaoCaoAssembly
import BaoCaoCore

/// The inputs `assemble`, `validate` and `section` share: configuration, inbox and period.
struct AssemblyInputOptions: ParsableArguments {
    @Option(help: "The reporting period, YYYY-MM (default: the profile's sample month, 2023-05).")
    var period: String?

    @Option(help: "The configuration folder holding profile.yaml and outline.yaml.")
    var config = "Config"

    @Option(help: "The folder holding one folder of submissions per period (default: <config>/samples).")
    var inbox: String?

    @Flag(help: "Print no progress lines.")
    var quiet = false

    @OptionGroup var language: LanguageOption

    /// The request these options describe.
    func request(department: String? = nil, draft: Bool = false) throws -> AssemblyRequest {
        var parsed: ReportingPeriod?
        if let period {
            guard let value = ReportingPeriod(period) else {
                throw BaoCaoError(.usage, .periodOptionNotAMonth(period))
            }
            parsed = value
        }
        return AssemblyRequest(configDirectory: config, inbox: inbox, period: parsed, department: department, draft: draft)
    }

    /// Where progress lines go: standard error, unless `--quiet`.
    var progress: (String) -> Void {
        quiet ? { _ in } : { Console.printError("baocao: \($0.withVisibleControlCharacters)") }
    }

    /// Assembles, prints the diagnostics, and fails (after printing) when there are errors and `allowErrors` is false.
    func assemble(department: String? = nil, draft: Bool = false, allowErrors: Bool = false) throws -> Assembly {
        let assembly = try Assembler(registry: BaoCaoCommand.registry, progress: progress).assemble(request(department: department, draft: draft))
        Console.print(assembly.log)
        let errors = assembly.log.errors.count
        let warnings = assembly.log.warnings.count
        if errors > 0 && !allowErrors {
            throw BaoCaoError.badInput(.submissionsHaveErrors(errors: errors, warnings: warnings, period: "\(assembly.period)"))
        }
        return assembly
    }
}

extension CSVDialect: ExpressibleByArgument {}

/// `baocao assemble`: the monthly run, from department submissions to the official report.
struct AssembleCommand: ParsableCommand, LanguageChoosing {
    static let configuration = CommandConfiguration(
        commandName: "assemble",
        abstract: "Assemble the monthly report from the department submissions (DOCX, ODT, Markdown, CSV, PDF).",
        discussion: """
            Reads Config/profile.yaml, Config/outline.yaml and the submissions in <inbox>/<period>/, checks \
            them (as `baocao validate` does) and writes the report into Exports/<period>/. A report with \
            errors is written only with --draft, and is then marked as a draft.
            Example: baocao assemble --period 2023-05 --out Exports/2023-05
            """)

    @OptionGroup var inputs: AssemblyInputOptions

    @Option(help: "The output folder (default: Exports/<period>).")
    var out: String?

    @Option(help: "Comma-separated output formats (see `baocao formats`).")
    var to = "docx,odt,md,csv"

    @Flag(help: "Write the report even when the checks found errors, marked as a draft.")
    var draft = false

    @Option(help: "The dialect of the statistics CSV: excel (';', decimal comma, UTF-8 byte order mark, CRLF: what Excel in a Vietnamese locale opens as columns) or rfc4180 (',', decimal point, for tools).")
    var csv: CSVDialect = .excel

    @Flag(help: "Start an --csv rfc4180 file with a UTF-8 byte order mark (the excel dialect always has one).")
    var bom = false

    @Flag(help: "Write the PDF (--to pdf) as PDF/A-2b, for archiving.")
    var pdfa = false

    @Flag(help: "Also write the office's check list of where each annex value came from (bao-cao-<period>-nguon-so-lieu.md).")
    var sources = false

    var chosenLanguage: Language? { inputs.language.language }

    func run() throws {
        let assembly = try inputs.assemble(draft: draft, allowErrors: draft)
        let directory = out ?? "Exports/\(assembly.period)"
        let formats = to.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let log = DiagnosticLog()
        defer { Console.print(log) }
        let paths = try ReportWriter(registry: BaoCaoCommand.registry, progress: inputs.progress)
            .write(assembly.report, formats: formats, to: directory, baseName: "bao-cao-\(assembly.period)",
                   options: ExportOptions(layout: assembly.layout, csv: csv, byteOrderMark: bom, archival: pdfa), log: log)
        var count = paths.count
        if sources {
            count += try ReportWriter(registry: BaoCaoCommand.registry, progress: inputs.progress)
                .write(SourceChecklist.report(for: assembly.report, departments: assembly.departmentNames), formats: ["md"],
                       to: directory, baseName: "bao-cao-\(assembly.period)-nguon-so-lieu", log: log).count
        }
        inputs.progress("wrote \(count) file(s) into \(directory)")
    }
}
