import Foundation
import FuzzSupport

/// libFuzzer on a Markdown narrative submission. SwiftPM links the executable with `main` = `FuzzMarkdownSubmission_main`.
@_cdecl("FuzzMarkdownSubmission_main")
public func fuzzMarkdownSubmissionMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data in
        SubmissionChecks.read(data, name: "vp.md")
    }
}
