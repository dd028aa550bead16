import Foundation
import FuzzSupport

/// libFuzzer on the XML parts of an ODT, zipped around them (``PartsPackage``). SwiftPM links the executable with `main` = `FuzzODTParts_main`.
@_cdecl("FuzzODTParts_main")
public func fuzzODTPartsMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data in
        if let package = PartsPackage.odt(data) { ReportChecks.importAndWrite(package, format: .odt, source: "fuzz.odt") }
    }
}
