import ArgumentParser
import BaoCaoCore

/// `baocao validate`: runs every check on a period's submissions and writes nothing.
struct ValidateCommand: ParsableCommand, LanguageChoosing {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the department submissions of a period; exit 1 on any error.",
        discussion: """
            Checks: parts that do not add up to their total, stated percentages that do not match their \
            counts, missing departments (warning), submissions for another period, duplicates, unknown \
            departments, units changed since last month (warning), numbers in an ambiguous format.
            Diagnostics are printed as file:line: lỗi|cảnh báo|ghi chú: message, in Vietnamese (--lang en for English).
            """)

    @OptionGroup var inputs: AssemblyInputOptions

    var chosenLanguage: Language? { inputs.language.language }

    func run() throws {
        let assembly = try inputs.assemble()
        inputs.progress("\(assembly.period): no errors, \(assembly.log.warnings.count) warning(s)")
    }
}
