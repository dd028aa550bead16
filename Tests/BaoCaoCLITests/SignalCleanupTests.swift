import BaoCaoTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A real `baocao convert` killed by SIGINT or SIGTERM while it writes its output leaves no
/// temporary file, and the previous output as it was (`AtomicFile`, `TemporaryFileCleanup`).
///
/// The process is caught mid-write deterministically: as soon as its temporary file
/// `.out.md.baocao-<UUID>.tmp` appears it is stopped (SIGSTOP); only if the file is still there
/// once it has stopped is the signal sent, then SIGCONT, so the handler runs before the rename.
@Suite("baocao killed while it writes its output", .serialized)
struct SignalCleanupTests {
    /// The output as it was before the run that is killed.
    static let previousOutput = Data("# Bản trước\n\nNội dung cũ phải còn nguyên.\n".utf8)

    /// A Markdown report of about 24 MB (2 400 paragraphs of 10 000 characters), so that writing
    /// it takes long enough to be caught.
    static func writeLargeReport(to url: URL) throws {
        let sentence = "Sở Kế hoạch và Đầu tư tổng hợp số liệu tháng năm của các huyện. "
        let paragraph = String(repeating: sentence, count: 10_000 / sentence.count)
        var text = "# I. TÌNH HÌNH CHUNG\n\n"
        for _ in 0..<2_400 { text += paragraph + "\n\n" }
        try Data(text.utf8).write(to: url)
    }

    @Test(.tags(.external), arguments: [SIGINT, SIGTERM])
    func killedMidWriteLeavesNoTemporaryFileAndTheOldOutput(_ signalNumber: Int32) throws {
        try ExternalTool.checkMayStart("baocao")
        let folder = try TestPaths.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("large.md")
        let output = folder.appendingPathComponent("out.md")
        try Self.writeLargeReport(to: input)
        let inputBytes = try Data(contentsOf: input)

        for _ in 0..<10 {
            try Self.previousOutput.write(to: output)
            let process = Process()
            process.executableURL = BaocaoExecutable.url
            process.arguments = ["convert", input.path, "-o", output.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try Self.runWithSignalsUnblocked(process)
            guard Self.stopWhileWriting(process, in: folder) else {
                process.waitUntilExit()  // it finished before it was caught: run it again
                continue
            }
            kill(process.processIdentifier, signalNumber)
            kill(process.processIdentifier, SIGCONT)
            process.waitUntilExit()

            #expect(process.terminationReason == .uncaughtSignal)
            #expect(process.terminationStatus == signalNumber)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["large.md", "out.md"])
            #expect(try Data(contentsOf: output) == Self.previousOutput)
            #expect(try Data(contentsOf: input) == inputBytes)
            return
        }
        Issue.record("baocao was never caught while writing out.md in 10 runs")
    }

    /// Starts `process` as a shell would, with no signal blocked: the test runs on a worker thread
    /// that blocks SIGINT and SIGTERM, and a child inherits its parent thread's signal mask.
    static func runWithSignalsUnblocked(_ process: Process) throws {
        var none = sigset_t()
        var previous = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        try process.run()
    }

    /// Waits for the temporary file of `process` in `folder`, stops the process and returns
    /// whether the file is still there once it has stopped (if not, the process is continued).
    static func stopWhileWriting(_ process: Process, in folder: URL) -> Bool {
        let pid = process.processIdentifier
        while process.isRunning {
            guard temporaryFileExists(in: folder) else {
                usleep(100)
                continue
            }
            kill(pid, SIGSTOP)
            while process.isRunning && !isStopped(pid) { usleep(100) }
            if temporaryFileExists(in: folder) { return true }
            kill(pid, SIGCONT)
            return false
        }
        return false
    }

    static func temporaryFileExists(in folder: URL) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.contains { $0.hasPrefix(".out.md.baocao-") && $0.hasSuffix(".tmp") }
    }

    /// Whether the process is stopped (state `T` in `/proc/<pid>/stat`).
    static func isStopped(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let end = stat.lastIndex(of: ")")
        else { return false }
        return stat[end...].dropFirst(2).first == "T"
    }
}
