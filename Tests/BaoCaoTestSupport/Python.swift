import Foundation

/// Runs Python scripts for tests that check files with Python libraries (openpyxl).
public enum Python {
    /// Runs `script` with `arguments` (as `sys.argv[1:]`); returns its standard output.
    ///
    /// - Throws: ``ExternalTool/Missing`` without python3, or an error carrying the script's
    ///   standard error when it fails.
    public static func run(_ script: String, _ arguments: [String] = []) throws -> String {
        let result = try ExternalTool.run("python3", ["-c", script] + arguments)
        guard result.status == 0 else { throw Failed(description: "python3 failed (\(result.status)): \(result.stderr)") }
        return result.stdout
    }

    /// The script failed.
    public struct Failed: Error, CustomStringConvertible {
        public var description: String
    }
}
