import BaoCaoXML

/// The `w:pPr`, `w:rPr` and `w:tcPr` elements of one part, recorded from libxml2 the first time
/// each value is written and written again from the record (``XMLStreamWriter/Fragment``): down an
/// annex table every cell repeats its column's width, paragraph style and run properties, which
/// would otherwise cost a dozen libxml2 calls a cell.
final class PropertyFragments {
    /// What a cell's `w:tcPr` says.
    struct CellKey: Hashable {
        var width: Int
        var span: Int
        var merge: String?
    }

    /// Every paragraph property but numbering and section (paragraphs with either are written
    /// directly).
    struct ParagraphKey: Hashable {
        var style: String?
        var keepNext: Bool
        var keepLines: Bool
        var bottomBorder: Bool
        var spacing: ParagraphProperties.Spacing?
        var indent: ParagraphProperties.Indent?
        var alignment: String?
        var markProperties: RunProperties

        /// The key of `properties`, `nil` when they have numbering or a section.
        init?(_ properties: ParagraphProperties) {
            guard properties.numbering == nil, properties.section == nil else { return nil }
            style = properties.style
            keepNext = properties.keepNext
            keepLines = properties.keepLines
            bottomBorder = properties.bottomBorder
            spacing = properties.spacing
            indent = properties.indent
            alignment = properties.alignment
            markProperties = properties.markProperties
        }
    }

    private var cells: [CellKey: XMLStreamWriter.Fragment] = [:]
    private var paragraphs: [ParagraphKey: XMLStreamWriter.Fragment] = [:]
    private var runs: [RunProperties: XMLStreamWriter.Fragment] = [:]

    /// Writes `properties` (`w:pPr`) to `xml`.
    func write(_ properties: ParagraphProperties, to xml: XMLStreamWriter) throws {
        guard let key = ParagraphKey(properties) else { return try properties.write(to: xml) }
        try write(key, in: &paragraphs, to: xml) { try properties.write(to: $0) }
    }

    /// Writes `properties` (`w:rPr`, nothing when empty) to `xml`.
    func write(_ properties: RunProperties, to xml: XMLStreamWriter) throws {
        guard !properties.isEmpty else { return }
        try write(properties, in: &runs, to: xml) { try properties.write(to: $0) }
    }

    /// Writes the cell properties `key` says to `xml`, as `body` writes them.
    func write(_ key: CellKey, to xml: XMLStreamWriter, _ body: (XMLStreamWriter) throws -> Void) throws {
        try write(key, in: &cells, to: xml, body)
    }

    private func write<Key: Hashable>(_ key: Key, in table: inout [Key: XMLStreamWriter.Fragment], to xml: XMLStreamWriter,
                                      _ body: (XMLStreamWriter) throws -> Void) throws {
        if let fragment = table[key] { return try xml.write(fragment) }
        let fragment = try XMLStreamWriter.record(body)
        table[key] = fragment
        try xml.write(fragment)
    }
}
