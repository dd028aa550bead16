import BaoCaoCore
import Foundation

/// The office's settings for one period (`<inbox>/<YYYY-MM>/ky-bao-cao.yaml`): number, date, cut-off.
public struct PeriodSettings: Sendable {
    /// The document's running number; `nil` leaves it blank (a draft).
    public var number: Int?
    /// The issue date.
    public var date: DocumentDate?
    /// The first day of data; `nil` for the profile's default.
    public var cutoffStart: DocumentDate?
    /// The last day of data; `nil` for the profile's default.
    public var cutoffEnd: DocumentDate?

    /// No settings: blank number and date, default cut-off.
    public init(number: Int? = nil, date: DocumentDate? = nil, cutoffStart: DocumentDate? = nil, cutoffEnd: DocumentDate? = nil) {
        self.number = number
        self.date = date
        self.cutoffStart = cutoffStart
        self.cutoffEnd = cutoffEnd
    }

    /// Reads the settings file of `period`; a missing file gives empty settings.
    ///
    /// - Throws: ``BaoCaoError`` when the file is malformed or names another period.
    public static func load(_ path: String, period: ReportingPeriod) throws -> PeriodSettings {
        guard FileManager.default.fileExists(atPath: path) else { return PeriodSettings() }
        let root = try YAMLNode.load(URL(fileURLWithPath: path), file: path)
        if let node = root["period"], ReportingPeriod(try node.string()) != period {
            throw node.error(.settingsForOtherPeriod(try node.string(), period: "\(period)"))
        }
        func date(_ key: String) throws -> DocumentDate? {
            guard let node = root[key] else { return nil }
            guard let value = DocumentDate(iso: try node.string()), value.day != nil else {
                throw node.error(.expectedDate)
            }
            return value
        }
        return PeriodSettings(
            number: try root.int("number"), date: try date("date"),
            cutoffStart: try date("cutoff_start"), cutoffEnd: try date("cutoff_end"))
    }
}
