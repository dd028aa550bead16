import BaoCaoAssembly
import BaoCaoCore
import Foundation

/// The reminder letter (công văn đôn đốc) the office sends the departments that have not sent a
/// usable report for a period, as a ``Report`` in the Decree 30 layout of a công văn: "Số: …/VP-TH",
/// "V/v đôn đốc gửi báo cáo tháng …" under the number, "Kính gửi:" the late departments, the
/// body citing the cut-off of the Decree 09 calendar, "Nơi nhận" and the report's signer.
struct ReminderLetter {
    /// The province's profile: issuing body, place, number symbol, departments, signers.
    var profile: Profile
    /// Who signs (the monthly report's signer).
    var signature: Signature
    /// The period reminded of.
    var period: ReportingPeriod
    /// The first and last day of the period's data (the period's settings, or the profile's calendar).
    var cutoff: (start: DocumentDate, end: DocumentDate)
    /// The departments to remind, with their state on the board.
    var late: [DepartmentStatus]
    /// When the letter is drawn up (the server's clock).
    var now: Date

    /// The letter as a report model, for the DOCX exporter.
    func report() -> Report {
        let office = profile.issuerFullName ?? profile.issuingBody
        let periodText = "tháng \(period.month) năm \(period.year)"
        let items = late.map { line -> [Block] in
            [.paragraph([.text("\(line.name): \(Self.reason(line)).")])]
        }
        let body: [Block] = [
            .paragraph([.text("Thực hiện chế độ báo cáo định kỳ theo Nghị định số 09/2019/NĐ-CP ngày 24 tháng 01 năm 2019 của Chính phủ "
                              + "quy định về chế độ báo cáo của cơ quan hành chính nhà nước, số liệu báo cáo \(periodText) được tính từ ngày "
                              + "\(Self.short(cutoff.start)) đến hết ngày \(Self.short(cutoff.end)); các cơ quan, đơn vị gửi báo cáo "
                              + "chậm nhất hết ngày \(Self.short(cutoff.end)).")]),
            .paragraph([.text("Đến \(Self.clock(now)), \(office) chưa nhận được báo cáo hợp lệ \(periodText) của các cơ quan, đơn vị sau:")]),
            .list(ListBlock(items: items)),
            .paragraph([.text("Để bảo đảm thời gian tổng hợp, báo cáo Ủy ban nhân dân tỉnh, \(office) đề nghị các cơ quan, đơn vị nêu trên "
                              + "khẩn trương hoàn thiện và gửi báo cáo \(periodText) qua hệ thống tiếp nhận báo cáo của tỉnh./.")]),
        ]
        let symbol = (profile.numberSymbol.split(separator: "-").last.map(String.init) ?? profile.numberSymbol) + "-TH"
        return Report(
            header: DocumentHeader(parentBody: profile.parentBody, issuingBody: profile.issuingBody,
                                   number: DocumentNumber(sequence: nil, symbol: symbol), place: profile.place, date: Self.day(now)),
            documentType: "", subject: "V/v đôn đốc gửi báo cáo \(periodText)", preamble: body,
            distribution: DistributionList(recipients: ["Như trên"], archive: "VT, TH"), signature: signature,
            addressees: late.map(\.name))
    }

    /// Why a department is reminded, from its state on the board.
    static func reason(_ line: DepartmentStatus) -> String {
        switch line.state {
        case .hasErrors: "báo cáo đã gửi còn lỗi, chưa được tiếp nhận"
        case .returned: "báo cáo bị trả lại để hoàn thiện" + (line.comment.map { " (\($0))" } ?? "")
        default: "chưa gửi báo cáo"
        }
    }

    /// The states that call for a reminder.
    static let remindedStates: Set<SubmissionState> = [.notSent, .hasErrors, .returned]

    /// "14/5/2023".
    private static func short(_ date: DocumentDate) -> String {
        VietnameseFormat.shortDate(day: date.day ?? 1, month: date.month, year: date.year)
    }

    /// Today in Vietnam.
    private static func day(_ date: Date) -> DocumentDate {
        let parts = vietnam.dateComponents([.year, .month, .day], from: date)
        return DocumentDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day)
    }

    /// "9 giờ 05 ngày 16/5/2023", Vietnam's time.
    private static func clock(_ date: Date) -> String {
        let parts = vietnam.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let minute = parts.minute ?? 0
        return "\(parts.hour ?? 0) giờ \(minute < 10 ? "0" : "")\(minute) ngày "
            + VietnameseFormat.shortDate(day: parts.day ?? 1, month: parts.month ?? 1, year: parts.year ?? 2000)
    }

    private static var vietnam: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = PeriodCalendar.timeZone
        return calendar
    }
}
