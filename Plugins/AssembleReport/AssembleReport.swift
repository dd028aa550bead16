import Foundation
import PackagePlugin

/// `swift package --allow-writing-to-package-directory assemble-report [--period YYYY-MM] […]`
///
/// Asks the package manager to build the `baocao` product, then runs `baocao assemble` with the
/// given arguments from the package folder, so that a scheduled monthly run is one command.
/// The plugin does not depend on `baocao` directly: that would build the whole graph twice.
@main
struct AssembleReport: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        let result = try packageManager.build(.product("baocao"), parameters: .init(configuration: .debug, logging: .concise))
        guard result.succeeded else {
            Diagnostics.error("building baocao failed:\n\(result.logText)")
            throw AssembleReportError.buildFailed
        }
        guard let tool = result.builtArtifacts.first(where: { $0.kind == .executable && $0.url.lastPathComponent == "baocao" }) else {
            throw AssembleReportError.noExecutable
        }
        let process = Process()
        process.executableURL = tool.url
        process.arguments = ["assemble"] + arguments
        process.currentDirectoryURL = context.package.directoryURL
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw AssembleReportError.assemblyFailed(process.terminationStatus)
        }
    }
}

/// Why the plugin stopped.
enum AssembleReportError: Error, CustomStringConvertible {
    case buildFailed
    case noExecutable
    case assemblyFailed(Int32)

    var description: String {
        switch self {
        case .buildFailed: return "could not build the baocao product"
        case .noExecutable: return "the build produced no baocao executable"
        case .assemblyFailed(let status): return "baocao assemble failed with exit code \(status)"
        }
    }
}
