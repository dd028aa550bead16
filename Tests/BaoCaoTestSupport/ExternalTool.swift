import Foundation
import Testing

/// Runs the command-line tools interoperability tests need (LibreOffice, pandoc, jing, unzip, the
/// shared checkers). A missing tool is an error, so that such a test fails rather than passes
/// silently: CI installs every tool (scripts/install-deps --tests).
public enum ExternalTool {
    /// The result of one run.
    public struct Output: Sendable {
        /// The exit status.
        public var status: Int32
        /// What the tool printed on standard output (UTF-8).
        public var stdout: String
        /// What the tool printed on standard error (UTF-8).
        public var stderr: String
    }

    /// A tool that is not installed.
    public struct Missing: Error, CustomStringConvertible {
        /// The tool's name.
        public var tool: String
        public var description: String { "the tool '\(tool)' is not installed (scripts/install-deps --tests installs it)" }
    }

    /// A test that starts a tool while only the fast subset runs: it lacks the `.external` tag.
    public struct Untagged: Error, CustomStringConvertible {
        /// The tool's name.
        public var tool: String
        public var description: String {
            "this test starts '\(tool)' but ran in the fast subset: give it (or its suite) the tag .external"
        }
    }

    /// The environment variable `scripts/test --fast` sets: no outside program may start.
    ///
    /// `swift test` on Swift 6.3 cannot filter by tag, so the fast subset is made here: a test
    /// tagged `.external` is cancelled (reported as skipped) when it reaches its first tool, and
    /// an untagged one fails with ``Untagged``, so the tags stay true.
    public static let fastSubsetVariable = "BAOCAO_FAST_TESTS"

    /// Runs `tool` (a path, or a name looked up on PATH) with `arguments` and no standard input;
    /// output goes through files, so a talkative tool cannot block on a full pipe.
    ///
    /// - Throws: ``Missing`` when the tool is not installed; in the fast subset, cancels a test
    ///   tagged `.external` and throws ``Untagged`` from any other.
    public static func run(_ tool: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        try checkMayStart(tool)
        guard let path = locate(tool) else { throw Missing(tool: tool) }
        let directory = try TestPaths.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("stdout")
        let err = directory.appendingPathComponent("stderr")
        try Data().write(to: out)
        try Data().write(to: err)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    /// Before a test makes LibreOffice run inside the code under test (the PDF exporter): in the
    /// fast subset, cancels the test as ``run(_:_:environment:)`` would; otherwise fails it when
    /// `soffice` is not installed.
    public static func requireOffice() throws {
        _ = try run("soffice", ["--version"])
    }

    /// Call before starting `tool` any other way than ``run(_:_:environment:)``: in the fast
    /// subset, cancels a test tagged `.external` and throws ``Untagged`` from any other.
    public static func checkMayStart(_ tool: String) throws {
        guard ProcessInfo.processInfo.environment[fastSubsetVariable] == "1" else { return }
        guard Test.current?.tags.contains(.external) == true else { throw Untagged(tool: tool) }
        try Test.cancel("starts '\(tool)': skipped by scripts/test --fast")
    }

    /// The full path of `tool`, or `nil` when it is not installed.
    public static func locate(_ tool: String) -> String? {
        if tool.contains("/") { return FileManager.default.isExecutableFile(atPath: tool) ? tool : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
