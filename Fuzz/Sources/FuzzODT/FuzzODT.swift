import Foundation
import FuzzSupport

/// libFuzzer on an ODT file as received (the zip bytes). SwiftPM links the executable with `main` = `FuzzODT_main`.
@_cdecl("FuzzODT_main")
public func fuzzODTMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data in
        ReportChecks.importAndWrite(data, format: .odt, source: "fuzz.odt")
    }
}
