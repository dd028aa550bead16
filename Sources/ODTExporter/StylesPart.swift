import BaoCaoCore
import BaoCaoXML

/// Writes `styles.xml`: fonts, the named paragraph, text and list styles, footnote settings, the
/// A4 page with Decree 30's margins, and the master page whose header shows the page number
/// from page 2 on (an empty `style:header-first` keeps it off page 1).
struct StylesPart {
    /// The page and type settings.
    let layout: PageLayout
    /// True for a draft, whose every page header says "DỰ THẢO".
    var draft = false
    /// True when the text has highlighted runs, which need their style.
    var highlights = false

    /// Writes the part to `xml`.
    func write(to xml: XMLStreamWriter) throws {
        try xml.startElement("office:document-styles")
        for namespace in [ODF.Namespace.office, .style, .text, .fo, .svg] {
            try xml.attribute(namespace.declaration.0, namespace.declaration.1)
        }
        try xml.attribute("office:version", ODF.version)
        try FontDeclarations(layout: layout).write(to: xml)
        try xml.element("office:styles") {
            try writeDefaultStyle(to: xml)
            for style in paragraphStyles + textStyles { try style.write(to: xml) }
            try ListStyles(layout: layout).write(to: xml)
            try ListStyles(layout: layout).writeOutlineStyle(to: xml)
            try xml.element(
                "text:notes-configuration",
                [
                    "text:note-class": "footnote", "text:citation-style-name": StyleName.footnoteNumber,
                    "text:citation-body-style-name": StyleName.superscript, "style:num-format": "1",
                    "text:start-value": "0", "text:footnotes-position": "page", "text:start-numbering-at": "document",
                ])
        }
        try xml.element("office:automatic-styles") { try writePageLayout(to: xml) }
        try xml.element("office:master-styles") { try writeMasterPages(to: xml) }
        try xml.endElement()
    }

    private func writeDefaultStyle(to xml: XMLStreamWriter) throws {
        try xml.element("style:default-style", ["style:family": "paragraph"]) {
            try xml.element(
                "style:paragraph-properties",
                ["fo:hyphenation-ladder-count": "no-limit", "style:writing-mode": "lr-tb"])
            try xml.element(
                "style:text-properties",
                attributeList: [
                    ("style:font-name", layout.fontName), ("style:font-name-asian", layout.fontName),
                    ("style:font-name-complex", layout.fontName), ("fo:color", "#000000"),
                    ("fo:language", "vi"), ("fo:country", "VN"), ("fo:hyphenate", "false"),
                ] + ODFProperties.font(size: layout.bodySize))
        }
    }

    /// A paragraph style with alignment, spacing and font.
    private func paragraph(
        _ name: String, _ displayName: String, parent: String? = StyleName.standard, align: String? = nil,
        before: Double? = nil, after: Double? = nil, indent: Double? = nil,
        size: Double? = nil, bold: Bool? = nil, italic: Bool? = nil, extra: [(String, String)] = [],
        attributes: [(String, String)] = []
    ) -> ODFStyle {
        ODFStyle(
            name: name, family: "paragraph", displayName: displayName, parent: parent, attributes: attributes,
            properties: [
                .paragraph: ODFProperties.paragraph(align: align, before: before, after: after, indent: indent) + extra,
                .text: ODFProperties.font(size: size, bold: bold, italic: italic),
            ])
    }

    private var paragraphStyles: [ODFStyle] {
        let l = layout
        let lineHeight = [("fo:line-height", ODFLength.percent(l.lineSpacing * 100))]
        let keepWithNext = [("fo:keep-with-next", "always")]
        var styles = [
            ODFStyle(name: StyleName.standard, family: "paragraph", displayName: "Mặc định", attributes: [("style:class", "text")]),
            paragraph(
                StyleName.body, "Nội dung báo cáo", align: "justify", before: l.paragraphSpacing, after: 0,
                indent: l.firstLineIndent, size: l.bodySize, extra: lineHeight, attributes: [("style:class", "text")]),
            paragraph(
                StyleName.listItem, "Mục danh sách", align: "justify", before: l.paragraphSpacing, after: 0,
                size: l.bodySize, extra: lineHeight, attributes: [("style:class", "list")]),
        ]
        for kind in HeadingKind.allCases {
            styles.append(
                paragraph(
                    kind.styleName, kind.styleDisplayName, parent: StyleName.body, bold: kind.isBold,
                    italic: kind.isItalic, extra: keepWithNext,
                    attributes: [("style:default-outline-level", "\(kind.rawValue)"), ("style:class", "text")]))
        }
        styles += [
            paragraph(StyleName.parentBody, "Cơ quan chủ quản", align: "center", before: 0, after: 0, size: l.issuerSize, bold: false),
            paragraph(StyleName.issuingBody, "Cơ quan ban hành", align: "center", before: 0, after: 0, size: l.issuerSize, bold: true),
            paragraph(StyleName.number, "Số, ký hiệu", align: "center", before: OfficialSpacing.headerSecondRow, after: 0, size: l.issuerSize, bold: false),
            paragraph(StyleName.nationalName, "Quốc hiệu", align: "center", before: 0, after: 0, size: l.nationalNameSize, bold: true),
            paragraph(StyleName.motto, "Tiêu ngữ", align: "center", before: 0, after: 0, size: l.mottoSize, bold: true),
            paragraph(
                StyleName.placeDate, "Địa danh, ngày tháng", align: "center", before: OfficialSpacing.headerSecondRow, after: 0, size: l.placeDateSize,
                bold: false, italic: true),
            paragraph(
                StyleName.documentType, "Tên loại văn bản", align: "center", before: OfficialSpacing.beforeTitle, after: 0, size: l.titleSize, bold: true,
                extra: keepWithNext),
            paragraph(
                StyleName.subject, "Trích yếu", align: "center", before: 0, after: 0, size: l.titleSize, bold: true,
                extra: keepWithNext),
            paragraph(
                StyleName.rule, "Đường kẻ", before: 0, after: 0, size: 2,
                extra: [("fo:line-height", "100%"), ("fo:padding", "0cm"), ("fo:keep-with-next", "always")]),
            paragraph(
                StyleName.distributionTitle, "Nơi nhận", align: "start", before: 0, after: 0, size: l.distributionTitleSize,
                bold: true, italic: true),
            paragraph(StyleName.distributionItem, "Mục nơi nhận", align: "start", before: 0, after: 0, size: l.distributionItemSize),
            paragraph(StyleName.signatureLine, "Chức vụ người ký", align: "center", before: 0, after: 0, size: l.signatureSize, bold: true),
            paragraph(
                StyleName.signerName, "Họ tên người ký", align: "center", before: l.signatureSpace, after: 0, size: l.signatureSize,
                bold: true),
            paragraph(
                StyleName.pageHeader, "Đầu trang", align: "center", before: 0, after: 0, size: l.pageNumberSize,
                attributes: [("style:class", "extra")]),
            paragraph(
                StyleName.footnote, "Chú thích cuối trang", align: "justify", before: 0, after: 0, size: l.footnoteSize,
                extra: [("fo:margin-left", ODFLength.cm(ListStyles.footnoteHang)), ("fo:text-indent", ODFLength.cm(-ListStyles.footnoteHang))],
                attributes: [("style:class", "extra")]),
            paragraph(StyleName.tableText, "Nội dung bảng", align: "start", before: 0, after: 0, size: l.tableTextSize),
            paragraph(
                StyleName.tableHeading, "Tiêu đề cột bảng", parent: StyleName.tableText, align: "center", bold: true),
            paragraph(
                StyleName.tableCaption, "Tên bảng", align: "center", before: l.paragraphSpacing, after: 3, size: l.tableTextSize,
                bold: true, extra: keepWithNext),
            // Each annex starts on its own first-page style (no number) and is numbered from 1, as
            // Decree 30 numbers annexes on their own; its next pages take the standard page.
            paragraph(
                StyleName.annexHeading, "Phụ lục", align: "center", before: 0, after: 0, size: l.titleSize, bold: true,
                extra: [("style:page-number", "1"), ("fo:keep-with-next", "always")],
                attributes: [("style:master-page-name", StyleName.annexFirstPage)]),
            paragraph(StyleName.annexTitle, "Tên phụ lục", align: "center", before: 0, after: 0, size: l.titleSize, bold: true, extra: keepWithNext),
            paragraph(
                StyleName.annexReference, "Kèm theo", align: "center", before: 0, after: 0, size: l.bodySize, italic: true,
                extra: keepWithNext),
        ]
        if draft {
            styles.append(paragraph(
                StyleName.draftHeader, "Dự thảo", parent: StyleName.pageHeader, align: "end", bold: true, attributes: [("style:class", "extra")]))
        }
        return styles
    }

    private var textStyles: [ODFStyle] {
        func text(_ name: String, _ displayName: String, _ properties: [(String, String)]) -> ODFStyle {
            ODFStyle(name: name, family: "text", displayName: displayName, properties: [.text: properties])
        }
        return [
            text(StyleName.bold, "Chữ đậm", ODFProperties.font(bold: true)),
            text(StyleName.italic, "Chữ nghiêng", ODFProperties.font(italic: true)),
            text(
                StyleName.underline, "Gạch chân",
                [("style:text-underline-style", "solid"), ("style:text-underline-width", "auto"), ("style:text-underline-color", "font-color")]),
            text(StyleName.strikethrough, "Gạch ngang", [("style:text-line-through-style", "solid")]),
            text(StyleName.superscript, "Chỉ số trên", [("style:text-position", "super 58%")]),
            text(StyleName.subscript, "Chỉ số dưới", [("style:text-position", "sub 58%")]),
            text(StyleName.footnoteNumber, "Footnote Symbol", [("style:text-position", "super 58%")]),
        ] + (highlights ? [text(StyleName.highlight, "Đánh dấu", [("fo:background-color", "#ffff00")])] : [])
    }

    /// A4 with Decree 30's margins. The header (page number) sits in the top half of the top
    /// margin, so the body starts `marginTop` from the edge on every page.
    private func writePageLayout(to xml: XMLStreamWriter) throws {
        let l = layout
        let headerBand = l.marginTop / 2
        try xml.element("style:page-layout", ["style:name": StyleName.pageLayout]) {
            try xml.element(
                "style:page-layout-properties",
                attributeList: [
                    ("fo:page-width", ODFLength.cm(PageLayout.pageWidth / 10)),
                    ("fo:page-height", ODFLength.cm(PageLayout.pageHeight / 10)),
                    ("style:print-orientation", "portrait"),
                    ("fo:margin-top", ODFLength.cm((l.marginTop - headerBand) / 10)),
                    ("fo:margin-bottom", ODFLength.cm(l.marginBottom / 10)),
                    ("fo:margin-left", ODFLength.cm(l.marginLeft / 10)),
                    ("fo:margin-right", ODFLength.cm(l.marginRight / 10)),
                    ("style:writing-mode", "lr-tb"),
                ])
            try xml.element("style:header-style") {
                try xml.element(
                    "style:header-footer-properties",
                    attributeList: [
                        ("fo:min-height", ODFLength.cm(headerBand * 0.6 / 10)),
                        ("fo:margin-bottom", ODFLength.cm(headerBand * 0.4 / 10)),
                    ])
            }
        }
    }

    /// The master pages. `Standard` numbers every page but the document's first (its
    /// `style:header-first` is empty). An annex starts on `Trang_dau_phu_luc`, whose header is
    /// empty, and goes on on `Trang_phu_luc`, numbered; LibreOffice applies a first-page header only at
    /// the start of the document, so annexes need a page style of their own.
    private func writeMasterPages(to xml: XMLStreamWriter) throws {
        try masterPage(StyleName.masterPage, displayName: nil, numbered: true, emptyFirstPage: true, to: xml)
        try masterPage(
            StyleName.annexFirstPage, displayName: "Trang đầu phụ lục", numbered: false, next: StyleName.annexPage, to: xml)
        try masterPage(StyleName.annexPage, displayName: "Trang phụ lục", numbered: true, to: xml)
    }

    /// In a draft, "DỰ THẢO" at the right of every page's header.
    private func draftMark(to xml: XMLStreamWriter) throws {
        guard draft else { return }
        try xml.element("text:p", ["text:style-name": StyleName.draftHeader]) { try xml.text(OfficialText.draftMark) }
    }

    private func masterPage(
        _ name: String, displayName: String?, numbered: Bool, emptyFirstPage: Bool = false, next: String? = nil,
        to xml: XMLStreamWriter
    ) throws {
        var attributes = [("style:name", name)]
        if let displayName { attributes.append(("style:display-name", displayName)) }
        attributes.append(("style:page-layout-name", StyleName.pageLayout))
        if let next { attributes.append(("style:next-style-name", next)) }
        try xml.element("style:master-page", attributeList: attributes) {
            try xml.element("style:header") {
                try draftMark(to: xml)
                try xml.element("text:p", ["text:style-name": StyleName.pageHeader]) {
                    if numbered {
                        try xml.element("text:page-number", ["text:select-page": "current"]) { try xml.text("2") }
                    }
                }
            }
            if emptyFirstPage {
                try xml.element("style:header-first") {
                    try draftMark(to: xml)
                    try xml.element("text:p", ["text:style-name": StyleName.pageHeader])
                }
            }
        }
    }
}

/// The `office:font-face-decls` of a part: the one typeface of the layout.
struct FontDeclarations {
    /// The page and type settings.
    let layout: PageLayout

    /// Writes the declarations.
    func write(to xml: XMLStreamWriter) throws {
        try xml.element("office:font-face-decls") {
            try xml.element(
                "style:font-face",
                [
                    "style:name": layout.fontName, "svg:font-family": "'\(layout.fontName)'",
                    "style:font-family-generic": "roman", "style:font-pitch": "variable",
                ])
        }
    }
}
