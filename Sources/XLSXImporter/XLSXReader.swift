import BaoCaoCore
import BaoCaoXML
import BaoCaoZip
import Foundation

/// Reads an untrusted XLSX workbook into a ``Spreadsheet``, through the project's bounded zip reader
/// and hardened XML reader (no DOCTYPE, no entities, bounded depth and element count), so that zip
/// bombs, XXE, billion laughs and path tricks are refused before anything large is built.
///
/// Part names from relationships are only lookup keys inside the zip, never file paths. Cells keep
/// what the file stores: shared and inline strings, numbers as their decimal text, a formula's
/// cached value (or ``Spreadsheet/Cell/Content/formulaWithoutValue``), booleans, errors and dates.
public enum XLSXReader {
    /// Bounds for a workbook: far above a department's form, far below what would hurt the machine.
    package static let zipLimits = SafeZipReader.Limits(
        maxArchiveSize: 32 << 20, maxEntryCount: 1_000, maxEntrySize: 48 << 20, maxTotalSize: 96 << 20, maxRatio: 100)
    /// Bounds on each XML part.
    package static let xmlLimits = SafeXMLReader.Limits(maxDepth: 64, maxElements: 2_000_000)

    /// Reads `data`, which came from the file `source` (named in errors).
    ///
    /// - Throws: ``BaoCaoError`` (bad input) naming `source` and the part at fault.
    public static func read(_ data: Data, source: String) throws -> Spreadsheet {
        let input = PackageInput(source: source, format: "XLSX")
        let zip = try input.opening { try SafeZipReader(data: data, limits: zipLimits) }
        // Whether the part `name` exists; if so, it is fed from the inflater to `handler` chunk by chunk.
        func parse(_ name: String, with handler: any SafeXMLHandler) throws -> Bool {
            do {
                let parser = try SafeXMLParser(handler: handler, limits: xmlLimits, namespaceAliases: SpreadsheetNamespace.strictAliases)
                let found: Bool
                do {
                    found = try zip.read(name) { try parser.feed($0) }
                } catch let error as ZipError {
                    throw input.badPart(name, .technicalDetail("\(error)"))
                }
                guard found else { return false }
                try parser.finish()
                return true
            } catch let error as XMLError {
                throw input.badPart(name, .technicalDetail(error.message), line: error.line)
            }
        }
        // The small parts (workbook, relationships, styles) as trees.
        func part(_ name: String) throws -> XMLElementNode? {
            let builder = XMLTreeBuilder()
            return try parse(name, with: builder) ? builder.tree() : nil
        }
        let main = SpreadsheetNamespace.main
        let workbookName = try relationships(part("_rels/.rels"), base: "", input: input).first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        guard let workbook = try part(workbookName), workbook.is(main, "workbook") else {
            throw input.unreadable(.spreadsheetProblem(.noWorkbook(workbookName)))
        }
        let base = (workbookName as NSString).deletingLastPathComponent
        let links = try relationships(part(relationshipsName(of: workbookName)), base: base, input: input)
        let strings = SharedStrings()
        if let shared = links.first(where: { $0.type.hasSuffix("/sharedStrings") }) { _ = try parse(shared.target, with: strings) }
        let dates = DateFormats(styles: try links.first { $0.type.hasSuffix("/styles") }.flatMap { try part($0.target) })
        var sheets: [Spreadsheet.Sheet] = []
        for sheet in workbook.child(main, "sheets")?.children(main, "sheet") ?? [] {
            let name = sheet.attribute("", "name") ?? "Sheet\(sheets.count + 1)"
            guard let id = sheet.attribute(SpreadsheetNamespace.relationships, "id"),
                let target = links.first(where: { $0.id == id })?.target
            else { throw input.badPart(workbookName, .spreadsheetProblem(.sheetWithoutPart(name)), line: sheet.line) }
            let reader = SheetReader(strings: strings.items, dates: dates, part: target, input: input)
            guard try parse(target, with: reader) else { throw input.badPart(target, .spreadsheetProblem(.missingSheetPart(name))) }
            guard reader.sawSheetData else { throw input.badPart(target, .spreadsheetProblem(.notAWorksheet)) }
            sheets.append(Spreadsheet.Sheet(name: name, rows: reader.rows))
        }
        return Spreadsheet(sheets: sheets)
    }

    /// A relationship: its id, type and target part (resolved against the source part's folder).
    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    private static func relationships(_ root: XMLElementNode?, base: String, input: PackageInput) throws -> [Relationship] {
        guard let root else { return [] }
        return try root.children(SpreadsheetNamespace.packageRelationships, "Relationship").compactMap { element in
            guard let id = element.attribute("", "Id"), let type = element.attribute("", "Type"),
                let target = element.attribute("", "Target"), element.attribute("", "TargetMode") != "External"
            else { return nil }
            guard let part = resolve(target, base: base) else {
                throw input.unreadable(.spreadsheetProblem(.relationshipOutside(target)))
            }
            return Relationship(id: id, type: type, target: part)
        }
    }

    /// The zip entry name a relationship target points to ("/xl/a.xml", "a.xml", "../a.xml"), or
    /// `nil` when it climbs out of the package.
    static func resolve(_ target: String, base: String) -> String? {
        var parts = target.hasPrefix("/") ? [] : base.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." {
                guard parts.popLast() != nil else { return nil }
            } else if piece != "." {
                parts.append(String(piece))
            }
        }
        return parts.joined(separator: "/")
    }

    private static func relationshipsName(of part: String) -> String {
        let folder = (part as NSString).deletingLastPathComponent
        let name = (part as NSString).lastPathComponent
        return (folder.isEmpty ? "" : folder + "/") + "_rels/\(name).rels"
    }
}
