import BaoCaoTestSupport
import Foundation

/// The built `baocao` executable, for tests that run it as a real process.
enum BaocaoExecutable {
    /// Beside the test bundle, or in `.build/debug/`.
    static var url: URL { TestPaths.builtExecutable("baocao") }
}
