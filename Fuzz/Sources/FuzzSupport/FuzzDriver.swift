import Foundation
import CFuzzerDriver
import Foundation

/// The test the running fuzz target applies to each input; set once by ``runFuzzer(_:_:test:)``.
nonisolated(unsafe) private var currentTest: (Data) -> Void = { _ in }

/// Runs libFuzzer with the program's arguments, calling `test` with every input it generates.
/// Returns libFuzzer's exit status (non-zero after a crash, timeout or memory blow-up).
public func runFuzzer(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, test: @escaping (Data) -> Void) -> Int32 {
    currentTest = test
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { bytes, size in
        currentTest(bytes.map { Data(bytes: $0, count: size) } ?? Data())
        return 0
    }
}
