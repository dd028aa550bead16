import BaoCaoAssembly
import BaoCaoCore
import Foundation

/// The deadline of a period: the end of its data cut-off day (the period's settings file, or the
/// profile's Decree 09 calendar), in Vietnam's time (UTC+7).
struct PeriodCalendar: Sendable {
    /// The province's profile.
    var profile: Profile
    /// The inbox mirror holding each period's settings file.
    var inbox: Inbox

    /// Vietnam has one time zone and no daylight saving time.
    static let timeZone = TimeZone(secondsFromGMT: 7 * 3600)!

    /// The office's settings of `period` (its `ky-bao-cao.yaml` in the inbox mirror), empty when none.
    func settings(_ period: ReportingPeriod) -> PeriodSettings {
        let path = (inbox.folder(period) as NSString).appendingPathComponent(Inbox.settingsFileName)
        return (try? PeriodSettings.load(path, period: period)) ?? PeriodSettings()
    }

    /// The first and last day of data of `period`: the office's settings, or the profile's calendar.
    func cutoff(_ period: ReportingPeriod) -> (start: DocumentDate, end: DocumentDate) {
        let settings = settings(period)
        let calendar = period.cutoff(startDay: profile.cutoffStartDay)
        return (settings.cutoffStart ?? calendar.start, settings.cutoffEnd ?? calendar.end)
    }

    /// The last day of data of `period`.
    func cutoffEnd(_ period: ReportingPeriod) -> DocumentDate {
        cutoff(period).end
    }

    /// The first instant after the cut-off day: an upload at or after it is late.
    func deadline(_ period: ReportingPeriod) -> Date {
        let end = cutoffEnd(period)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = Self.timeZone
        let day = calendar.date(from: DateComponents(year: end.year, month: end.month, day: end.day ?? 1))!
        return calendar.date(byAdding: .day, value: 1, to: day)!
    }
}
