import ArgumentParser
import BaoCaoCore
import Foundation

/// Runs `baocao` with arguments and returns its exit code: 0 success, 1 bad input, 2 usage.
///
/// The executable's `main.swift` only calls this, so tests can run the whole command line.
public enum CommandLineTool {
    /// Runs like ``run(_:environment:)`` but hands every line meant for standard error to `errorOutput`.
    public static func run(
        _ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment,
        errorOutput: @escaping @Sendable (String) -> Void
    ) -> Int32 {
        Console.$errorSink.withValue(errorOutput) { run(arguments, environment: environment) }
    }

    /// Runs like ``run(_:)`` with `standardInput` as standard input, handing what is meant for
    /// standard output to `output` and every line meant for standard error to `errorOutput`.
    public static func run(
        _ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment, standardInput: Data,
        output: @escaping @Sendable (Data) -> Void, errorOutput: @escaping @Sendable (String) -> Void
    ) -> Int32 {
        Console.$inputSource.withValue({ standardInput }) {
            Console.$outputSink.withValue(output) { run(arguments, environment: environment, errorOutput: errorOutput) }
        }
    }

    /// Parses `arguments` (without the program name), runs the command and reports errors on stderr.
    ///
    /// Diagnostics are in the language of `--lang`, else of the locale in `environment`
    /// (``Language/preferred(by:)``): Vietnamese unless English is asked for.
    public static func run(_ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment) -> Int32 {
        var language = Language.preferred(by: environment)
        do {
            var command = try parse(arguments)
            if let chosen = (command as? LanguageChoosing)?.chosenLanguage { language = chosen }
            try Console.$language.withValue(language) { try command.run() }
            return 0
        } catch let error as BaoCaoError {
            Console.printError(error.text(in: language))
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

    /// The command `arguments` ask for.
    ///
    /// A conversion, the command a script runs once a file, is parsed on its own: the argument parser
    /// then neither reflects over every other command nor parses the arguments twice more looking for
    /// a completion-script request, which was a third of a conversion's start-up. Anything else it
    /// might meet there (help, `--version`, a usage error) is parsed again from the root, so usage,
    /// help and errors read exactly as for every other command.
    static func parse(_ arguments: [String]) throws -> ParsableCommand {
        if arguments.first == ConvertCommand.configuration.commandName,
            let command = try? ConvertCommand.parseAsRoot(Array(arguments.dropFirst())), command is ConvertCommand
        {
            return command
        }
        return try BaoCaoCommand.parseAsRoot(arguments)
    }
}
