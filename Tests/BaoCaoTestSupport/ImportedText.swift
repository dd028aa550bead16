import BaoCaoCore
import Foundation

/// Measures what an importer kept, against reference text made by other readers.
public enum ImportedText {
    /// The words of the whole report: preamble, headings, section blocks and footnotes.
    public static func plainText(_ report: Report) -> String {
        var parts = report.preamble.map(\.plainText)
        report.forEachSection { section, _ in
            parts.append(section.headingText)
            parts += section.blocks.map(\.plainText)
        }
        parts += report.footnotes.flatMap { $0.blocks.map(\.plainText) }
        return parts.joined(separator: "\n")
    }

    /// Whether a reference word is a list or note marker rather than a word: one or two digits,
    /// a single letter, or a small Roman numeral ("1", "a", "iv"); the model keeps list numbering
    /// and note marks as structure, not text.
    public static func isMarker(_ word: String) -> Bool {
        if word.count <= 2, word.allSatisfy(\.isNumber) { return true }
        if word.count == 1 { return true }
        return ["ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"].contains(word)
    }

    /// ``WordRecall/recall(of:in:)`` with the reference's markers left out.
    public static func recall(reference: String, candidate: String) -> Double {
        let wanted = WordRecall.words(reference).filter { !isMarker($0) }
        return WordRecall.recall(of: wanted.joined(separator: " "), in: candidate)
    }

    /// The best recall against the LibreOffice and pandoc reference texts for a corpus document
    /// (`kind` is "docx" or "odt", `name` the file name without extension); `nil` without a reference.
    public static func corpusRecall(_ report: Report, kind: String, name: String) throws -> Double? {
        let folder = TestPaths.shared.appendingPathComponent("corpus/generated-reference-text/\(kind)")
        let candidate = plainText(report)
        var best: Double?
        for suffix in ["lo.txt", "pandoc.txt"] {
            let url = folder.appendingPathComponent("\(name).\(suffix)")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let reference = try String(contentsOf: url, encoding: .utf8)
            best = max(best ?? 0, recall(reference: reference, candidate: candidate))
        }
        return best
    }

    /// Every block of the report (preamble, sections, annexes, footnotes, and blocks nested in lists and cells).
    public static func allBlocks(_ report: Report) -> [Block] {
        var out: [Block] = []
        report.forEachBlock(includingFootnotes: true) { out.append($0) }
        return out
    }

    /// The tables of the report, nested ones included.
    public static func tables(_ report: Report) -> [Table] {
        allBlocks(report).compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    /// The lists of the report, nested ones included.
    public static func lists(_ report: Report) -> [ListBlock] {
        allBlocks(report).compactMap { if case .list(let list) = $0 { list } else { nil } }
    }

    /// How deep lists nest in `blocks`, following the first list at each level (1 for a flat list).
    public static func listDepth(_ blocks: [Block]) -> Int {
        var depth = 0
        var current = blocks
        while let list = current.lazy.compactMap({ block -> ListBlock? in if case .list(let list) = block { list } else { nil } }).first {
            depth += 1
            current = list.items.flatMap { $0 }
        }
        return depth
    }

    /// Notes, tables and lists (nested ones included) the report holds.
    public static func structureCounts(_ report: Report) -> StructureCounts {
        StructureCounts(notes: report.footnotes.count, tables: tables(report).count, lists: lists(report).count)
    }

    /// The same counts in an expected pandoc AST (`corpus/*/expected/NAME.native`).
    public static func nativeCounts(_ native: String) -> StructureCounts {
        func count(_ pattern: String) -> Int {
            let regex = try! NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
            return regex.numberOfMatches(in: native, range: NSRange(native.startIndex..., in: native))
        }
        return StructureCounts(
            notes: count(#"(?:^|[\[,(])\s*Note\b"#), tables: count(#"(?:^|[\[,(])\s*Table\b"#),
            lists: count(#"\b(?:OrderedList|BulletList)\b"#))
    }

    /// The corpus documents of `kind` ("docx" or "odt") that have an expected pandoc AST, by name.
    public static func corpusNativeNames(_ kind: String) -> [String] {
        let folder = TestPaths.shared.appendingPathComponent("corpus/\(kind)/expected")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".native") }.map { String($0.dropLast(".native".count)) }.sorted()
    }
}

/// How many notes, tables and lists a document holds.
public struct StructureCounts: Hashable, Sendable, CustomStringConvertible {
    /// Footnotes and endnotes.
    public var notes: Int
    /// Tables, nested ones included.
    public var tables: Int
    /// Lists, nested ones included.
    public var lists: Int

    /// Creates counts.
    public init(notes: Int, tables: Int, lists: Int) {
        self.notes = notes
        self.tables = tables
        self.lists = lists
    }

    public var description: String { "\(notes) notes, \(tables) tables, \(lists) lists" }
}
