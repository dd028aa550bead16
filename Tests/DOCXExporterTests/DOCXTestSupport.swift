import BaoCaoCore
import BaoCaoTestSupport
import DOCXExporter
import Foundation
import Testing

/// Runs command-line tools for the interoperability checks; a missing tool is a test failure.
enum Tool {
    /// The result of one run.
    struct Result {
        var status: Int32
        var output: String
    }

    /// Runs `name` with `arguments`, returning its exit status and standard output (standard error is dropped).
    static func run(_ name: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let path = try locate(name)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// The full path of a tool on PATH (or a path as given).
    static func locate(_ name: String) throws -> String {
        if name.contains("/") { return name }
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for directory in directories {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        throw ToolMissing(name: name)
    }

    /// A tool the interoperability tests need is not installed (CI installs it).
    struct ToolMissing: Error, CustomStringConvertible {
        var name: String
        var description: String { "\(name) is not installed; the DOCX interoperability tests need it" }
    }
}

/// Exports reports into scratch folders and reads their parts back.
enum DOCXOutput {
    /// Exports `report` to a new file and returns its URL and the log.
    static func export(_ report: Report, layout: PageLayout = PageLayout()) throws -> (url: URL, log: DiagnosticLog) {
        let url = try TestPaths.scratchDirectory().appendingPathComponent("report.docx")
        let log = DiagnosticLog()
        try DOCXExporter().export(report, to: url, options: ExportOptions(layout: layout), log: log)
        return (url, log)
    }

    /// The text of one part of a DOCX file.
    static func part(_ name: String, of url: URL) throws -> String {
        // unzip reads names as patterns: escape the brackets of "[Content_Types].xml".
        let pattern = name.replacingOccurrences(of: "[", with: "\\[")
        let result = try Tool.run("unzip", ["-p", url.path, pattern])
        #expect(result.status == 0, "unzip could not read \(name)")
        return result.output
    }

    /// The names of the entries, in zip order.
    static func entries(of url: URL) throws -> [String] {
        try Tool.run("unzip", ["-Z1", url.path]).output.split(separator: "\n").map(String.init)
    }

    /// The shared DOCX checker `../shared/tools/check_docx.sh`.
    static var checker: String { TestPaths.shared.appendingPathComponent("tools/check_docx.sh").path }
}

extension String {
    /// How many times `needle` occurs.
    func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }
}
