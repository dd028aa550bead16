import BaoCaoXML

/// One `style:style` element: its name, family, parent and property groups, written in schema order.
struct ODFStyle {
    /// The property groups a style can carry, in the order the schema wants them.
    enum Group: String, CaseIterable {
        case table = "style:table-properties"
        case column = "style:table-column-properties"
        case row = "style:table-row-properties"
        case cell = "style:table-cell-properties"
        case paragraph = "style:paragraph-properties"
        case text = "style:text-properties"
    }

    /// The style's name as documents refer to it.
    var name: String
    /// "paragraph", "text", "table", "table-column", "table-row" or "table-cell".
    var family: String
    /// The name shown in the office suite's style list, in Vietnamese.
    var displayName: String?
    /// The style this one inherits from.
    var parent: String?
    /// Further attributes of `style:style`, such as `style:default-outline-level`.
    var attributes: [(String, String)] = []
    /// Property attributes by group.
    var properties: [Group: [(String, String)]] = [:]

    /// Writes the style.
    func write(to xml: XMLStreamWriter) throws {
        try xml.startElement("style:style")
        try xml.attribute("style:name", name)
        if let displayName { try xml.attribute("style:display-name", displayName) }
        try xml.attribute("style:family", family)
        if let parent { try xml.attribute("style:parent-style-name", parent) }
        for (key, value) in attributes { try xml.attribute(key, value) }
        for group in Group.allCases {
            guard let list = properties[group], !list.isEmpty else { continue }
            try xml.element(group.rawValue, attributeList: list)
        }
        try xml.endElement()
    }
}

/// Builders for the property attributes used again and again.
enum ODFProperties {
    /// Font size, weight and posture (the Western, Asian and complex slots alike).
    static func font(size: Double? = nil, bold: Bool? = nil, italic: Bool? = nil) -> [(String, String)] {
        var list: [(String, String)] = []
        if let size {
            let value = ODFLength.pt(size)
            list += [("fo:font-size", value), ("style:font-size-asian", value), ("style:font-size-complex", value)]
        }
        if let bold {
            let value = bold ? "bold" : "normal"
            list += [("fo:font-weight", value), ("style:font-weight-asian", value), ("style:font-weight-complex", value)]
        }
        if let italic {
            let value = italic ? "italic" : "normal"
            list += [("fo:font-style", value), ("style:font-style-asian", value), ("style:font-style-complex", value)]
        }
        return list
    }

    /// A paragraph's alignment, spacing above and below (pt) and first-line indent (cm).
    static func paragraph(
        align: String? = nil, before: Double? = nil, after: Double? = nil, indent: Double? = nil
    ) -> [(String, String)] {
        var list: [(String, String)] = []
        if let before { list.append(("fo:margin-top", ODFLength.pt(before))) }
        if let after { list.append(("fo:margin-bottom", ODFLength.pt(after))) }
        if let indent { list.append(("fo:text-indent", ODFLength.cm(indent))) }
        if let align { list.append(("fo:text-align", align)) }
        return list
    }

    /// A thin solid black line, as used for rules and table borders.
    static let thinLine = "0.5pt solid #000000"
}
