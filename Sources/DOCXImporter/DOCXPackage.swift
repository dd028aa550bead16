import BaoCaoCore
import BaoCaoXML
import BaoCaoZip
import Foundation

/// The parts of a DOCX package the importer reads, found through the package relationships.
///
/// Part names are only lookup keys into the zip: a relationship target that climbs out of the
/// package ("../../etc/passwd") resolves to nothing.
struct DOCXPackage {
    /// The input file as the user named it, and the errors that name it.
    let input: PackageInput
    private let zip: SafeZipReader
    /// The main document part, usually "word/document.xml".
    let documentPart: String
    /// The targets of the main document's relationships, by relationship id.
    let documentRelationships: [String: Relationship]

    /// One relationship of a part.
    struct Relationship {
        /// The type URI's last path segment, for example "styles" or "footnotes".
        var kind: String
        /// The target as written.
        var target: String
        /// The resolved part name, or `nil` for an external target or one outside the package.
        var part: String?
    }

    /// Opens `data` as a zip and finds the main document.
    init(data: Data, source: String) throws {
        input = PackageInput(source: source, format: "DOCX")
        zip = try input.opening { try SafeZipReader(data: data) }
        let packageRelationships = try Self.relationships(of: "", in: zip, input: input)
        var main = "word/document.xml"
        if let relationship = packageRelationships.values.first(where: { $0.kind == "officeDocument" }) {
            guard let part = relationship.part else {
                throw input.unreadable(.relationshipOutside(relationship.target))
            }
            main = part
        }
        guard zip.contains(main) else {
            throw input.unreadable(.missingPart(main))
        }
        documentPart = main
        documentRelationships = try Self.relationships(of: main, in: zip, input: input)
    }

    /// The part the main document names for a relationship kind ("styles", "numbering", "footnotes", "endnotes").
    func relatedPart(_ kind: String) -> String? {
        documentRelationships.values.filter { $0.kind == kind }.compactMap(\.part).sorted().first { zip.contains($0) }
    }

    /// Parses a part as XML, or returns `nil` when the package lacks it.
    func xml(_ part: String) throws -> XMLElementNode? {
        try Self.xml(part, in: zip, input: input)
    }

    private static func xml(_ part: String, in zip: SafeZipReader, input: PackageInput) throws -> XMLElementNode? {
        guard let data = try input.reading(part, { try zip.read(part) }) else { return nil }
        do {
            return try SafeXMLReader.parse(data, namespaceAliases: WordNamespace.strictAliases)
        } catch {
            throw input.badPart(part, .technicalDetail(error.message), line: error.line)
        }
    }

    /// Reads the relationships of `part` ("" for the package itself).
    private static func relationships(of part: String, in zip: SafeZipReader, input: PackageInput) throws -> [String: Relationship] {
        let folder = part.split(separator: "/").dropLast().joined(separator: "/")
        let file = part.split(separator: "/").last.map(String.init) ?? ""
        let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/\(file).rels"
        guard let root = try xml(relsPart, in: zip, input: input) else { return [:] }
        var result: [String: Relationship] = [:]
        for element in root.children(WordNamespace.packageRelationships, "Relationship") {
            guard let id = element.attribute("", "Id"), let type = element.attribute("", "Type"),
                let target = element.attribute("", "Target")
            else { continue }
            let kind = type.split(separator: "/").last.map(String.init) ?? type
            let isExternal = element.attribute("", "TargetMode") == "External"
            result[id] = Relationship(kind: kind, target: target, part: isExternal ? nil : resolve(target, from: folder))
        }
        return result
    }

    /// Resolves a relationship target against the folder of its source part, inside the package only.
    static func resolve(_ target: String, from folder: String) -> String? {
        var segments = target.hasPrefix("/") ? [] : folder.split(separator: "/").map(String.init)
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(String(segment))
            }
        }
        return segments.isEmpty ? nil : segments.joined(separator: "/")
    }
}
