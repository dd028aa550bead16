import Foundation
import ZIPFoundation

/// The structure-aware input of the zip formats (DOCX, ODT, XLSX): the text of a few XML parts separated by a line
/// `#PART#`, zipped (stored, not deflated) into a valid package around them. libFuzzer then
/// mutates the XML, not the compressed bytes, which would mostly exercise the zip layer.
public enum PartsPackage {
    /// The line between parts in a fuzz input.
    public static let separator = Data("\n#PART#\n".utf8)

    /// The parts of `input`, in order.
    public static func parts(of input: Data) -> [Data] {
        var parts: [Data] = []
        var rest = input[...]
        while let range = rest.range(of: separator) {
            parts.append(Data(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        parts.append(Data(rest))
        return parts
    }

    /// A zip holding `entries` (name and content) in order, stored; `nil` if ZIPFoundation fails.
    public static func storedZip(_ entries: [(name: String, content: Data)]) -> Data? {
        guard let archive = try? Archive(data: Data(), accessMode: .create) else { return nil }
        for (name, content) in entries {
            do {
                try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(content.count), compressionMethod: .none) { position, size in
                    content.subdata(in: Int(position)..<Int(position) + size)
                }
            } catch {
                return nil
            }
        }
        return archive.data
    }

    /// A DOCX around `input`'s parts: `word/document.xml`, `styles.xml`, `numbering.xml`, `footnotes.xml`.
    public static func docx(_ input: Data) -> Data? {
        let names = ["word/document.xml", "word/styles.xml", "word/numbering.xml", "word/footnotes.xml"]
        let parts = parts(of: input)
        var entries: [(String, Data)] = [
            ("[Content_Types].xml", Data(contentTypes.utf8)), ("_rels/.rels", Data(packageRelationships.utf8)),
            ("word/_rels/document.xml.rels", Data(documentRelationships.utf8)),
        ]
        for (name, part) in zip(names, parts) { entries.append((name, part)) }
        return storedZip(entries)
    }

    /// An ODT around `input`'s parts: `content.xml`, `styles.xml`.
    public static func odt(_ input: Data) -> Data? {
        let parts = parts(of: input)
        var entries: [(String, Data)] = [("mimetype", Data("application/vnd.oasis.opendocument.text".utf8))]
        for (name, part) in zip(["content.xml", "styles.xml"], parts) { entries.append((name, part)) }
        return storedZip(entries)
    }

    /// An XLSX around `input`'s parts: `xl/workbook.xml`, `worksheets/sheet1.xml`, `sharedStrings.xml`, `styles.xml`.
    public static func xlsx(_ input: Data) -> Data? {
        let names = ["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"]
        var entries: [(String, Data)] = [
            ("_rels/.rels", Data(packageRelationships.replacingOccurrences(of: "word/document.xml", with: "xl/workbook.xml").utf8)),
            ("xl/_rels/workbook.xml.rels", Data(workbookRelationships.utf8)),
        ]
        for (name, part) in zip(names, parts(of: input)) { entries.append((name, part)) }
        return storedZip(entries)
    }

    private static let workbookRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        </Types>
        """

    private static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """

    private static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>\
        </Relationships>
        """
}
