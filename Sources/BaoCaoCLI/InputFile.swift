import BaoCaoCore
import Foundation

/// Reading the files the user names, with errors that say which file.
enum InputFile {
    /// The name that stands for standard input (as an input) or standard output (as an output).
    static let standardStream = "-"
    /// How messages name standard input.
    static let standardInputName = "<stdin>"

    /// The bytes of the file at `path`, or of standard input when `path` is `-`.
    ///
    /// - Throws: ``BaoCaoError`` (bad input) when the file is missing, a folder or unreadable.
    static func read(_ path: String) throws -> Data {
        if path == standardStream { return Console.inputSource() }
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

    /// How messages name the input `path`.
    static func displayName(_ path: String) -> String {
        path == standardStream ? standardInputName : path
    }
}
