import Foundation

/// What a received document may declare, whatever its format. Numbers, levels and table sizes
/// beyond these are held to them with a warning, and nesting beyond them is refused, so that no
/// input overflows an integer, recurses past the stack or builds a grid of billions of cells.
/// The reason for each value is in `docs/importers.md`.
public enum ImportLimits {
    /// The numbers a list or a heading numbering may start at (Word's own range is 0…32767).
    public static let startNumbers = 0...32_767
    /// List levels (Word has 9, LibreOffice 10); a deeper item is kept at the deepest level.
    public static let listLevels = 10
    /// Columns of one table grid, spans included (Word allows 63, LibreOffice 1 024).
    public static let tableColumns = 1_000
    /// Grid positions (rows × columns, spans included) of all the tables of one document.
    public static let tableCells = 200_000
    /// Nesting of Markdown blocks and inlines (quotes, lists, emphasis, links), the way the XML
    /// reader bounds elements at 256.
    public static let markdownNesting = 100

    /// The whole number `text` declares, held to `range`, and whether it lay outside (numbers too
    /// large for `Int` included); `nil` when `text` is not a whole number.
    public static func number(_ text: String?, in range: ClosedRange<Int>) -> (value: Int, clipped: Bool)? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if let value = Int(text) {
            let held = min(max(value, range.lowerBound), range.upperBound)
            return (held, held != value)
        }
        let digits = text.drop { $0 == "+" || $0 == "-" }
        guard text.count - digits.count <= 1, !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return (text.hasPrefix("-") ? range.lowerBound : range.upperBound, true)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
