import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import ODTExporter
import Testing

/// Runs the command-line tools the interoperability tests need; a missing tool fails the test.
enum ExternalTool {
    /// The result of one run.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `tool` (looked up on PATH) with `arguments`; throws when it is not installed.
    static func run(_ tool: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        guard let path = locate(tool) else {
            throw BaoCaoError(.usage, "the tool '\(tool)' is not installed (CI installs it; see .ci/)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let directory = try TestPaths.scratchDirectory()
        let out = directory.appendingPathComponent("stdout")
        let err = directory.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: directory) }
        return Output(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    private static func locate(_ tool: String) -> String? {
        if tool.hasPrefix("/") { return FileManager.default.isExecutableFile(atPath: tool) ? tool : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

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
