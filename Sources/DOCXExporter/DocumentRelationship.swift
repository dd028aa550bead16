/// The parts `word/document.xml` refers to, with their relationship ids, types and content types.
enum DocumentRelationship: CaseIterable {
    case styles, settings, numbering, footnotes, pageNumberHeader, firstPageHeader

    /// The relationship id used in `document.xml.rels` and `w:sectPr`.
    var id: String {
        switch self {
        case .styles: return "rId1"
        case .settings: return "rId2"
        case .numbering: return "rId3"
        case .footnotes: return "rId4"
        case .pageNumberHeader: return "rId5"
        case .firstPageHeader: return "rId6"
        }
    }

    /// The part name inside `word/`.
    var target: String {
        switch self {
        case .styles: return "styles.xml"
        case .settings: return "settings.xml"
        case .numbering: return "numbering.xml"
        case .footnotes: return "footnotes.xml"
        case .pageNumberHeader: return "header1.xml"
        case .firstPageHeader: return "header2.xml"
        }
    }

    /// The relationship type.
    var type: String {
        let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        switch self {
        case .styles: return base + "styles"
        case .settings: return base + "settings"
        case .numbering: return base + "numbering"
        case .footnotes: return base + "footnotes"
        case .pageNumberHeader, .firstPageHeader: return base + "header"
        }
    }

    /// The content type of the target part.
    var contentType: String {
        let base = "application/vnd.openxmlformats-officedocument.wordprocessingml."
        switch self {
        case .styles: return base + "styles+xml"
        case .settings: return base + "settings+xml"
        case .numbering: return base + "numbering+xml"
        case .footnotes: return base + "footnotes+xml"
        case .pageNumberHeader, .firstPageHeader: return base + "header+xml"
        }
    }
}
