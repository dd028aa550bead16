import BaoCaoTestSupport
import Foundation

/// The built `baocao` executable, for tests that run it as a real process.
enum BaocaoExecutable {
    /// Beside the test bundle, or in `.build/debug/`.
    static var url: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("baocao")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return TestPaths.packageRoot.appendingPathComponent(".build/debug/baocao")
    }
}
