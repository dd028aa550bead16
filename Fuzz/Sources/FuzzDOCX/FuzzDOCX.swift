import Foundation
import FuzzSupport

/// libFuzzer on a DOCX file as received (the zip bytes). SwiftPM links the executable with `main` = `FuzzDOCX_main`.
@_cdecl("FuzzDOCX_main")
public func fuzzDOCXMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data in
        ReportChecks.importAndWrite(data, format: .docx, source: "fuzz.docx")
    }
}
