/// The statistical annex ("biểu thống kê") of an assembled report: one row per indicator (chỉ
/// tiêu), grouped under sector headings, each measure of the indicator with where it came from.
///
/// The printed formats (DOCX, ODT, Markdown) show it without provenance and without the values the
/// tool computed (``Report/printable(layout:)``); the data formats (CSV, XLSX) list every
/// value with its department, file, line and a computed flag.
public struct StatisticalAnnex: Hashable, Sendable, Codable {
    /// What one value of an indicator measures; the printed columns, in this order.
    public enum Measure: String, Hashable, Sendable, Codable, CaseIterable {
        /// The value of the month: a count or an amount in the indicator's unit.
        case value
        /// The value from the start of the year to the end of the month (lũy kế).
        case cumulative
        /// A share of a whole, in percent.
        case share
        /// Percent of the year's plan.
        case percentOfPlan
        /// Ratio to the same period last year, in percent.
        case ratioToSamePeriod
        /// Growth over the same period last year, in percent (negative is a fall).
        case growth
        /// Ratio to the previous month, in percent.
        case ratioToPreviousMonth

        /// The column heading of the printed table.
        public var heading: String {
            switch self {
            case .value: return "Thực hiện tháng"
            case .cumulative: return "Lũy kế"
            case .share: return "Tỷ lệ (%)"
            case .percentOfPlan: return "So kế hoạch (%)"
            case .ratioToSamePeriod: return "So cùng kỳ (%)"
            case .growth: return "Tăng, giảm so cùng kỳ (%)"
            case .ratioToPreviousMonth: return "So tháng trước (%)"
            }
        }
    }

    /// Where a value came from: the department, its file (relative to the inbox) and line.
    public struct Provenance: Hashable, Sendable, Codable {
        /// The sending department's identifier.
        public var department: String
        /// The file name relative to the inbox, "2023-05/snn.yaml".
        public var file: String
        /// The line in that file, when known.
        public var line: Int?

        /// Creates a provenance.
        public init(department: String, file: String, line: Int? = nil) {
            self.department = department
            self.file = file
            self.line = line
        }
    }

    /// One value of an indicator.
    public struct Value: Hashable, Sendable, Codable {
        /// What it measures.
        public var measure: Measure
        /// The value as printed, Vietnamese style, without unit: "2.344,8", "101,6".
        public var text: String
        /// The code of the figure it was read from, "sct.gtsx_thang" (with a suffix for tally parts).
        public var code: String
        /// True when the tool computed it (a share of a task tally nobody stated), false when a
        /// department sent it or the report states it.
        public var isComputed: Bool
        /// Where it came from.
        public var source: Provenance

        /// Creates a value.
        public init(measure: Measure, text: String, code: String, isComputed: Bool = false, source: Provenance) {
            self.measure = measure
            self.text = text
            self.code = code
            self.isComputed = isComputed
            self.source = source
        }
    }

    /// One indicator (chỉ tiêu): its label, unit and measured values.
    public struct Indicator: Hashable, Sendable, Codable {
        /// The label, "Giá trị sản xuất công nghiệp".
        public var label: String
        /// The unit of its value ("tỷ đồng", "nhiệm vụ"), or "%" when it has only percentages.
        public var unit: String
        /// Its values, at most one per measure, in ``Measure`` order.
        public var values: [Value]

        /// Creates an indicator.
        public init(label: String, unit: String, values: [Value]) {
            self.label = label
            self.unit = unit
            self.values = values
        }

        /// The value of `measure`, if the indicator has one.
        public func value(_ measure: Measure) -> Value? { values.first { $0.measure == measure } }
    }

    /// A sector heading and the indicators under it.
    public struct Sector: Hashable, Sendable, Codable {
        /// The heading, "Nông nghiệp".
        public var title: String
        /// The indicators, in order.
        public var indicators: [Indicator]

        /// Creates a sector.
        public init(title: String, indicators: [Indicator]) {
            self.title = title
            self.indicators = indicators
        }
    }

    /// The descriptive title, "MỘT SỐ CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU THÁNG 5 VÀ 5 THÁNG NĂM 2023".
    public var title: String
    /// The issuing body's full name for the line under the title, "Văn phòng UBND tỉnh Cao Bằng".
    public var issuer: String?
    /// The sectors, in order.
    public var sectors: [Sector]

    /// Creates a statistical annex.
    public init(title: String, issuer: String? = nil, sectors: [Sector]) {
        self.title = title
        self.issuer = issuer
        self.sectors = sectors
    }
}
