import Foundation
import FuzzSupport

/// libFuzzer on a CSV figures submission. SwiftPM links the executable with `main` = `FuzzCSVSubmission_main`.
@_cdecl("FuzzCSVSubmission_main")
public func fuzzCSVSubmissionMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data in
        SubmissionChecks.read(data, name: "snn.csv")
    }
}
