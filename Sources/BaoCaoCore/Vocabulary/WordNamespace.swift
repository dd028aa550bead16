/// The namespace URIs of a DOCX package (transitional form), read by the DOCX importer and written
/// by the DOCX exporter.
package enum WordNamespace {
    /// WordprocessingML main.
    package static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// Office document relationships (attributes such as `r:id`).
    package static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// Package relationships (`.rels` parts).
    package static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    /// Markup compatibility (`mc:AlternateContent`).
    package static let mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    /// Office math.
    package static let math = "http://schemas.openxmlformats.org/officeDocument/2006/math"

    /// ISO/IEC 29500 Strict namespace URIs and their transitional equivalents (Strict is read as these).
    package static let strictAliases: [String: String] = [
        "http://purl.oclc.org/ooxml/wordprocessingml/main": w,
        "http://purl.oclc.org/ooxml/officeDocument/relationships": r,
        "http://purl.oclc.org/ooxml/officeDocument/math": math,
    ]

    /// The `xmlns` attributes of a WordprocessingML root element.
    package static let rootAttributes = [("xmlns:w", w), ("xmlns:r", r)]
}
