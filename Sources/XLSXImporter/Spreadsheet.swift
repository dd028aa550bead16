/// What a workbook holds, as read from an untrusted XLSX file: sheets of cells with their content
/// exactly as the file stores it (numbers as their written decimal text, never a binary double).
public struct Spreadsheet: Sendable {
    /// One cell that holds something.
    public struct Cell: Sendable, Hashable {
        /// What a cell holds.
        public enum Content: Sendable, Hashable {
            /// Text (a shared or inline string, or a formula's text result).
            case text(String)
            /// A number as the file writes it ("41.68", "1185", "4.1E-2"): the caller decides its precision.
            case number(String)
            /// A date (a number in a date format, or an ISO date cell), as "YYYY-MM-DD".
            case date(String)
            /// TRUE or FALSE.
            case boolean(Bool)
            /// An error value such as "#DIV/0!".
            case error(String)
            /// A formula whose result the file does not hold (never calculated).
            case formulaWithoutValue
        }

        /// The zero-based column.
        public var column: Int
        /// The one-based row.
        public var row: Int
        /// The reference, for example "E9".
        public var reference: String
        /// What it holds.
        public var content: Content
    }

    /// One row that holds at least one cell.
    public struct Row: Sendable, Hashable {
        /// The one-based row number.
        public var number: Int
        /// The cells by column, left to right.
        public var cells: [Cell]

        /// The cell in zero-based `column`, if it holds something.
        public func cell(_ column: Int) -> Cell? {
            cells.first { $0.column == column }
        }
    }

    /// One worksheet.
    public struct Sheet: Sendable {
        /// The name on its tab.
        public var name: String
        /// The rows holding cells, top to bottom.
        public var rows: [Row]
    }

    /// The worksheets in tab order.
    public var sheets: [Sheet]
}
