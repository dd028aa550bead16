import ArgumentParser
import BaoCaoCore

/// `baocao formats`: lists the formats this build reads and writes, in aligned columns.
struct FormatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formats", abstract: "List the input and output formats.")

    func run() {
        for line in Self.listing(BaoCaoCommand.registry) { Console.printOutput(line) }
    }

    /// The listing of `registry`: one line per format, name, extensions and summary in columns
    /// as wide as their longest entry.
    static func listing(_ registry: FormatRegistry) -> [String] {
        let all = registry.importers.map(\.info) + registry.exporters.map(\.info)
        let nameWidth = all.map(\.name.rawValue.count).max() ?? 0
        let extensionWidth = all.map { extensions($0).count }.max() ?? 0
        func line(_ info: FormatInfo) -> String {
            "  " + info.name.rawValue.padding(toLength: nameWidth + 2, withPad: " ", startingAt: 0)
                + extensions(info).padding(toLength: extensionWidth + 2, withPad: " ", startingAt: 0) + info.summary
        }
        return ["Input formats (--from):"] + registry.importers.map { line($0.info) }
            + ["Output formats (--to):"] + registry.exporters.map { line($0.info) }
    }

    private static func extensions(_ info: FormatInfo) -> String {
        info.extensions.map { "." + $0 }.joined(separator: " ")
    }
}
