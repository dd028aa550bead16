import BaoCaoCore
import BaoCaoStore
import Foundation

/// The JSON bodies of `/api/v1` (docs/openapi.yaml), snake_case, times in ISO 8601 UTC.
enum APIModels {
    struct Login: Decodable {
        var login: String
        var password: String
    }

    struct Token: Encodable {
        var token: String
        var expires_at: String
        /// The password was issued by the command line: every call but `POST /password` gets 403 until it is changed.
        var must_change_password: Bool
    }

    struct PasswordChange: Decodable {
        var current: String
        var new: String
    }

    struct DiagnosticBody: Encodable {
        var severity: String
        var file: String?
        var line: Int?
        var cell: String?
        var message: String

        init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity.rawValue
            file = diagnostic.location?.file
            line = diagnostic.location?.line
            cell = diagnostic.location.flatMap(Self.cell)
            message = diagnostic.message.vi
        }

        /// A spreadsheet reference ("C5") for a location in a workbook with a row and a column.
        static func cell(_ location: SourceLocation) -> String? {
            guard location.file.lowercased().hasSuffix(".xlsx"), let line = location.line, let column = location.column, column > 0 else { return nil }
            var letters = ""
            var number = column
            while number > 0 {
                letters = String(UnicodeScalar(UInt8(65 + (number - 1) % 26))) + letters
                number = (number - 1) / 26
            }
            return "\(letters)\(line)"
        }
    }

    struct SubmissionBody: Encodable {
        var id: Int64
        var sha256: String
        var department: String
        var period: String
        var file: String
        var original_name: String
        var size: Int
        var received_at: String
        var late: Bool
        var accepted: Bool
        var diagnostics: [DiagnosticBody]

        init(_ record: SubmissionRecord) {
            id = record.id ?? 0
            sha256 = record.sha256
            department = record.department
            period = record.period
            file = record.fileName
            original_name = record.originalName
            size = record.size
            received_at = APIModels.time(record.receivedAt)
            late = record.late
            accepted = record.accepted
            diagnostics = record.diagnostics.map(DiagnosticBody.init)
        }
    }

    struct Submissions: Encodable {
        var submissions: [SubmissionBody]
    }

    struct DepartmentBody: Encodable {
        var department: String
        var name: String
        var state: String
        var label: String
        var received_at: String?
        var comment: String?
    }

    struct Status: Encodable {
        var period: String
        var deadline: String
        var locked: Bool
        var completeness_rate: Double
        var on_time_rate: Double
        var departments: [DepartmentBody]

        init(_ board: PeriodBoard) {
            period = board.period
            deadline = APIModels.time(board.deadline)
            locked = board.locked
            completeness_rate = (board.completeness * 10).rounded() / 10
            on_time_rate = (board.onTime * 10).rounded() / 10
            departments = board.departments.map {
                DepartmentBody(department: $0.department, name: $0.name, state: $0.state.rawValue, label: $0.state.label,
                               received_at: $0.receivedAt.map(APIModels.time), comment: $0.comment)
            }
        }
    }

    struct Review: Decodable {
        var decision: ReviewRecord.Decision
        var comment: String?
    }

    struct AuditBody: Encodable {
        var id: Int64
        var at: String
        var login: String
        var action: String
        var period: String?
        var department: String?
        var detail: String
        var sha256: String?
    }

    struct Audit: Encodable {
        var entries: [AuditBody]
    }

    struct Failure: Encodable {
        var error: String
        var diagnostics: [DiagnosticBody]
    }

    /// ISO 8601 in UTC, to the second (`2023-05-14T03:00:00Z`), without building an ICU formatter per value.
    static func time(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }
}
