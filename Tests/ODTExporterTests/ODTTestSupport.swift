import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import ODTExporter

/// An exported ODT file and ways to look inside it.
struct ExportedODT {
    /// Where the file is.
    let url: URL
    /// The diagnostics of the export.
    let log: DiagnosticLog

    /// Exports `report` into a new scratch folder.
    init(_ report: Report, options: ExportOptions = ExportOptions()) throws {
        url = try TestPaths.scratchDirectory().appendingPathComponent("out.odt")
        log = DiagnosticLog()
        try ODTExporter().export(report, to: url, options: options, log: log)
    }

    /// The file's bytes.
    var bytes: Data { get throws { try Data(contentsOf: url) } }

    /// One part of the package as text (through `unzip -p`).
    func part(_ path: String) throws -> String {
        let output = try ExternalTool.run("unzip", ["-p", url.path, path])
        guard output.status == 0 else { throw BaoCaoError(.badInput, "no part \(path) in \(url.path): \(output.stderr)") }
        return output.stdout
    }
}

/// The shared checker of ODT packages, `../shared/tools/check_odt.sh`.
enum ODTChecker {
    /// Runs the strict check (no `--extended`) with `expect` strings, using a LibreOffice profile of our own.
    static func check(_ url: URL, expecting expect: [String]) throws -> ExternalTool.Output {
        let script = TestPaths.shared.appendingPathComponent("tools/check_odt.sh").path
        let arguments = [script] + expect.flatMap { ["--expect", $0] } + [url.path]
        return try ExternalTool.run("bash", arguments)
    }
}
