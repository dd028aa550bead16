import ArgumentParser
import BaoCaoCore
import Foundation

/// Runs `baocao-server` with the process's arguments and exits: 0 success, 1 bad input, 2 usage.
public enum ServerCommandLine {
    /// Parses the arguments, runs the command and exits with its code.
    public static func main() async {
        do {
            var command = try ServerCommand.parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let error as BaoCaoError {
            FileHandle.standardError.write(Data("baocao-server: \(error.description)\n".utf8))
            exit(error.kind == .usage ? 2 : 1)
        } catch {
            ServerCommand.exit(withError: error)
        }
    }
}
