import BaoCaoCore
import BaoCaoXML

/// What the importer needs from the style sheets of `styles.xml` and `content.xml`: character
/// formatting of text and paragraph styles, page breaks of paragraph styles, and list styles.
struct ODFStyles {
    private struct Style {
        var parent: String?
        var text: InlineStyleSettings
        var isAutomatic: Bool
        var breaksPageBefore: Bool
        var breaksPageAfter: Bool
    }

    /// One level of a list style.
    struct ListLevel {
        var isOrdered: Bool
        var start: Int
    }

    private var textStyles: [String: Style] = [:]
    private var paragraphStyles: [String: Style] = [:]
    private var listStyles: [String: [Int: ListLevel]] = [:]
    /// The numbering of headings (`text:outline-style`), by level.
    private var outlineLevels: [Int: OutlineLevel] = [:]

    /// How headings of one outline level are numbered.
    struct OutlineLevel {
        var style: NumberLabel.Style
        var start: Int
        var prefix: String
        var suffix: String
        /// How many levels the label shows, ending with this one ("1.2." shows 2).
        var displayLevels: Int
    }

    /// Reads the style containers of each part (`office:styles`, `office:automatic-styles`); a
    /// start number or level beyond ``ImportLimits`` is held to it and reported in `skipped`.
    init(parts: [(name: String, root: XMLElementNode)], skipped: SkippedContentLog) {
        for (name, root) in parts {
            for container in root.elements where container.name.namespace == ODF.office {
                let automatic = container.name.local == "automatic-styles"
                guard automatic || container.name.local == "styles" else { continue }
                read(container, automatic: automatic, part: name, skipped: skipped)
            }
        }
    }

    /// The levels of an outline or list style that are read (LibreOffice has 10).
    static let levels = 1...ImportLimits.listLevels

    private mutating func read(_ container: XMLElementNode, automatic: Bool, part: String, skipped: SkippedContentLog) {
        func start(_ level: XMLElementNode) -> Int {
            ODFStyles.startValue(level, part: part, skipped: skipped) ?? 1
        }
        func number(_ level: XMLElementNode) -> Int? {
            guard let number = level.attribute(ODF.text, "level").flatMap(Int.init), Self.levels.contains(number) else { return nil }
            return number
        }
        for element in container.elements {
            if element.is(ODF.style, "style"), let name = element.attribute(ODF.style, "name") {
                let paragraph = element.child(ODF.style, "paragraph-properties")
                let style = Style(
                    parent: element.attribute(ODF.style, "parent-style-name"),
                    text: Self.textSettings(element.child(ODF.style, "text-properties")),
                    isAutomatic: automatic,
                    breaksPageBefore: paragraph?.attribute(ODF.fo, "break-before") == "page",
                    breaksPageAfter: paragraph?.attribute(ODF.fo, "break-after") == "page")
                switch element.attribute(ODF.style, "family") {
                case "text": textStyles[name] = style
                case "paragraph": paragraphStyles[name] = style
                default: continue
                }
            } else if element.is(ODF.text, "outline-style") {
                for level in element.children(ODF.text, "outline-level-style") {
                    guard let number = number(level), let style = Self.numberStyle(level.attribute(ODF.style, "num-format") ?? "")
                    else { continue }
                    outlineLevels[number] = OutlineLevel(
                        style: style, start: start(level),
                        prefix: level.attribute(ODF.style, "num-prefix") ?? "", suffix: level.attribute(ODF.style, "num-suffix") ?? "",
                        displayLevels: ImportLimits.number(level.attribute(ODF.text, "display-levels"), in: Self.levels)?.value ?? 1)
                }
            } else if element.is(ODF.text, "list-style"), let name = element.attribute(ODF.style, "name") {
                var levels: [Int: ListLevel] = [:]
                for level in element.elements {
                    guard let number = number(level) else { continue }
                    let format = level.attribute(ODF.style, "num-format") ?? ""
                    let ordered = level.name.local == "list-level-style-number" && !format.isEmpty
                    levels[number] = ListLevel(isOrdered: ordered, start: start(level))
                }
                listStyles[name] = levels
            }
        }
    }

    /// The `text:start-value` of `element`, held to ``ImportLimits/startNumbers`` (reported in
    /// `skipped` when it was); `nil` when absent or not a number.
    static func startValue(_ element: XMLElementNode, part: String, skipped: SkippedContentLog) -> Int? {
        let declared = element.attribute(ODF.text, "start-value")
        guard let (value, clipped) = ImportLimits.number(declared, in: ImportLimits.startNumbers) else { return nil }
        if clipped { skipped.limit(Message.startNumber(declared ?? "", heldAt: value), part: part, line: element.line) }
        return value
    }

    /// The number style of an ODF `style:num-format` ("1", "I", "i", "A", "a"); `nil` for none.
    private static func numberStyle(_ format: String) -> NumberLabel.Style? {
        switch format {
        case "1": return .decimal
        case "I": return .upperRoman
        case "i": return .lowerRoman
        case "A": return .upperLetter
        case "a": return .lowerLetter
        default: return nil
        }
    }

    /// The label LibreOffice shows before a heading of `level`, given the headings counted so far
    /// at each level (this one included); `nil` when the outline style leaves the level unnumbered.
    func outlineLabel(level: Int, counts: [Int: Int]) -> String? {
        guard let definition = outlineLevels[level] else { return nil }
        let first = max(1, level - definition.displayLevels + 1)
        let parts = (first...level).map { shown -> String in
            let shownDefinition = outlineLevels[shown] ?? definition
            return NumberLabel.text(shownDefinition.start + max((counts[shown] ?? 1) - 1, 0), shownDefinition.style)
        }
        return definition.prefix + parts.joined(separator: ".") + definition.suffix
    }

    /// Reads `style:text-properties`.
    private static func textSettings(_ properties: XMLElementNode?) -> InlineStyleSettings {
        var settings = InlineStyleSettings()
        guard let properties else { return settings }
        if let weight = properties.attribute(ODF.fo, "font-weight") {
            settings.set(.bold, weight == "bold" || (Int(weight) ?? 400) >= 600)
        }
        if let posture = properties.attribute(ODF.fo, "font-style") {
            settings.set(.italic, posture == "italic" || posture == "oblique")
        }
        if let underline = properties.attribute(ODF.style, "text-underline-style") {
            settings.set(.underline, underline != "none")
        }
        if let strike = properties.attribute(ODF.style, "text-line-through-style") {
            settings.set(.strikethrough, strike != "none")
        }
        if let position = properties.attribute(ODF.style, "text-position") {
            let first = position.split(separator: " ").first.map(String.init) ?? ""
            let offset = first == "super" ? 1 : first == "sub" ? -1 : Double(first.dropLast()).map { $0 > 0 ? 1 : $0 < 0 ? -1 : 0 } ?? 0
            settings.set(.superscript, offset > 0)
            settings.set(.subscript, offset < 0)
        }
        return settings
    }

    /// The formatting a text style gives a span, its parents applied first.
    func textFormat(span name: String) -> InlineStyleSettings {
        chain(name, in: textStyles).reversed().reduce(InlineStyleSettings()) { $0.overridden(by: $1.text) }
    }

    /// The formatting a paragraph's own (automatic) style sets on all its text; common styles such
    /// as headings are left out, their look belongs to the heading itself.
    func textFormat(paragraph name: String) -> InlineStyleSettings {
        chain(name, in: paragraphStyles).filter(\.isAutomatic).reversed().reduce(InlineStyleSettings()) { $0.overridden(by: $1.text) }
    }

    /// Whether a paragraph style starts (`before`) or ends a page.
    func breaksPage(paragraph name: String) -> (before: Bool, after: Bool) {
        let styles = chain(name, in: paragraphStyles)
        return (styles.contains(where: \.breaksPageBefore), styles.contains(where: \.breaksPageAfter))
    }

    /// A level (1 for the outermost) of a list style; bulleted when the style is unknown.
    func listLevel(style name: String?, level: Int) -> ListLevel {
        name.flatMap { listStyles[$0]?[level] } ?? ListLevel(isOrdered: false, start: 1)
    }

    /// The style and its ancestors, nearest first.
    private func chain(_ id: String, in styles: [String: Style]) -> [Style] {
        StyleInheritance.chain(id, in: styles, parent: \.parent)
    }
}
