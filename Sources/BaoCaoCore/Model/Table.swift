/// A table: rows of cells, the first ``headerRowCount`` rows repeat as the header on each page.
///
/// Merged cells follow HTML: a cell with a ``TableCell/columnSpan`` or ``TableCell/rowSpan``
/// above 1 covers its neighbours, and the covered positions have no cell of their own in
/// ``rows``. ``grid()`` resolves that into positions on a rectangular grid for the writers.
public struct Table: Hashable, Sendable, Codable {
    /// An optional caption shown above the table.
    public var caption: [Inline]?
    /// How many leading rows are header rows.
    public var headerRowCount: Int
    /// The rows, top to bottom.
    public var rows: [TableRow]
    /// Relative column widths (any unit); `nil` for equal columns.
    public var columnWidths: [Double]?

    /// Creates a table.
    public init(caption: [Inline]? = nil, headerRowCount: Int = 0, rows: [TableRow], columnWidths: [Double]? = nil) {
        self.caption = caption
        self.headerRowCount = headerRowCount
        self.rows = rows
        self.columnWidths = columnWidths
    }
}

/// One row of a ``Table``.
public struct TableRow: Hashable, Sendable, Codable {
    /// The cells that start in this row, left to right.
    public var cells: [TableCell]

    /// Creates a row.
    public init(cells: [TableCell]) { self.cells = cells }
}

/// How a cell's content is aligned horizontally.
public enum CellAlignment: String, Hashable, Sendable, Codable {
    case left, center, right
}

/// One cell of a ``Table``.
public struct TableCell: Hashable, Sendable, Codable {
    /// The cell content.
    public var blocks: [Block]
    /// How many grid columns the cell covers (1 or more).
    public var columnSpan: Int
    /// How many grid rows the cell covers (1 or more).
    public var rowSpan: Int
    /// Horizontal alignment; `nil` for the writer's default.
    public var alignment: CellAlignment?

    /// Creates a cell.
    public init(blocks: [Block], columnSpan: Int = 1, rowSpan: Int = 1, alignment: CellAlignment? = nil) {
        self.blocks = blocks
        self.columnSpan = max(1, columnSpan)
        self.rowSpan = max(1, rowSpan)
        self.alignment = alignment
    }

    /// A cell holding one paragraph of plain text.
    public init(text: String, columnSpan: Int = 1, rowSpan: Int = 1, alignment: CellAlignment? = nil) {
        self.init(blocks: [.paragraph([.text(text)])], columnSpan: columnSpan, rowSpan: rowSpan, alignment: alignment)
    }

    private enum CodingKeys: String, CodingKey { case blocks, columnSpan, rowSpan, alignment }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            blocks: try c.decode([Block].self, forKey: .blocks),
            columnSpan: try c.decodeIfPresent(Int.self, forKey: .columnSpan) ?? 1,
            rowSpan: try c.decodeIfPresent(Int.self, forKey: .rowSpan) ?? 1,
            alignment: try c.decodeIfPresent(CellAlignment.self, forKey: .alignment))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(blocks, forKey: .blocks)
        if columnSpan != 1 { try c.encode(columnSpan, forKey: .columnSpan) }
        if rowSpan != 1 { try c.encode(rowSpan, forKey: .rowSpan) }
        try c.encodeIfPresent(alignment, forKey: .alignment)
    }
}

/// A position on a table's rectangular grid, as writers of DOCX and ODT need it.
public enum GridSlot: Hashable, Sendable {
    /// The top-left position of a cell (`row` and `index` locate it in ``Table/rows``).
    case origin(row: Int, index: Int)
    /// A position covered by a cell that starts further left in the same row.
    case coveredHorizontally(originRow: Int, originIndex: Int)
    /// A position covered by a cell that starts in a row above (the first column of the span).
    case coveredVertically(originRow: Int, originIndex: Int)
    /// A position covered from above, not in the span's first column.
    case coveredBoth(originRow: Int, originIndex: Int)
    /// A position no cell covers (a short row); writers emit an empty cell.
    case empty
}

extension Table {
    /// The number of grid columns: the widest row, counting spans and cells covered from above.
    public var columnCount: Int { grid().first?.count ?? 0 }

    /// Resolves cells and spans into a rectangular grid, one ``GridSlot`` per position.
    ///
    /// Spans that would run past the last row are cut at the last row.
    public func grid() -> [[GridSlot]] {
        var slots: [[GridSlot?]] = Array(repeating: [], count: rows.count)
        for (r, row) in rows.enumerated() {
            var column = 0
            for (i, cell) in row.cells.enumerated() {
                while column < slots[r].count, slots[r][column] != nil { column += 1 }
                for dr in 0..<min(cell.rowSpan, rows.count - r) {
                    for dc in 0..<cell.columnSpan {
                        let target = r + dr
                        if slots[target].count <= column + dc {
                            slots[target].append(contentsOf: Array(repeating: nil, count: column + dc + 1 - slots[target].count))
                        }
                        let slot: GridSlot
                        switch (dr, dc) {
                        case (0, 0): slot = .origin(row: r, index: i)
                        case (0, _): slot = .coveredHorizontally(originRow: r, originIndex: i)
                        case (_, 0): slot = .coveredVertically(originRow: r, originIndex: i)
                        default: slot = .coveredBoth(originRow: r, originIndex: i)
                        }
                        slots[target][column + dc] = slot
                    }
                }
                column += cell.columnSpan
            }
        }
        let width = slots.map(\.count).max() ?? 0
        return slots.map { row in (0..<width).map { $0 < row.count ? (row[$0] ?? .empty) : .empty } }
    }
}
