import BaoCaoXML
import Foundation

/// Which cell formats of a workbook show numbers as dates, and how a date serial becomes a date.
struct DateFormats {
    /// Per cell format index (`s` of a cell), whether it is a date format.
    private var dateStyles: Set<Int> = []

    /// The built-in number format ids that are dates or times (ECMA-376 §18.8.30).
    private static let builtInDates: Set<Int> = Set(14...22).union(45...47)

    /// Reads the cell formats of `styles` (the root of `xl/styles.xml`), if the workbook has one.
    init(styles: XMLElementNode?) {
        guard let styles else { return }
        let main = SpreadsheetNamespace.main
        var custom: [Int: String] = [:]
        for format in styles.child(main, "numFmts")?.children(main, "numFmt") ?? [] {
            if let id = format.attribute("", "numFmtId").flatMap(Int.init) { custom[id] = format.attribute("", "formatCode") ?? "" }
        }
        for (index, format) in (styles.child(main, "cellXfs")?.children(main, "xf") ?? []).enumerated() {
            guard let id = format.attribute("", "numFmtId").flatMap(Int.init) else { continue }
            if Self.builtInDates.contains(id) || custom[id].map(Self.isDateCode) == true { dateStyles.insert(index) }
        }
    }

    /// Whether the cell format `style` shows a date.
    func isDate(style: Int) -> Bool { dateStyles.contains(style) }

    /// Whether a format code shows a date: it has d, m or y outside quotes and brackets.
    static func isDateCode(_ code: String) -> Bool {
        var quoted = false
        var bracket = false
        for character in code.lowercased() {
            switch character {
            case "\"": quoted.toggle()
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            case "d", "m", "y": if !quoted && !bracket { return true }
            default: continue
            }
        }
        return false
    }

    /// The date of serial number `text` in the 1900 date system, "YYYY-MM-DD", or `nil`.
    static func isoDate(serial text: String) -> String? {
        guard let serial = Double(text), serial >= 1, serial < 2_958_466 else { return nil }
        // Serial 1 is 1900-01-01; Excel counts a 29 February 1900 that never was, so from serial 61 on
        // the days since 1899-12-30 give the date.
        let days = serial < 61 ? Int(serial) - 1 : Int(serial) - 2
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let start = calendar.date(from: DateComponents(year: 1900, month: 1, day: 1)),
            let date = calendar.date(byAdding: .day, value: days, to: start)
        else { return nil }
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
