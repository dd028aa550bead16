/// Spreadsheet cell references such as "E9" or "AA10", for the XLSX writer and reader and their messages.
public enum CellReference {
    /// The row numbers a worksheet can have: 1 to 1 048 576, as in Excel and LibreOffice.
    public static let rows = 1...1_048_576

    /// The letters of the zero-based column `index`: 0 → "A", 25 → "Z", 26 → "AA".
    public static func columnLetters(_ index: Int) -> String {
        var index = index
        var letters = ""
        repeat {
            letters = String(UnicodeScalar(UInt8(65 + index % 26))) + letters
            index = index / 26 - 1
        } while index >= 0
        return letters
    }

    /// The reference of the cell in zero-based `column` and one-based `row`, for example "E9".
    public static func reference(column: Int, row: Int) -> String {
        "\(columnLetters(column))\(row)"
    }

    /// The zero-based column and one-based row of `reference`, or `nil` when it is not a reference
    /// (no letters, more than three letters, as in a hostile file's "AAAAAAAAAAAAAAA1", or no row in ``rows``).
    public static func parse(_ reference: String) -> (column: Int, row: Int)? {
        var column = 0
        var letters = 0
        for byte in reference.utf8 {
            guard (65...90).contains(byte) else { break }
            guard letters < 3 else { return nil }
            column = column * 26 + Int(byte - 64)
            letters += 1
        }
        guard letters > 0, let row = Int(Substring(reference.utf8.dropFirst(letters))), rows.contains(row) else { return nil }
        return (column - 1, row)
    }
}
