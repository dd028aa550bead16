/// The page and type settings of an official document (Decree 30/2020, Appendix I), shared by the
/// DOCX and ODT writers so that both print the same page.
///
/// Defaults follow Mẫu 1.4 (báo cáo) within the decree's ranges; ``validate()`` refuses values
/// outside them. Lengths are in millimetres or centimetres as the decree gives them; sizes in points.
public struct PageLayout: Hashable, Sendable, Codable {
    /// Top margin in mm (20–25).
    public var marginTop: Double = 20
    /// Bottom margin in mm (20–25).
    public var marginBottom: Double = 20
    /// Left margin in mm (30–35).
    public var marginLeft: Double = 30
    /// Right margin in mm (15–20).
    public var marginRight: Double = 15
    /// The typeface in all font slots.
    public var fontName: String = "Times New Roman"
    /// Body text size (13–14).
    public var bodySize: Double = 14
    /// Parent and issuing body, number line (12–13).
    public var issuerSize: Double = 13
    /// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (12–13).
    public var nationalNameSize: Double = 13
    /// "Độc lập - Tự do - Hạnh phúc" (13–14).
    public var mottoSize: Double = 14
    /// Place and date line (13–14).
    public var placeDateSize: Double = 14
    /// Type name and subject (13–14).
    public var titleSize: Double = 14
    /// "Nơi nhận:" (12).
    public var distributionTitleSize: Double = 12
    /// Recipient items (11).
    public var distributionItemSize: Double = 11
    /// Authority, position and name lines of the signature (13–14).
    public var signatureSize: Double = 14
    /// Footnote text (a house choice; Decree 30 is silent).
    public var footnoteSize: Double = 12
    /// Page number in the top margin (13–14).
    public var pageNumberSize: Double = 13
    /// First-line indent of body paragraphs in cm (1 or 1.27).
    public var firstLineIndent: Double = 1.0
    /// Space before each body paragraph in pt (at least 6).
    public var paragraphSpacing: Double = 6
    /// Line spacing as a multiple of single (1.0–1.5).
    public var lineSpacing: Double = 1.0
    /// Widths in cm of the header table's two columns (issuer | national name).
    public var headerColumns: [Double] = [6.5, 10.0]
    /// Widths in cm of the final block's two columns (Nơi nhận | signature).
    public var signatureColumns: [Double] = [7.0, 9.5]
    /// Vertical room in pt left for the signature and seal between the position lines and the name.
    public var signatureSpace: Double = 72

    /// Creates the default layout.
    public init() {}

    /// The width of the text area in cm: A4 width minus the side margins.
    public var textWidth: Double { (PageLayout.pageWidth - marginLeft - marginRight) / 10 }

    /// A4 width in mm.
    public static let pageWidth = 210.0
    /// A4 height in mm.
    public static let pageHeight = 297.0

    /// Checks every value against Decree 30's ranges.
    ///
    /// - Throws: ``BaoCaoError`` of kind `.usage` naming the first value out of range.
    public func validate() throws {
        let checks: [(String, Double, ClosedRange<Double>)] = [
            ("marginTop", marginTop, 20...25), ("marginBottom", marginBottom, 20...25),
            ("marginLeft", marginLeft, 30...35), ("marginRight", marginRight, 15...20),
            ("bodySize", bodySize, 13...14), ("issuerSize", issuerSize, 12...13),
            ("nationalNameSize", nationalNameSize, 12...13), ("mottoSize", mottoSize, 13...14),
            ("placeDateSize", placeDateSize, 13...14), ("titleSize", titleSize, 13...14),
            ("signatureSize", signatureSize, 13...14), ("pageNumberSize", pageNumberSize, 13...14),
            ("paragraphSpacing", paragraphSpacing, 6...24), ("lineSpacing", lineSpacing, 1.0...1.5),
            ("firstLineIndent", firstLineIndent, 1.0...1.27),
        ]
        for (name, value, range) in checks where !range.contains(value) {
            throw BaoCaoError(.usage, .layoutOutOfRange(name, value: value, range: range))
        }
        for columns in [headerColumns, signatureColumns] where columns.count != 2 || columns.contains(where: { $0 <= 0 }) {
            throw BaoCaoError(.usage, .layoutColumns("\(columns)"))
        }
    }
}
