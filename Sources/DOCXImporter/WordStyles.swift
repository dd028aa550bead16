import BaoCaoCore
import BaoCaoXML

/// What the importer needs from `word/styles.xml`: heading levels and list numbering of paragraph
/// styles, and the formatting of character styles, each resolved through `w:basedOn`.
struct WordStyles {
    private struct Style {
        var name: String
        var basedOn: String?
        var outlineLevel: Int?
        var numbering: WordNumberingReference?
        var run: InlineStyleSettings
    }

    private var paragraphStyles: [String: Style] = [:]
    private var characterStyles: [String: Style] = [:]
    /// The paragraph style used when a paragraph names none.
    private(set) var defaultParagraphStyle: String?

    /// No styles (a package without a styles part).
    init() {}

    /// Reads a styles part.
    init(_ root: XMLElementNode) {
        let w = WordNamespace.w
        for element in root.children(w, "style") {
            guard let id = element.attribute(w, "styleId") else { continue }
            let paragraph = element.child(w, "pPr")
            let style = Style(
                name: element.child(w, "name")?.attribute(w, "val") ?? id,
                basedOn: element.child(w, "basedOn")?.attribute(w, "val"),
                outlineLevel: paragraph?.child(w, "outlineLvl")?.attribute(w, "val").flatMap(Int.init),
                numbering: WordNumberingReference(paragraph?.child(w, "numPr")),
                run: InlineStyleSettings(wordRunProperties: element.child(w, "rPr")))
            switch element.attribute(w, "type") {
            case "paragraph":
                paragraphStyles[id] = style
                if let flag = element.attribute(w, "default"), flag == "1" || flag == "true" { defaultParagraphStyle = id }
            case "character":
                characterStyles[id] = style
            default:
                continue
            }
        }
    }

    /// The heading level (1 for the top) of a paragraph style, from its name or outline level.
    func headingLevel(paragraphStyle id: String) -> Int? {
        for style in chain(id, in: paragraphStyles) {
            let name = style.name.lowercased()
            if name.hasPrefix("heading "), let level = Int(name.dropFirst("heading ".count)), (1...9).contains(level) {
                return level
            }
            if let level = style.outlineLevel { return (0...8).contains(level) ? level + 1 : nil }
        }
        return nil
    }

    /// The list numbering a paragraph style brings.
    func numbering(paragraphStyle id: String) -> WordNumberingReference? {
        chain(id, in: paragraphStyles).lazy.compactMap(\.numbering).first
    }

    /// The formatting of a character style, its bases applied first.
    func runFormat(characterStyle id: String) -> InlineStyleSettings {
        chain(id, in: characterStyles).reversed().reduce(InlineStyleSettings()) { $0.overridden(by: $1.run) }
    }

    /// The style and its ancestors, nearest first.
    private func chain(_ id: String, in styles: [String: Style]) -> [Style] {
        StyleInheritance.chain(id, in: styles, parent: \.basedOn)
    }
}
