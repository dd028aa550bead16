/// The namespaces of the SpreadsheetML parts, and the ISO Strict ones read as their transitional equivalents.
enum SpreadsheetNamespace {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// Strict namespace → transitional namespace.
    static let strictAliases = [
        "http://purl.oclc.org/ooxml/spreadsheetml/main": main,
        "http://purl.oclc.org/ooxml/officeDocument/relationships": relationships,
    ]
}
