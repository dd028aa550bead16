import BaoCaoCore
import BaoCaoXML

/// A section's page setup (`w:sectPr`): A4 portrait, Decree 30 margins, page numbers from page 2.
struct SectionProperties {
    /// The page layout whose margins the section takes.
    var layout: PageLayout
    /// Restart page numbering at 1 (each annex is numbered on its own).
    var restartsNumbering = false

    /// Writes `<w:sectPr>`: header references, page size, margins, and a first page without a number.
    func write(to xml: XMLStreamWriter) throws {
        try xml.node("w:sectPr") {
            try xml.node("w:headerReference", [("w:type", "default"), ("r:id", DocumentRelationship.pageNumberHeader.id)])
            try xml.node("w:headerReference", [("w:type", "first"), ("r:id", DocumentRelationship.firstPageHeader.id)])
            try xml.node("w:pgSz", [
                ("w:w", String(WordUnits.twips(mm: PageLayout.pageWidth))),
                ("w:h", String(WordUnits.twips(mm: PageLayout.pageHeight))),
            ])
            try xml.node("w:pgMar", [
                ("w:top", String(WordUnits.twips(mm: layout.marginTop))),
                ("w:right", String(WordUnits.twips(mm: layout.marginRight))),
                ("w:bottom", String(WordUnits.twips(mm: layout.marginBottom))),
                ("w:left", String(WordUnits.twips(mm: layout.marginLeft))),
                ("w:header", String(WordUnits.twips(mm: SectionProperties.headerDistance))),
                ("w:footer", String(WordUnits.twips(mm: SectionProperties.headerDistance))),
                ("w:gutter", "0"),
            ])
            if restartsNumbering { try xml.node("w:pgNumType", [("w:start", "1")]) }
            try xml.node("w:cols", [("w:space", "720")])
            try xml.node("w:titlePg")
        }
    }

    /// The distance in mm from the top edge to the page number (inside the 20 mm top margin).
    static let headerDistance = 10.0
}
