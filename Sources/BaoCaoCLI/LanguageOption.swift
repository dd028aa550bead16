import ArgumentParser
import BaoCaoCore

extension Language: ExpressibleByArgument {}

/// `--lang vi|en`: the language of the diagnostics a command prints.
struct LanguageOption: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: "The language of diagnostics: vi (default) or en. Without it, LC_ALL, LC_MESSAGES or LANG starting with 'en' choose English.")
    var language: Language?
}

/// A command whose diagnostics can be printed in another language than the environment's.
protocol LanguageChoosing {
    /// The language asked for on the command line, if any.
    var chosenLanguage: Language? { get }
}
