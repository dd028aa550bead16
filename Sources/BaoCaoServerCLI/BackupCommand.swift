import ArgumentParser
import BaoCaoStore
import Foundation

/// `baocao-server backup`: a consistent copy of the data folder, safe while the service runs.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the data folder: the database through SQLite's backup API, then the stored files.",
        discussion: "The copy is a data folder itself: serve it with --data, or copy it back.")

    @OptionGroup var data: DataOption

    @Option(help: "The folder to create (must not exist).")
    var to: String

    func run() throws {
        let store = try data.store()
        let target = URL(fileURLWithPath: to)
        guard !FileManager.default.fileExists(atPath: target.path) else {
            throw ValidationError("\(to) exists already; name a new folder")
        }
        try store.backup(into: target)
        print("baocao-server: backed up \(data.data) into \(to)")
    }
}
