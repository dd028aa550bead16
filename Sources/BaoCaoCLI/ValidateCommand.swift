import ArgumentParser
import BaoCaoAssembly
import BaoCaoCore

/// `baocao validate`: runs every check on a period's submissions and writes nothing.
struct ValidateCommand: ParsableCommand, LanguageChoosing {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the department submissions of a period; exit 1 on any error.",
        discussion: """
            Checks, in order: \(SubmissionCheck.all.map(\.summary).joined(separator: "; ")).
            While reading and filling the outline it also reports numbers in an ambiguous format, \
            unknown placeholders and missing departments or narratives (warning).
            Diagnostics are printed as file:line: lỗi|cảnh báo|ghi chú: message, in Vietnamese (--lang en for English).
            """)

    @OptionGroup var inputs: AssemblyInputOptions

    var chosenLanguage: Language? { inputs.language.language }

    func run() throws {
        let assembly = try inputs.assemble()
        inputs.progress("\(assembly.period): no errors, \(assembly.log.warnings.count) warning(s)")
    }
}
