import ArgumentParser

/// `baocao-server`: the intake web service and its accounts, kept apart from `baocao` so that the
/// command line's start-up does not load the HTTP server and the database (docs/intake.md).
public struct ServerCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "baocao-server",
        abstract: "The intake service: departments send their month, the office follows and assembles it.",
        discussion: """
            Start it with `baocao-server serve --data Data`; create accounts with `baocao-server users add`.
            Exit codes: 0 success, 1 bad input, 2 wrong usage.
            """,
        subcommands: [ServeCommand.self, UsersCommand.self, BackupCommand.self, RemindCommand.self])

    public init() {}
}

/// The data folder option every command shares.
struct DataOption: ParsableArguments {
    @Option(help: "The data folder (database, stored files, inbox mirror).")
    var data = "Data"
}
