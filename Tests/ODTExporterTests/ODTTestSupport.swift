import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import ODTExporter

extension ExportedFile {
    /// Exports `report` as ODT into a new scratch folder.
    init(odt report: Report, options: ExportOptions = ExportOptions()) throws {
        try self.init(report, with: ODTExporter(), options: options)
    }
}

/// The shared checker of ODT packages, `../shared/tools/check_odt.sh`.
enum ODTChecker {
    /// What the checker said, and LibreOffice's text of each page.
    struct Verdict {
        /// The checker's result.
        var output: ExternalTool.Output
        /// The text of each page (pdftotext, layout kept).
        var pages: [String]
    }

    /// Runs the strict check (no `--extended`) with `expect` strings; the checker uses a
    /// LibreOffice profile of its own, so it can run beside other soffice processes.
    static func check(_ url: URL, expecting expect: [String]) throws -> Verdict {
        let script = TestPaths.shared.appendingPathComponent("tools/check_odt.sh").path
        let textFile = url.deletingLastPathComponent().appendingPathComponent("libreoffice.txt")
        let arguments = [script, "--text-out", textFile.path] + expect.flatMap { ["--expect", $0] } + [url.path]
        let output = try ExternalTool.run("bash", arguments)
        let text = (try? String(contentsOf: textFile, encoding: .utf8)) ?? ""
        return Verdict(output: output, pages: text.components(separatedBy: "\u{0C}").filter { !$0.isEmpty })
    }

    /// The page number printed at the top of a page, or `nil` when the page shows none.
    static func pageNumber(_ page: String) -> Int? {
        let firstLine = page.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return firstLine.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}
