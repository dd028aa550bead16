import Foundation

/// A spreadsheet to write as XLSX: sheets of styled cells with the settings an office form needs
/// (column widths, hidden columns, merged cells, data validation, protection, frozen rows, A4 print
/// set-up). Built by the callers (the department form, the statistics workbook), written by
/// ``XLSXWriter``.
public struct Workbook: Hashable, Sendable {
    /// The sheets in tab order.
    public var sheets: [Worksheet]
    /// The document title (`docProps/core.xml`).
    public var title: String
    /// The author written in the document properties (a fixed name, never a user or a date).
    public var creator: String

    /// Creates a workbook.
    public init(sheets: [Worksheet], title: String, creator: String = "BaoCao") {
        self.sheets = sheets
        self.title = title
        self.creator = creator
    }
}

/// One sheet: rows of cells and its settings.
public struct Worksheet: Hashable, Sendable {
    /// A column's width and visibility.
    public struct Column: Hashable, Sendable {
        /// The width in characters of the default font.
        public var width: Double
        /// Hidden columns hold what the clerk must not type (figure ids).
        public var hidden: Bool

        /// Creates a column.
        public init(width: Double, hidden: Bool = false) {
            self.width = width
            self.hidden = hidden
        }
    }

    /// One row: its cells from column A (`nil` leaves a cell out) and, when set, its height.
    public struct Row: Hashable, Sendable {
        /// The cells from column A on.
        public var cells: [Cell?]
        /// The height in points; `nil` for the default.
        public var height: Double?

        /// Creates a row.
        public init(_ cells: [Cell?], height: Double? = nil) {
            self.cells = cells
            self.height = height
        }
    }

    /// A rule the application enforces when a value is typed into some cells.
    public struct Validation: Hashable, Sendable {
        /// What may be typed.
        public enum Kind: String, Hashable, Sendable {
            /// Whole numbers.
            case whole
            /// Any number.
            case decimal
        }

        /// What may be typed.
        public var kind: Kind
        /// The smallest value allowed; `nil` for no bound.
        public var minimum: Decimal?
        /// The cells it applies to, for example "E9" or "E9:E20".
        public var cells: String
        /// The message shown when a wrong value is typed.
        public var errorMessage: String
        /// The title of that message.
        public var errorTitle: String

        /// Creates a rule.
        public init(kind: Kind, minimum: Decimal?, cells: String, errorTitle: String, errorMessage: String) {
            self.kind = kind
            self.minimum = minimum
            self.cells = cells
            self.errorTitle = errorTitle
            self.errorMessage = errorMessage
        }
    }

    /// The sheet's name on its tab (at most 31 characters, no `[]:*?/\`).
    public var name: String
    /// The columns from A on.
    public var columns: [Column]
    /// The rows from 1 on.
    public var rows: [Row]
    /// Merged ranges, for example "A1:H1".
    public var merged: [String] = []
    /// Rules on typed values.
    public var validations: [Validation] = []
    /// Whether the sheet is protected: only cells styled as unlocked can be changed.
    public var protected = false
    /// The password that lifts the protection; `nil` for none.
    public var password: SheetPassword?
    /// How many top rows stay in view when scrolling.
    public var frozenRows = 0
    /// Print in landscape on A4 (portrait when false); the sheet is always fitted to the page width.
    public var landscape = false
    /// Rows repeated at the top of each printed page, for example "8:8".
    public var printTitleRows: String?

    /// Creates a sheet.
    public init(name: String, columns: [Column], rows: [Row]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}

/// A cell's content and look.
public struct Cell: Hashable, Sendable {
    /// What a cell holds.
    public enum Value: Hashable, Sendable {
        /// Text (written once in the shared strings).
        case text(String)
        /// A number, written exactly as this decimal (never through a binary double).
        case number(Decimal)
        /// Nothing: a styled, empty cell (a value cell to fill).
        case empty
    }

    /// What the cell holds.
    public var value: Value
    /// How it looks and whether it can be changed on a protected sheet.
    public var style: CellStyle

    /// Creates a cell.
    public init(_ value: Value, style: CellStyle = CellStyle()) {
        self.value = value
        self.style = style
    }

    /// A text cell.
    public static func text(_ text: String, _ style: CellStyle = CellStyle()) -> Cell { Cell(.text(text), style: style) }
}

/// The look of a cell; equal styles share one entry of `styles.xml`.
public struct CellStyle: Hashable, Sendable {
    /// Horizontal alignment.
    public enum Alignment: String, Hashable, Sendable {
        case general, left, center, right
    }

    /// Bold text.
    public var bold = false
    /// Italic text.
    public var italic = false
    /// The font size in points (Times New Roman).
    public var fontSize: Double = 12
    /// Horizontal alignment.
    public var alignment: Alignment = .general
    /// Wrap long text within the column.
    public var wrap = false
    /// A thin border on all four sides.
    public var border = false
    /// The background colour, as "RRGGBB"; `nil` for none.
    public var fill: String?
    /// The number format code in the file's (en-US) syntax, for example `[$-42A]#,##0.0##`;
    /// `nil` for General.
    public var numberFormat: String?
    /// Whether the cell is locked when the sheet is protected.
    public var locked = true

    /// Creates the default style: Times New Roman 12, General, locked.
    public init() {}
}
