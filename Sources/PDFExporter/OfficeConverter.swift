import BaoCaoCore
import Foundation

/// Runs LibreOffice headless (`soffice --headless --convert-to pdf`) on one file, with a private user
/// profile per run (so that concurrent runs never share one) and a time limit.
public struct OfficeConverter: Sendable {
    /// The Debian package that provides `soffice` without a desktop.
    public static let debianPackage = "libreoffice-writer-nogui"

    /// The folders searched for `soffice`, in order.
    public var searchPath: [String]
    /// Seconds LibreOffice may take before it is stopped and the export fails.
    public var timeLimit: TimeInterval

    /// Creates a converter; by default `soffice` is looked up on `PATH` and may take five minutes.
    public init(searchPath: [String]? = nil, timeLimit: TimeInterval = 300) {
        self.searchPath = searchPath ?? (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin")
            .split(separator: ":").map(String.init)
        self.timeLimit = timeLimit
    }

    /// The path of `soffice`.
    ///
    /// - Throws: ``BaoCaoError`` (output) saying which package to install when it is missing.
    public func locate() throws -> URL {
        guard let found = program("soffice") else {
            throw BaoCaoError(.output, .officeMissing(package: Self.debianPackage))
        }
        return found
    }

    /// The path of the program `name` in ``searchPath``, or `nil` when it is not there.
    func program(_ name: String) -> URL? {
        searchPath.map { URL(fileURLWithPath: $0).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Converts `input` into a PDF in `directory` (beside a fresh LibreOffice profile) and returns its path.
    ///
    /// `archival` asks for PDF/A-2b (the PDF export filter's `SelectPdfVersion` 2).
    ///
    /// - Throws: ``BaoCaoError`` (output) when LibreOffice fails, writes nothing or overruns ``timeLimit``.
    public func convert(_ input: URL, toPDFIn directory: URL, archival: Bool, program: URL) throws -> URL {
        let profile = directory.appendingPathComponent("profile", isDirectory: true)
        let output = directory.appendingPathComponent("pdf", isDirectory: true)
        let filter = archival ? #"pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}"# : "pdf:writer_pdf_Export"
        let log = directory.appendingPathComponent("soffice.log")
        try Data().write(to: log)
        let process = Process()
        process.executableURL = program
        process.arguments = [
            "-env:UserInstallation=\(profile.absoluteString)", "--headless", "--norestore", "--nologo",
            "--convert-to", filter, "--outdir", output.path, input.path,
        ]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = process.standardOutput
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        if finished.wait(timeout: .now() + timeLimit) == .timedOut {
            process.terminate()
            finished.wait()
            throw BaoCaoError(.output, .officeTimedOut(seconds: Int(timeLimit)))
        }
        let pdf = output.appendingPathComponent(input.deletingPathExtension().lastPathComponent + ".pdf")
        guard process.terminationStatus == 0, FileManager.default.fileExists(atPath: pdf.path) else {
            let said = ((try? String(contentsOf: log, encoding: .utf8)) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            throw BaoCaoError(.output, .officeFailed(status: process.terminationStatus, said: said))
        }
        return pdf
    }
}
