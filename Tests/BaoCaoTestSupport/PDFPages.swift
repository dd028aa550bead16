import Foundation

/// A PDF read back by poppler: the words of a page with their boxes (`pdftotext -bbox`) and a page
/// rendered to grey pixels (`pdftoppm -gray`), to check where things are printed.
public struct PDFPages: Sendable {
    /// A word and its box, in cm from the page's top left corner.
    public struct Word: Hashable, Sendable {
        /// The word's text.
        public var text: String
        /// Left, top, right and bottom edges in cm.
        public var left, top, right, bottom: Double
        /// The horizontal centre in cm.
        public var centre: Double { (left + right) / 2 }
    }

    /// The PDF.
    public let url: URL
    /// Every page's words, in reading order.
    public let pages: [[Word]]

    private static let centimetresPerPoint = 2.54 / 72

    /// Reads every page's words with `pdftotext -bbox`.
    public init(_ url: URL) throws {
        self.url = url
        let output = try ExternalTool.run("pdftotext", ["-bbox", url.path, "-"])
        guard output.status == 0 else { throw ExternalTool.Missing(tool: "pdftotext (failed: \(output.stderr))") }
        let word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/
        pages = output.stdout.components(separatedBy: "<page ").dropFirst().map { page in
            page.matches(of: word).map { match in
                let cm = { (text: Substring) in (Double(text) ?? 0) * Self.centimetresPerPoint }
                let text = String(match.output.5).replacingOccurrences(of: "&amp;", with: "&")
                    .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                return Word(text: text, left: cm(match.output.1), top: cm(match.output.2), right: cm(match.output.3), bottom: cm(match.output.4))
            }
        }
    }

    /// The words of the first line on `page` (0-based) that reads `phrase` (words separated by
    /// spaces), or `nil` when the page has no such line.
    public func phrase(_ phrase: String, onPage page: Int) -> [Word]? {
        let wanted = phrase.split(separator: " ").map(String.init)
        let words = pages[page]
        guard wanted.count <= words.count else { return nil }
        for start in 0...(words.count - wanted.count) where words[start..<start + wanted.count].map(\.text) == wanted {
            return Array(words[start..<start + wanted.count])
        }
        return nil
    }

    /// The box around `phrase` on `page`: left and right of its first and last words, top and bottom of all.
    public func box(of phrase: String, onPage page: Int) -> Word? {
        guard let words = self.phrase(phrase, onPage: page), let first = words.first, let last = words.last else { return nil }
        return Word(text: phrase, left: first.left, top: words.map(\.top).min()!, right: last.right, bottom: words.map(\.bottom).max()!)
    }

    /// The index of the last page holding `word`.
    public func lastPage(holding word: String) -> Int? {
        pages.indices.last { pages[$0].contains { $0.text == word } }
    }

    /// The longest horizontal dark line (a rule) on `page` whose row lies between `top` and `bottom`
    /// cm, rendered at 300 dpi: its left and right ends in cm.
    public func longestRule(onPage page: Int, between top: Double, and bottom: Double) throws -> (left: Double, right: Double)? {
        let directory = try TestPaths.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let base = directory.appendingPathComponent("page").path
        let dpi = 300.0
        let output = try ExternalTool.run("pdftoppm", ["-gray", "-r", "\(Int(dpi))", "-f", "\(page + 1)", "-l", "\(page + 1)", "-singlefile", url.path, base])
        guard output.status == 0 else { throw ExternalTool.Missing(tool: "pdftoppm (failed: \(output.stderr))") }
        let image = try GreyImage(Data(contentsOf: URL(fileURLWithPath: base + ".pgm")))
        let pixelsPerCentimetre = dpi / 2.54
        var best: (length: Int, left: Int, right: Int)?
        for row in Int(top * pixelsPerCentimetre)...min(Int(bottom * pixelsPerCentimetre), image.height - 1) {
            var start: Int?
            for column in 0...image.width {
                let dark = column < image.width && image.pixel(column, row) < 128
                if dark, start == nil { start = column }
                if !dark, let first = start {
                    if column - first > (best?.length ?? 0) { best = (column - first, first, column) }
                    start = nil
                }
            }
        }
        return best.map { (Double($0.left) / pixelsPerCentimetre, Double($0.right) / pixelsPerCentimetre) }
    }
}

/// A binary PGM (P5) image with 8-bit samples, as `pdftoppm -gray` writes it.
struct GreyImage {
    let width: Int
    let height: Int
    private let samples: Data

    init(_ data: Data) throws {
        var fields: [Int] = []
        var index = 2
        while fields.count < 3 {
            while index < data.count, data[index] == 0x20 || data[index] == 0x0A || data[index] == 0x0D || data[index] == 0x09 { index += 1 }
            var value = 0
            while index < data.count, (0x30...0x39).contains(data[index]) { value = value * 10 + Int(data[index] - 0x30); index += 1 }
            fields.append(value)
        }
        guard data.starts(with: Array("P5".utf8)), fields[2] == 255 else { throw ExternalTool.Missing(tool: "pdftoppm (not an 8-bit PGM)") }
        width = fields[0]
        height = fields[1]
        samples = data.subdata(in: (index + 1)..<data.count)
    }

    func pixel(_ x: Int, _ y: Int) -> UInt8 { samples[samples.startIndex + y * width + x] }
}
