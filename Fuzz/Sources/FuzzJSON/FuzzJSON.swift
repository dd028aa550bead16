import Foundation
import FuzzSupport

/// libFuzzer on the JSON form of a report. SwiftPM links the executable with `main` = `FuzzJSON_main`.
@_cdecl("FuzzJSON_main")
public func fuzzJSONMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data in
        ReportChecks.importAndWrite(data, format: .json, source: "fuzz.json")
    }
}
