import BaoCaoCore
import BaoCaoXML

/// A paragraph's `w:numPr`: which numbering instance and which level.
struct WordNumberingReference: Hashable {
    /// The `w:numId`; 0 means "no numbering".
    var numberingID: String
    /// The level, 0 for the outermost.
    var level: Int

    /// Reads a `w:numPr`, or returns `nil` when absent or incomplete.
    init?(_ element: XMLElementNode?) {
        let w = WordNamespace.w
        guard let element, let id = element.child(w, "numId")?.attribute(w, "val") else { return nil }
        numberingID = id
        level = ImportLimits.number(element.child(w, "ilvl")?.attribute(w, "val"), in: WordNumbering.levels)?.value ?? 0
    }
}

/// What the importer needs from `word/numbering.xml`: for each numbering instance and level,
/// whether it is numbered or bulleted and where it starts.
struct WordNumbering {
    /// One level of a numbering definition.
    struct Level {
        var isOrdered: Bool
        var start: Int
        /// The `w:numFmt` value: "decimal", "upperRoman", "lowerLetter", "bullet"…
        var format = "decimal"
        /// The `w:lvlText` pattern, "%1." or "%1.%2.", where %n is level n's number.
        var pattern = ""
    }

    /// The levels a paragraph may point at (`w:ilvl`), held to ``ImportLimits/listLevels``.
    static let levels = 0...(ImportLimits.listLevels - 1)

    private var levels: [String: [Int: Level]] = [:]

    /// No numbering (a package without a numbering part).
    init() {}

    /// Reads the numbering part `part`; a start number outside ``ImportLimits/startNumbers`` is
    /// held to it and reported in `skipped`.
    init(_ root: XMLElementNode, part: String, skipped: SkippedContentLog) {
        let w = WordNamespace.w
        func start(_ element: XMLElementNode?) -> Int? {
            guard let element, let (value, clipped) = ImportLimits.number(element.attribute(w, "val"), in: ImportLimits.startNumbers)
            else { return nil }
            if clipped {
                skipped.limit(Message.startNumber(element.attribute(w, "val") ?? "", heldAt: value), part: part, line: element.line)
            }
            return value
        }
        func levelNumber(_ text: String?) -> Int? { ImportLimits.number(text, in: Self.levels)?.value }
        var abstract: [String: [Int: Level]] = [:]
        for definition in root.children(w, "abstractNum") {
            guard let id = definition.attribute(w, "abstractNumId") else { continue }
            abstract[id] = Self.levels(definition.children(w, "lvl"), level: levelNumber, start: start)
        }
        for instance in root.children(w, "num") {
            guard let id = instance.attribute(w, "numId"),
                let base = instance.child(w, "abstractNumId")?.attribute(w, "val")
            else { continue }
            var resolved = abstract[base] ?? [:]
            for override in instance.children(w, "lvlOverride") {
                guard let level = levelNumber(override.attribute(w, "ilvl")) else { continue }
                if let replacement = override.child(w, "lvl") {
                    resolved.merge(Self.levels([replacement], defaultLevel: level, level: levelNumber, start: start)) { _, new in new }
                }
                if let start = start(override.child(w, "startOverride")) {
                    resolved[level, default: Level(isOrdered: true, start: 1)].start = start
                }
            }
            levels[id] = resolved
        }
    }

    private static func levels(
        _ elements: [XMLElementNode], defaultLevel: Int = 0, level: (String?) -> Int?, start: (XMLElementNode?) -> Int?
    ) -> [Int: Level] {
        let w = WordNamespace.w
        var result: [Int: Level] = [:]
        for element in elements {
            let level = level(element.attribute(w, "ilvl")) ?? defaultLevel
            let format = element.child(w, "numFmt")?.attribute(w, "val") ?? "decimal"
            let start = start(element.child(w, "start")) ?? 1
            let pattern = element.child(w, "lvlText")?.attribute(w, "val") ?? ""
            result[level] = Level(isOrdered: format != "bullet" && format != "none", start: start, format: format, pattern: pattern)
        }
        return result
    }

    /// The level a paragraph's numbering points at; a bulleted level when the part does not define it.
    func level(_ reference: WordNumberingReference) -> Level {
        levels[reference.numberingID]?[reference.level] ?? Level(isOrdered: false, start: 1)
    }

    /// The label Word shows for a numbered paragraph ("II.", "1.2.", "a)"), given how many
    /// paragraphs of each level of this numbering were counted so far (this one included);
    /// `nil` for bullets and levels without a number.
    func label(_ reference: WordNumberingReference, counts: [Int: Int]) -> String? {
        let definition = level(reference)
        guard definition.isOrdered, !definition.pattern.isEmpty else { return nil }
        var label = definition.pattern
        for index in (0...min(reference.level, 8)).reversed() {
            let placeholder = "%\(index + 1)"
            guard label.contains(placeholder) else { continue }
            let levelDefinition = levels[reference.numberingID]?[index] ?? definition
            let value = levelDefinition.start + max((counts[index] ?? 1) - 1, 0)
            label = label.replacingOccurrences(of: placeholder, with: Self.format(value, levelDefinition.format))
        }
        return label.trimmingCharacters(in: .whitespaces)
    }

    /// A number in one of Word's number formats (`w:numFmt`).
    static func format(_ value: Int, _ format: String) -> String {
        switch format {
        case "upperRoman": return NumberLabel.text(value, .upperRoman)
        case "lowerRoman": return NumberLabel.text(value, .lowerRoman)
        case "upperLetter": return NumberLabel.text(value, .upperLetter)
        case "lowerLetter": return NumberLabel.text(value, .lowerLetter)
        case "decimalZero": return NumberLabel.text(value, .decimalZero)
        default: return NumberLabel.text(value, .decimal)
        }
    }
}
