import ArgumentParser
import BaoCaoCore
import BaoCaoFormats

/// The `baocao` command: official reports from department data, in DOCX, ODT, Markdown and CSV.
public struct BaoCaoCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "baocao",
        abstract: "Build the official monthly report of a provincial People's Committee office.",
        discussion: """
            Converts reports between formats (Markdown, DOCX, ODT, CSV, JSON) and assembles the \
            monthly report from department submissions, in the layout of Decree 30/2020/NĐ-CP.
            Exit codes: 0 success, 1 bad input, 2 wrong usage.
            """,
        version: BaoCaoCommand.version,
        subcommands: [
            ConvertCommand.self, FormCommand.self,
            FormatsCommand.self,
            AssembleCommand.self, ValidateCommand.self, SectionCommand.self,
        ])

    /// The version `baocao --version` prints, with the version of the JSON model it reads and writes.
    public static let version = "0.1.0 (document model \(Report.formatVersion))"

    /// The formats every command reads and writes: the one place the command line names them.
    static let registry = FormatRegistry.builtIn

    public init() {}
}
