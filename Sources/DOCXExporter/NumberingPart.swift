import BaoCaoCore
import BaoCaoXML

/// Writes `word/numbering.xml`: "-"/"+" bullets and "1." numbers as the source wrote them, then one
/// instance per list.
struct NumberingPart {
    /// The layout whose first-line indent list labels take.
    var layout: PageLayout
    /// The list instances of the body and footnotes.
    var numbering: ListNumbering

    private static let bulletID = 0
    private static let orderedID = 1

    /// Writes the part.
    func write(_ xml: XMLStreamWriter) throws {
        try xml.node("w:numbering", WordNamespace.rootAttributes) {
            try abstract(xml, id: Self.bulletID) { level in
                (format: "bullet", text: level % 2 == 0 ? "-" : "+")
            }
            try abstract(xml, id: Self.orderedID) { level in
                (format: "decimal", text: "%\(level + 1).")
            }
            for (index, instance) in numbering.instances.enumerated() {
                try xml.node("w:num", [("w:numId", String(index + 1))]) {
                    try xml.value("w:abstractNumId", instance.isOrdered ? Self.orderedID : Self.bulletID)
                    if instance.isOrdered {
                        try xml.node("w:lvlOverride", [("w:ilvl", String(instance.level))]) {
                            try xml.value("w:startOverride", instance.start)
                        }
                    }
                }
            }
        }
    }

    /// An abstract list: every level's label sits at the body's first-line indent, followed by a space,
    /// and the item's text wraps back to the margin, as Vietnamese official documents set "- …" items.
    private func abstract(_ xml: XMLStreamWriter, id: Int, label: (Int) -> (format: String, text: String)) throws {
        try xml.node("w:abstractNum", [("w:abstractNumId", String(id))]) {
            try xml.value("w:multiLevelType", "hybridMultilevel")
            for level in 0...ListNumbering.maximumLevel {
                let (format, text) = label(level)
                try xml.node("w:lvl", [("w:ilvl", String(level))]) {
                    try xml.value("w:start", 1)
                    try xml.value("w:numFmt", format)
                    try xml.value("w:suff", "space")
                    try xml.value("w:lvlText", text)
                    try xml.value("w:lvlJc", "left")
                    var paragraph = ParagraphProperties()
                    paragraph.indent = .init(left: 0, firstLine: WordUnits.twips(cm: layout.firstLineIndent))
                    try paragraph.write(to: xml)
                }
            }
        }
    }
}
