import BaoCaoXML

/// The shared string table of a workbook: each distinct text once, in order of first use.
struct SharedStrings {
    private var indices: [String: Int] = [:]
    private var texts: [String] = []
    private var uses = 0

    /// The index of `text`, added on first use.
    mutating func index(_ text: String) -> Int {
        uses += 1
        if let index = indices[text] { return index }
        indices[text] = texts.count
        texts.append(text)
        return texts.count - 1
    }

    /// `text` with each "_x" written as "_x005F_x": readers decode `_xHHHH_` as a character
    /// (ECMA-376 ST_Xstring), and LibreOffice does so even with fewer digits, which would turn the
    /// id "luot_xe_ck" into "luotck".
    static func escaped(_ text: String) -> String {
        text.contains("_x") ? text.replacingOccurrences(of: "_x", with: "_x005F_x") : text
    }

    /// Writes `xl/sharedStrings.xml`.
    func write(_ xml: XMLStreamWriter) throws {
        try xml.element("sst", attributeList: [
            ("xmlns", PackageParts.spreadsheetNamespace), ("count", "\(uses)"), ("uniqueCount", "\(texts.count)"),
        ]) {
            for text in texts {
                try xml.element("si") {
                    let edges = text.first?.isWhitespace == true || text.last?.isWhitespace == true || text.contains("\n")
                    try xml.element("t", attributeList: edges ? [("xml:space", "preserve")] : []) { try xml.text(Self.escaped(text)) }
                }
            }
        }
    }
}
