import Foundation
import FuzzSupport

/// libFuzzer on an XLSX workbook as received (the zip bytes), as a document and as a filled form. SwiftPM links the executable with `main` = `FuzzXLSX_main`.
@_cdecl("FuzzXLSX_main")
public func fuzzXLSXMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data in
        ReportChecks.importAndWrite(data, format: .xlsx, source: "fuzz.xlsx")
        SubmissionChecks.read(data, name: "snn.xlsx")
    }
}
