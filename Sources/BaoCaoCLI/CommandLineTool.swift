import ArgumentParser
import BaoCaoCore
import Foundation

/// Runs `baocao` with arguments and returns its exit code: 0 success, 1 bad input, 2 usage.
///
/// The executable's `main.swift` only calls this, so tests can run the whole command line.
public enum CommandLineTool {
    /// Runs like ``run(_:)`` but hands every line meant for standard error to `errorOutput`.
    public static func run(_ arguments: [String], errorOutput: @escaping @Sendable (String) -> Void) -> Int32 {
        Console.$errorSink.withValue(errorOutput) { run(arguments) }
    }

    /// Runs like ``run(_:)`` with `standardInput` as standard input, handing what is meant for
    /// standard output to `output` and every line meant for standard error to `errorOutput`.
    public static func run(_ arguments: [String], standardInput: Data, output: @escaping @Sendable (Data) -> Void,
                           errorOutput: @escaping @Sendable (String) -> Void) -> Int32 {
        Console.$inputSource.withValue({ standardInput }) {
            Console.$outputSink.withValue(output) { run(arguments, errorOutput: errorOutput) }
        }
    }

    /// Parses `arguments` (without the program name), runs the command and reports errors on stderr.
    public static func run(_ arguments: [String]) -> Int32 {
        do {
            var command = try BaoCaoCommand.parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let error as BaoCaoError {
            Console.printError(error.description)
            return error.kind == .usage ? 2 : 1
        } catch {
            let code = BaoCaoCommand.exitCode(for: error)
            let message = BaoCaoCommand.fullMessage(for: error)
            if code == .success {
                Console.printOutput(message)
                return 0
            }
            Console.printError(message)
            return code == .validationFailure ? 2 : code.rawValue
        }
    }
}
