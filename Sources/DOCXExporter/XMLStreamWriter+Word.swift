import BaoCaoXML

/// The namespaces of the parts this target writes.
enum WordNamespace {
    /// WordprocessingML main.
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    /// Office document relationships (`r:id`).
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// The `xmlns` attributes of a WordprocessingML root element.
    static let rootAttributes = [("xmlns:w", main), ("xmlns:r", relationships)]
}

extension XMLStreamWriter {
    /// Writes an element with attributes computed at run time and optional content.
    func node(_ name: String, _ attributes: [(String, String)] = [], _ body: () throws -> Void = {}) throws {
        try element(name, attributeList: attributes, body)
    }

    /// Writes an empty element carrying only `w:val`.
    func value(_ name: String, _ value: String) throws {
        try node(name, [("w:val", value)])
    }

    /// Writes an empty element carrying only an integer `w:val`.
    func value(_ name: String, _ value: Int) throws {
        try node(name, [("w:val", String(value))])
    }
}
