/// The namespace URIs a DOCX package uses, transitional form (ISO Strict URIs are read as these).
enum WordNamespace {
    /// WordprocessingML main.
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// Office document relationships (attributes such as `r:id`).
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    /// Package relationships (`.rels` parts).
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    /// Markup compatibility (`mc:AlternateContent`).
    static let mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    /// Office math.
    static let math = "http://schemas.openxmlformats.org/officeDocument/2006/math"

    /// ISO/IEC 29500 Strict namespace URIs and their transitional equivalents.
    static let strictAliases: [String: String] = [
        "http://purl.oclc.org/ooxml/wordprocessingml/main": w,
        "http://purl.oclc.org/ooxml/officeDocument/relationships": r,
        "http://purl.oclc.org/ooxml/officeDocument/math": math,
    ]
}
