import BaoCaoXML

/// Writing WordprocessingML elements.
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
