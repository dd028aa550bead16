import BaoCaoCore
import Foundation
import XLSXExporter

/// The monthly form a department fills in Excel or LibreOffice ("biểu mẫu"): a header block, then
/// one row per catalogue figure with its value cells to fill, the figure ids in a hidden column.
///
/// The form reads back as a submission (``XLSXSubmissionReader``): the header rows "Đơn vị" and
/// "Kỳ báo cáo" carry the department and period in the hidden column, and the table's header row
/// uses the Vietnamese column names of the CSV submissions (`mã`, `chỉ tiêu`, `giá trị`, `tổng số`…).
public struct DepartmentForm {
    /// The name of the form's sheet.
    public static let sheetName = "Biểu"
    /// The row of the table's column names; figures start on the next row.
    public static let headerRow = 8

    /// The table's columns, left to right.
    enum Column: Int, CaseIterable {
        case number, label, unit, kind, value, assigned, completed, awaitingConfirmation, inProgress, overdue, lastMonth, note, id

        /// The column name in the header row (read back through the CSV column aliases).
        var title: String {
            switch self {
            case .number: return "STT"
            case .label: return "Chỉ tiêu"
            case .unit: return "ĐVT"
            case .kind: return "Loại số liệu"
            case .value: return "Giá trị"
            case .assigned: return "Tổng số"
            case .completed: return "Đã hoàn thành"
            case .awaitingConfirmation: return "Chờ xác nhận"
            case .inProgress: return "Đang thực hiện"
            case .overdue: return "Quá hạn"
            case .lastMonth: return "Tháng trước"
            case .note: return "Ghi chú"
            case .id: return "Mã"
            }
        }

        /// The width in characters.
        var width: Double {
            switch self {
            case .number: return 6
            case .label: return 58
            case .unit: return 16
            case .kind: return 22
            case .value: return 14
            case .assigned, .completed, .awaitingConfirmation, .inProgress, .overdue: return 11
            case .lastMonth: return 12
            case .note: return 24
            case .id: return 16
            }
        }
    }

    /// The department whose form this is.
    public var department: Department
    /// The period it is for.
    public var period: ReportingPeriod
    /// The first and last day of data.
    public var cutoff: (start: DocumentDate, end: DocumentDate)
    /// The day the form is due.
    public var deadline: DocumentDate
    /// The province line ("UBND TỈNH CAO BẰNG").
    public var province: String
    /// The figures the department owes, in order.
    public var entries: [CatalogueEntry]
    /// The department's figures of the month before, by id, shown for reference.
    public var lastMonth: [String: Figure]
    /// The password that lifts the sheet's protection (the profile's `forms.sheet_password`);
    /// `nil` for a protection without password.
    public var password: SheetPassword?

    /// The one-line instruction printed on the form.
    static let instruction = "Điền số liệu vào các ô màu vàng (số viết theo kiểu Việt Nam: 1.234,5); không thêm, xoá hoặc đổi thứ tự dòng; lưu tệp .xlsx và gửi Văn phòng UBND tỉnh."

    /// The form as a workbook.
    public func workbook() -> Workbook {
        var rows = headerBlock()
        rows.append(Worksheet.Row(Column.allCases.map { .text($0.title, .header) }, height: 33))
        var validations: [Worksheet.Validation] = []
        for (index, entry) in entries.enumerated() {
            let row = Self.headerRow + 1 + index
            rows.append(figureRow(entry, number: index + 1))
            let cells = entry.kind == .tasks
                ? "\(CellReference.reference(column: Column.assigned.rawValue, row: row)):\(CellReference.reference(column: Column.overdue.rawValue, row: row))"
                : CellReference.reference(column: Column.value.rawValue, row: row)
            validations.append(Self.validation(entry.kind, cells: cells))
        }
        var sheet = Worksheet(name: Self.sheetName, columns: Column.allCases.map { Worksheet.Column(width: $0.width, hidden: $0 == .id) }, rows: rows)
        let last = CellReference.columnLetters(Column.note.rawValue)
        sheet.merged = ["A1:\(last)1", "A2:\(last)2"] + (3...6).flatMap { ["A\($0):B\($0)", "C\($0):\(last)\($0)"] }
        sheet.validations = validations
        sheet.protected = true
        sheet.password = password
        sheet.frozenRows = Self.headerRow
        sheet.landscape = true
        sheet.printTitleRows = "\(Self.headerRow):\(Self.headerRow)"
        return Workbook(sheets: [sheet], title: "Biểu số liệu tháng \(period.month)/\(period.year) – \(department.name)", creator: province)
    }

    private func headerBlock() -> [Worksheet.Row] {
        var title = CellStyle()
        title.bold = true
        title.alignment = .center
        var key = CellStyle()
        key.bold = true
        var wrapped = CellStyle()
        wrapped.wrap = true
        let idColumn = Column.id.rawValue
        func line(_ label: String, _ value: String, hidden: String? = nil, style: CellStyle = CellStyle(), height: Double? = nil) -> Worksheet.Row {
            var cells: [Cell?] = Array(repeating: nil, count: idColumn + 1)
            cells[0] = .text(label, key)
            cells[2] = .text(value, style)
            if let hidden { cells[idColumn] = .text(hidden) }
            return Worksheet.Row(cells, height: height)
        }
        let window = "từ \(Self.short(cutoff.start)) đến \(Self.short(cutoff.end))"
        return [
            Worksheet.Row([.text(province, title)]),
            Worksheet.Row([.text("BIỂU SỐ LIỆU BÁO CÁO THÁNG \(period.month)/\(period.year)", title)], height: 21),
            line("Đơn vị", department.name, hidden: department.id),
            line("Kỳ báo cáo", "Tháng \(period.month)/\(period.year), số liệu \(window)", hidden: period.description),
            line("Hạn gửi", Self.short(deadline)),
            line("Hướng dẫn", Self.instruction, style: wrapped, height: 33),
            Worksheet.Row([]),
        ]
    }

    private func figureRow(_ entry: CatalogueEntry, number: Int) -> Worksheet.Row {
        var cells = Column.allCases.map { _ -> Cell? in Cell(.empty, style: Self.lockedBox) }
        cells[Column.number.rawValue] = Cell(.number(Decimal(number)), style: Self.centred)
        cells[Column.label.rawValue] = .text(entry.label, Self.wrappedBox)
        cells[Column.unit.rawValue] = .text(StatisticsAnnex.unit(kind: entry.kind, unit: entry.unit), Self.wrappedBox)
        cells[Column.kind.rawValue] = .text(entry.kind.label, Self.wrappedBox)
        let fill = entry.kind == .tasks ? [Column.assigned, .completed, .awaitingConfirmation, .inProgress, .overdue] : [Column.value]
        for column in fill { cells[column.rawValue] = Cell(.empty, style: Self.input(entry.kind)) }
        if let previous = lastMonth[entry.id] {
            switch previous.value {
            case .number(let value, let digits):
                cells[Column.lastMonth.rawValue] = Cell(.number(value), style: Self.reference(digits))
            case .tasks(let tally):
                cells[Column.lastMonth.rawValue] = Cell(.number(Decimal(tally.assigned)), style: Self.reference(0))
            }
        }
        var note = Self.lockedBox
        note.locked = false
        note.wrap = true
        cells[Column.note.rawValue] = Cell(.empty, style: note)
        cells[Column.id.rawValue] = .text(entry.id)
        let lines = max(1, (entry.label.count + 69) / 70)
        return Worksheet.Row(cells, height: lines > 1 ? Double(lines) * 16 : nil)
    }

    /// Whole numbers for counts and tallies; no negative except for growth, which cannot fall below -100%.
    static func validation(_ kind: FigureKind, cells: String) -> Worksheet.Validation {
        switch kind {
        case .count, .tasks:
            return .init(kind: .whole, minimum: 0, cells: cells, errorTitle: "Số không hợp lệ", errorMessage: "Nhập số nguyên không âm.")
        case .growth:
            return .init(kind: .decimal, minimum: -100, cells: cells, errorTitle: "Số không hợp lệ", errorMessage: "Nhập số phần trăm tăng (+) hoặc giảm (-), không nhỏ hơn -100.")
        case .amount, .share, .percentOfPlan, .ratioToSamePeriod, .monthOnMonth:
            return .init(kind: .decimal, minimum: 0, cells: cells, errorTitle: "Số không hợp lệ", errorMessage: "Nhập một số không âm.")
        }
    }

    private static var lockedBox: CellStyle {
        var style = CellStyle()
        style.border = true
        return style
    }

    private static var wrappedBox: CellStyle {
        var style = lockedBox
        style.wrap = true
        return style
    }

    private static var centred: CellStyle {
        var style = lockedBox
        style.alignment = .center
        return style
    }

    private static func input(_ kind: FigureKind) -> CellStyle {
        var style = lockedBox
        style.locked = false
        style.fill = "FFF2CC"
        style.numberFormat = kind == .count || kind == .tasks ? NumberFormatCode.vietnamese(fractionDigits: 0) : NumberFormatCode.vietnameseDecimal
        return style
    }

    private static func reference(_ digits: Int) -> CellStyle {
        var style = lockedBox
        style.italic = true
        style.numberFormat = NumberFormatCode.vietnamese(fractionDigits: digits)
        return style
    }

    private static func short(_ date: DocumentDate) -> String {
        VietnameseFormat.shortDate(day: date.day ?? 1, month: date.month, year: date.year)
    }
}
