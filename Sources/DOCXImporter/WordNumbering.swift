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
        level = element.child(w, "ilvl")?.attribute(w, "val").flatMap(Int.init) ?? 0
    }
}

/// What the importer needs from `word/numbering.xml`: for each numbering instance and level,
/// whether it is numbered or bulleted and where it starts.
struct WordNumbering {
    /// One level of a numbering definition.
    struct Level {
        var isOrdered: Bool
        var start: Int
    }

    private var levels: [String: [Int: Level]] = [:]

    /// No numbering (a package without a numbering part).
    init() {}

    /// Reads a numbering part.
    init(_ root: XMLElementNode) {
        let w = WordNamespace.w
        var abstract: [String: [Int: Level]] = [:]
        for definition in root.children(w, "abstractNum") {
            guard let id = definition.attribute(w, "abstractNumId") else { continue }
            abstract[id] = Self.levels(definition.children(w, "lvl"))
        }
        for instance in root.children(w, "num") {
            guard let id = instance.attribute(w, "numId"),
                let base = instance.child(w, "abstractNumId")?.attribute(w, "val")
            else { continue }
            var resolved = abstract[base] ?? [:]
            for override in instance.children(w, "lvlOverride") {
                guard let level = override.attribute(w, "ilvl").flatMap(Int.init) else { continue }
                if let replacement = override.child(w, "lvl") {
                    resolved.merge(Self.levels([replacement], defaultLevel: level)) { _, new in new }
                }
                if let start = override.child(w, "startOverride")?.attribute(w, "val").flatMap(Int.init) {
                    resolved[level, default: Level(isOrdered: true, start: 1)].start = start
                }
            }
            levels[id] = resolved
        }
    }

    private static func levels(_ elements: [XMLElementNode], defaultLevel: Int = 0) -> [Int: Level] {
        let w = WordNamespace.w
        var result: [Int: Level] = [:]
        for element in elements {
            let level = element.attribute(w, "ilvl").flatMap(Int.init) ?? defaultLevel
            let format = element.child(w, "numFmt")?.attribute(w, "val") ?? "decimal"
            let start = element.child(w, "start")?.attribute(w, "val").flatMap(Int.init) ?? 1
            result[level] = Level(isOrdered: format != "bullet" && format != "none", start: start)
        }
        return result
    }

    /// The level a paragraph's numbering points at; a bulleted level when the part does not define it.
    func level(_ reference: WordNumberingReference) -> Level {
        levels[reference.numberingID]?[reference.level] ?? Level(isOrdered: false, start: 1)
    }
}
