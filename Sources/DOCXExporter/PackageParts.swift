import BaoCaoCore
import BaoCaoXML

/// The packaging parts: `[Content_Types].xml` and the two relationship parts.
enum PackageParts {
    private static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    /// Writes `[Content_Types].xml`: defaults for rels and xml, an override for every part.
    static func writeContentTypes(_ xml: XMLStreamWriter) throws {
        try xml.node("Types", [("xmlns", "http://schemas.openxmlformats.org/package/2006/content-types")]) {
            try xml.node("Default", [("Extension", "rels"), ("ContentType", "application/vnd.openxmlformats-package.relationships+xml")])
            try xml.node("Default", [("Extension", "xml"), ("ContentType", "application/xml")])
            try xml.node("Override", [
                ("PartName", "/word/document.xml"),
                ("ContentType", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
            ])
            for part in DocumentRelationship.allCases {
                try xml.node("Override", [("PartName", "/word/" + part.target), ("ContentType", part.contentType)])
            }
            try xml.node("Override", [
                ("PartName", "/docProps/core.xml"), ("ContentType", "application/vnd.openxmlformats-package.core-properties+xml"),
            ])
            try xml.node("Override", [
                ("PartName", "/docProps/app.xml"),
                ("ContentType", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
            ])
        }
    }

    /// Writes `_rels/.rels`: the main document and the two property parts.
    static func writeRootRelationships(_ xml: XMLStreamWriter) throws {
        try xml.node("Relationships", [("xmlns", WordNamespace.packageRelationships)]) {
            try relationship(xml, "rId1", officeRelationships + "officeDocument", "word/document.xml")
            try relationship(
                xml, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml")
            try relationship(xml, "rId3", officeRelationships + "extended-properties", "docProps/app.xml")
        }
    }

    /// Writes `word/_rels/document.xml.rels`.
    static func writeDocumentRelationships(_ xml: XMLStreamWriter) throws {
        try xml.node("Relationships", [("xmlns", WordNamespace.packageRelationships)]) {
            for part in DocumentRelationship.allCases {
                try relationship(xml, part.id, part.type, part.target)
            }
        }
    }

    private static func relationship(_ xml: XMLStreamWriter, _ id: String, _ type: String, _ target: String) throws {
        try xml.node("Relationship", [("Id", id), ("Type", type), ("Target", target)])
    }
}
