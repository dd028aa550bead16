import BaoCaoCore
import Foundation

/// Where the command line reports diagnostics and progress: standard error, compiler-style.
enum Console {
    /// Receives each line meant for standard error; tests bind it to collect the lines.
    @TaskLocal static var errorSink: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// The language diagnostics are printed in; ``CommandLineTool`` binds it for each run.
    @TaskLocal static var language: Language = .vi

    /// Prints every diagnostic of the log, one per line, in ``language``.
    static func print(_ log: DiagnosticLog) {
        for diagnostic in log.entries { printError(diagnostic.text(in: language)) }
    }

    /// Prints one line to standard error.
    static func printError(_ line: String) {
        errorSink(line)
    }
}

/// Reading the files the user names, with errors that say which file.
enum InputFile {
    /// The bytes of the file at `path`.
    ///
    /// - Throws: ``BaoCaoError`` (bad input) when the file is missing, a folder or unreadable.
    static func read(_ path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw BaoCaoError.badInput(.noSuchFile, at: SourceLocation(file: path))
        }
        guard !isDirectory.boolValue else {
            throw BaoCaoError.badInput(.isAFolder, at: SourceLocation(file: path))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BaoCaoError.badInput(.unreadableInput, at: SourceLocation(file: path))
        }
        return data
    }
}
