/// Holds the tables of one received document to ``ImportLimits/tableColumns`` grid columns and,
/// all together, to ``ImportLimits/tableCells`` grid positions, spans included: a few bytes of
/// `number-columns-spanned` or `w:gridSpan` can otherwise ask for a grid of billions of cells.
///
///     var budget = TableBudget()
///     let table = budget.clip(read, warn: { skipped.limit($0, part: part, line: line) })
public struct TableBudget {
    /// Grid positions still allowed in this document.
    public private(set) var remaining = ImportLimits.tableCells

    /// Creates the budget of one document.
    public init() {}

    /// `table` with cells that start past the last allowed column left out, column spans cut at
    /// it, row spans cut at the last row, and the rows that would overspend the budget left out;
    /// `warn` is called once per kind of cut.
    public mutating func clip(_ table: Table, warn: (Message) -> Void) -> Table {
        let limit = ImportLimits.tableColumns
        var clipped = table
        var cutColumns = false
        /// The last row each column is covered to by a cell placed above (or in this row).
        var coveredUntil = [Int](repeating: -1, count: limit)
        var width = 0
        var keptRows = clipped.rows.count
        for r in clipped.rows.indices {
            var column = 0
            var kept: [TableCell] = []
            for var cell in clipped.rows[r].cells {
                while column < limit, coveredUntil[column] >= r { column += 1 }
                guard column < limit else {
                    cutColumns = true
                    break
                }
                if cell.columnSpan > limit - column {
                    cell.columnSpan = limit - column
                    cutColumns = true
                }
                cell.rowSpan = min(cell.rowSpan, clipped.rows.count - r)
                for covered in column..<column + cell.columnSpan { coveredUntil[covered] = r + cell.rowSpan - 1 }
                column += cell.columnSpan
                kept.append(cell)
            }
            clipped.rows[r].cells = kept
            width = max(width, column)
            // Rows × width is what the writers' grid holds; stop before it overspends.
            if (r + 1) * width > remaining {
                keptRows = r
                break
            }
        }
        if cutColumns { warn(.tableColumns) }
        if keptRows < clipped.rows.count {
            warn(.tableCells)
            clipped.rows.removeSubrange(keptRows...)
            clipped.headerRowCount = min(clipped.headerRowCount, keptRows)
            for r in clipped.rows.indices {
                for i in clipped.rows[r].cells.indices {
                    clipped.rows[r].cells[i].rowSpan = min(clipped.rows[r].cells[i].rowSpan, keptRows - r)
                }
            }
        }
        remaining -= clipped.rows.count * width
        return clipped
    }
}
