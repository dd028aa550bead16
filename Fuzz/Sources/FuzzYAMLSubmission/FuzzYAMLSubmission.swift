import Foundation
import FuzzSupport

/// libFuzzer on a YAML figures submission. SwiftPM links the executable with `main` = `FuzzYAMLSubmission_main`.
@_cdecl("FuzzYAMLSubmission_main")
public func fuzzYAMLSubmissionMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data in
        SubmissionChecks.read(data, name: "snn.yaml")
    }
}
