import Foundation
import FuzzSupport

/// libFuzzer on the XML parts of a DOCX, zipped around them (``PartsPackage``). SwiftPM links the executable with `main` = `FuzzDOCXParts_main`.
@_cdecl("FuzzDOCXParts_main")
public func fuzzDOCXPartsMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data in
        if let package = PartsPackage.docx(data) { ReportChecks.importAndWrite(package, format: .docx, source: "fuzz.docx") }
    }
}
