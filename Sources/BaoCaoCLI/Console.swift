import BaoCaoCore
import Foundation

/// Where the command line reads and writes: standard input, standard output and standard error
/// (diagnostics and progress, compiler-style). Tests bind the three to run the tool in-process.
enum Console {
    /// Receives each line meant for standard error; tests bind it to collect the lines.
    @TaskLocal static var errorSink: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// The language diagnostics are printed in; ``CommandLineTool`` binds it for each run.
    @TaskLocal static var language: Language = .vi

    /// Receives the bytes meant for standard output: listings, help, a document written to `-`.
    @TaskLocal static var outputSink: @Sendable (Data) -> Void = { data in
        FileHandle.standardOutput.write(data)
    }

    /// Gives the whole of standard input, for a document read from `-`.
    @TaskLocal static var inputSource: @Sendable () -> Data = {
        FileHandle.standardInput.readDataToEndOfFile()
    }

    /// Prints every diagnostic of the log, one per line, in ``language``.
    static func print(_ log: DiagnosticLog) {
        for diagnostic in log.entries { printError(diagnostic.text(in: language)) }
    }

    /// Prints one line to standard error.
    static func printError(_ line: String) {
        errorSink(line)
    }

    /// Prints one line to standard output.
    static func printOutput(_ line: String) {
        outputSink(Data((line + "\n").utf8))
    }
}
