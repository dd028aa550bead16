import ArgumentParser

/// `baocao validate`: runs every check on a period's submissions and writes nothing.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check the department submissions of a period; exit 1 on any error.",
        discussion: """
            Checks: parts that do not add up to their total, stated percentages that do not match their \
            counts, missing departments (warning), submissions for another period, duplicates, unknown \
            departments, units changed since last month (warning), numbers in an ambiguous format.
            Diagnostics are printed as file:line: error|warning: message.
            """)

    @OptionGroup var inputs: AssemblyInputOptions

    func run() throws {
        let assembly = try inputs.assemble()
        inputs.progress("\(assembly.period): no errors, \(assembly.log.warnings.count) warning(s)")
    }
}
