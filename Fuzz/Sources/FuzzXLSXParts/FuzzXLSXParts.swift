import Foundation
import FuzzSupport

/// libFuzzer on the XML parts of an XLSX, zipped around them (``PartsPackage``). SwiftPM links the executable with `main` = `FuzzXLSXParts_main`.
@_cdecl("FuzzXLSXParts_main")
public func fuzzXLSXPartsMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data in
        guard let package = PartsPackage.xlsx(data) else { return }
        ReportChecks.importAndWrite(package, format: .xlsx, source: "fuzz.xlsx")
        SubmissionChecks.read(package, name: "snn.xlsx")
    }
}
