import ArgumentParser
import BaoCaoCore
import BaoCaoFormats

/// `baocao formats`: lists the formats this build reads and writes.
struct FormatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "formats", abstract: "List the input and output formats.")

    func run() {
        let registry = FormatRegistry.builtIn
        print("Input formats (--from):")
        for importer in registry.importers { print(Self.line(importer.info)) }
        print("Output formats (--to):")
        for exporter in registry.exporters { print(Self.line(exporter.info)) }
    }

    private static func line(_ info: FormatInfo) -> String {
        let name = info.name.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
        let extensions = info.extensions.map { "." + $0 }.joined(separator: " ").padding(toLength: 18, withPad: " ", startingAt: 0)
        return "  \(name)\(extensions)\(info.summary)"
    }
}
