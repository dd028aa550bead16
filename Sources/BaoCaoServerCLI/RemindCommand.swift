import ArgumentParser
import BaoCaoAssembly
import BaoCaoCore
import BaoCaoIntake
import Foundation

/// `baocao-server remind`: the reminder letter (công văn đôn đốc) of a period, from the intake's
/// database, as the office's board makes it.
///
/// It belongs to `baocao-server` and not to `baocao`: who has sent, with errors or returned, is
/// known only to the intake's database, which `baocao` does not link.
struct RemindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remind",
        abstract: "Write the reminder letter (DOCX) to the departments that have not sent a usable report for the period.",
        discussion: "Example: baocao-server remind --data Data --period 2023-05 -o cong-van-don-doc-2023-05.docx")

    @OptionGroup var data: DataOption

    @Option(help: "The configuration folder holding profile.yaml and outline.yaml.")
    var config = "Config"

    @Option(help: "The reporting period, YYYY-MM.")
    var period: String

    @Option(name: .shortAndLong, help: "The DOCX file to write (default: cong-van-don-doc-<period>.docx).")
    var output: String?

    func run() throws {
        guard ReportingPeriod(period) != nil else { throw BaoCaoError(.usage, .reminderPeriod(period)) }
        let service = try IntakeService(settings: IntakeSettings(dataDirectory: URL(fileURLWithPath: data.data), configDirectory: config))
        let late = try service.departmentsToRemind(period: period)
        guard !late.isEmpty else { throw BaoCaoError(.badInput, .nobodyToRemind) }
        let letter = try service.reminderFromCommandLine(period: period)
        let path = output ?? letter.name
        try AtomicFile.write(letter.data, to: URL(fileURLWithPath: path))
        print("baocao-server: wrote \(path) (\(late.map(\.department).joined(separator: ", ")))")
    }
}
