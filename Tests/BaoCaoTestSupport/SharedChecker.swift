import Foundation

/// The independent checkers `../shared/tools/check_docx.sh` and `check_odt.sh`: package and schema
/// checks, then a LibreOffice import whose text (through PDF and pdftotext) they keep page by page.
/// Each uses a LibreOffice profile of its own, so it can run beside other soffice processes.
public enum SharedChecker {
    /// What a checker said, and LibreOffice's text of the document.
    public struct Verdict: Sendable {
        /// The checker's exit status and output.
        public var output: ExternalTool.Output
        /// LibreOffice's text of the whole document (pdftotext, layout kept; pages end in a form feed).
        public var text: String

        /// Whether every check passed.
        public var passed: Bool { output.status == 0 }

        /// The text of each page.
        public var pages: [String] { text.components(separatedBy: "\u{0C}").filter { !$0.isEmpty } }

        /// The checker's full output, for failure messages.
        public var transcript: String { output.stdout + output.stderr }
    }

    /// Runs `script` ("check_docx.sh" or "check_odt.sh") on the file at `url` with `options`
    /// (such as "--xsd"), requiring LibreOffice's text to hold every string of `expect`.
    ///
    /// - Throws: ``ExternalTool/Missing`` when bash is not installed (the checker itself fails,
    ///   with exit status 2, when one of its tools is missing).
    public static func check(_ url: URL, with script: String, options: [String] = [], expecting expect: [String] = []) throws -> Verdict {
        let path = TestPaths.shared.appendingPathComponent("tools/\(script)").path
        let textFile = try TestPaths.scratchDirectory().appendingPathComponent("libreoffice.txt")
        defer { try? FileManager.default.removeItem(at: textFile.deletingLastPathComponent()) }
        let arguments = [path] + options + ["--text-out", textFile.path] + expect.flatMap { ["--expect", $0] } + [url.path]
        let output = try ExternalTool.run("bash", arguments)
        let text = (try? String(contentsOf: textFile, encoding: .utf8)) ?? ""
        return Verdict(output: output, text: text)
    }

    /// The page number printed at the top of a page, or `nil` when the page shows none.
    public static func pageNumber(_ page: String) -> Int? {
        let firstLine = page.split(separator: "\n").first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return firstLine.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}
