import BaoCaoCore
import BaoCaoStore
import Foundation

/// What the templates show, built from the service's results: times in Vietnam's time, labels in Vietnamese.
enum PageValues {
    /// "09:00 10/05/2023", Vietnam's time.
    static func time(_ date: Date) -> String {
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = PeriodCalendar.timeZone
        format.dateFormat = "HH:mm dd/MM/yyyy"
        return format.string(from: date)
    }

    /// "10/05/2023", Vietnam's time.
    static func day(_ date: Date) -> String {
        String(time(date).dropFirst(6))
    }

    /// "tháng 5/2023".
    static func periodLabel(_ period: String) -> String {
        let parts = period.split(separator: "-")
        guard parts.count == 2, let month = Int(parts[1]) else { return period }
        return "tháng \(month)/\(parts[0])"
    }

    static func severity(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: "lỗi"
        case .warning: "cảnh báo"
        case .note: "ghi chú"
        }
    }

    /// One diagnostic as a list item: where (file, line, cell) and what.
    static func diagnostic(_ diagnostic: Diagnostic) -> [String: Any] {
        var place = diagnostic.location?.file ?? ""
        if let line = diagnostic.location?.line { place += ", dòng \(line)" }
        if let location = diagnostic.location, let cell = APIModels.DiagnosticBody.cell(location) { place += ", ô \(cell)" }
        return ["place": place, "severityLabel": severity(diagnostic.severity), "message": diagnostic.message.vi]
    }

    /// A refusal or receipt box.
    static func result(headline: String, diagnostics: [Diagnostic], ok: Bool) -> [String: Any] {
        ["headline": headline, "class": ok ? "ok" : "error", "diagnostics": diagnostics.map(diagnostic), "hasDiagnostics": !diagnostics.isEmpty]
    }

    /// One row of a department's history.
    static func submission(_ record: SubmissionRecord) -> [String: Any] {
        [
            "id": record.id ?? 0, "fileName": record.fileName, "originalName": record.originalName,
            "renamed": record.originalName != record.fileName, "receivedAt": time(record.receivedAt), "late": record.late,
            "accepted": record.accepted, "shortSHA": String(record.sha256.prefix(12)),
            "problems": record.diagnostics.filter { $0.severity == .error }.prefix(3).map(\.message.vi),
        ]
    }
}
