import BaoCaoXML

/// The styles of a workbook (`xl/styles.xml`): each distinct ``CellStyle`` becomes one cell format,
/// with its font, fill, border and number format shared with the others that have the same.
struct StyleTable {
    private struct Font: Hashable {
        var bold: Bool
        var italic: Bool
        var size: Double
    }

    private var styles: [CellStyle] = [CellStyle()]
    private var indices: [CellStyle: Int] = [CellStyle(): 0]
    private var fonts: [Font] = [Font(bold: false, italic: false, size: 12)]
    private var fills: [String] = []
    private var numberFormats: [String] = []

    /// The first id Excel leaves to custom number formats.
    private static let firstCustomFormat = 164

    /// The cell format index of `style`, added on first use.
    mutating func index(_ style: CellStyle) -> Int {
        if let index = indices[style] { return index }
        indices[style] = styles.count
        styles.append(style)
        let font = Font(bold: style.bold, italic: style.italic, size: style.fontSize)
        if !fonts.contains(font) { fonts.append(font) }
        if let fill = style.fill, !fills.contains(fill) { fills.append(fill) }
        if let format = style.numberFormat, !numberFormats.contains(format) { numberFormats.append(format) }
        return styles.count - 1
    }

    /// Writes `xl/styles.xml`.
    func write(_ xml: XMLStreamWriter) throws {
        try xml.element("styleSheet", attributeList: [("xmlns", PackageParts.spreadsheetNamespace)]) {
            if !numberFormats.isEmpty {
                try xml.element("numFmts", attributeList: [("count", "\(numberFormats.count)")]) {
                    for (index, code) in numberFormats.enumerated() {
                        try xml.element("numFmt", attributeList: [("numFmtId", "\(Self.firstCustomFormat + index)"), ("formatCode", code)])
                    }
                }
            }
            try xml.element("fonts", attributeList: [("count", "\(fonts.count)")]) {
                for font in fonts {
                    try xml.element("font") {
                        if font.bold { try xml.element("b") }
                        if font.italic { try xml.element("i") }
                        try xml.element("sz", attributeList: [("val", Self.number(font.size))])
                        try xml.element("name", attributeList: [("val", "Times New Roman")])
                        try xml.element("family", attributeList: [("val", "1")])
                    }
                }
            }
            try xml.element("fills", attributeList: [("count", "\(fills.count + 2)")]) {
                // The first two fills are reserved: none and the grey 12.5% pattern.
                try xml.element("fill") { try xml.element("patternFill", attributeList: [("patternType", "none")]) }
                try xml.element("fill") { try xml.element("patternFill", attributeList: [("patternType", "gray125")]) }
                for colour in fills {
                    try xml.element("fill") {
                        try xml.element("patternFill", attributeList: [("patternType", "solid")]) {
                            try xml.element("fgColor", attributeList: [("rgb", "FF" + colour)])
                            try xml.element("bgColor", attributeList: [("indexed", "64")])
                        }
                    }
                }
            }
            try xml.element("borders", attributeList: [("count", "2")]) {
                try xml.element("border") { for side in ["left", "right", "top", "bottom", "diagonal"] { try xml.element(side) } }
                try xml.element("border") {
                    for side in ["left", "right", "top", "bottom"] {
                        try xml.element(side, attributeList: [("style", "thin")]) { try xml.element("color", attributeList: [("auto", "1")]) }
                    }
                    try xml.element("diagonal")
                }
            }
            try xml.element("cellStyleXfs", attributeList: [("count", "1")]) {
                try xml.element("xf", attributeList: [("numFmtId", "0"), ("fontId", "0"), ("fillId", "0"), ("borderId", "0")])
            }
            try xml.element("cellXfs", attributeList: [("count", "\(styles.count)")]) {
                for style in styles { try writeFormat(xml, style) }
            }
            try xml.element("cellStyles", attributeList: [("count", "1")]) {
                try xml.element("cellStyle", attributeList: [("name", "Normal"), ("xfId", "0"), ("builtinId", "0")])
            }
        }
    }

    private func writeFormat(_ xml: XMLStreamWriter, _ style: CellStyle) throws {
        let font = fonts.firstIndex(of: Font(bold: style.bold, italic: style.italic, size: style.fontSize)) ?? 0
        let fill = style.fill.flatMap { fills.firstIndex(of: $0) }.map { $0 + 2 } ?? 0
        let format = style.numberFormat.flatMap { numberFormats.firstIndex(of: $0) }.map { $0 + Self.firstCustomFormat } ?? 0
        var attributes = [("numFmtId", "\(format)"), ("fontId", "\(font)"), ("fillId", "\(fill)"),
                          ("borderId", style.border ? "1" : "0"), ("xfId", "0")]
        if format != 0 { attributes.append(("applyNumberFormat", "1")) }
        if font != 0 { attributes.append(("applyFont", "1")) }
        if fill != 0 { attributes.append(("applyFill", "1")) }
        if style.border { attributes.append(("applyBorder", "1")) }
        let aligned = style.alignment != .general || style.wrap
        if aligned { attributes.append(("applyAlignment", "1")) }
        if !style.locked { attributes.append(("applyProtection", "1")) }
        try xml.element("xf", attributeList: attributes) {
            if aligned {
                var alignment = [("vertical", "center")]
                if style.alignment != .general { alignment.insert(("horizontal", style.alignment.rawValue), at: 0) }
                if style.wrap { alignment.append(("wrapText", "1")) }
                try xml.element("alignment", attributeList: alignment)
            }
            if !style.locked { try xml.element("protection", attributeList: [("locked", "0")]) }
        }
    }

    /// A size as written in the file: "12", "13.5".
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
