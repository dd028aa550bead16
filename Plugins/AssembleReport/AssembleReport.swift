import PackagePlugin

@main
struct AssembleReport: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {}
}
