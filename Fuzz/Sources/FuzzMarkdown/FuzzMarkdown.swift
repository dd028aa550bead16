import Foundation
import FuzzSupport

/// libFuzzer on a Markdown report with its front matter. SwiftPM links the executable with `main` = `FuzzMarkdown_main`.
@_cdecl("FuzzMarkdown_main")
public func fuzzMarkdownMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runFuzzer(argc, argv) { data in
        ReportChecks.importAndWrite(data, format: .markdown, source: "fuzz.md")
    }
}
