import ArgumentParser
import BaoCaoIntake
import Foundation

/// `baocao-server serve`: runs the intake service until stopped.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the intake web service (default http://127.0.0.1:8080).")

    @OptionGroup var data: DataOption

    @Option(help: "The configuration folder holding profile.yaml and outline.yaml.")
    var config = "Config"

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    @Option(help: "The largest upload accepted, in MiB.")
    var maxUploadMib = 20

    @Flag(help: "Mark cookies Secure (when served over TLS or behind a TLS proxy).")
    var secureCookies = false

    func run() async throws {
        var settings = IntakeSettings(dataDirectory: URL(fileURLWithPath: data.data), configDirectory: config)
        settings.maxUploadBytes = maxUploadMib << 20
        settings.secureCookies = secureCookies
        let service = try IntakeService(settings: settings)
        print("baocao-server: serving \(data.data) on http://\(host):\(port)")
        try await IntakeApplication.make(service, host: host, port: port).runService()
    }
}
