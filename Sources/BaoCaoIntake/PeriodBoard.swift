import BaoCaoAssembly
import BaoCaoStore
import Foundation

/// The state of one department's submissions for a period, as the office's board shows it.
public enum SubmissionState: String, Codable, Sendable, CaseIterable {
    /// Nothing accepted yet.
    case notSent = "chua-gui"
    /// Accepted before the deadline.
    case onTime = "dung-han"
    /// Accepted after the deadline.
    case late = "muon"
    /// The latest upload was refused by the checks.
    case hasErrors = "co-loi"
    /// Approved by the office.
    case approved = "da-duyet"
    /// Returned by the office with a comment.
    case returned = "tra-lai"

    /// The Vietnamese label.
    public var label: String {
        switch self {
        case .notSent: "chưa gửi"
        case .onTime: "đã gửi đúng hạn"
        case .late: "gửi muộn"
        case .hasErrors: "có lỗi"
        case .approved: "đã duyệt"
        case .returned: "trả lại"
        }
    }
}

/// One department's line of the board.
public struct DepartmentStatus: Sendable, Equatable {
    /// The department id.
    public var department: String
    /// Its name, from the profile.
    public var name: String
    /// Its state.
    public var state: SubmissionState
    /// When its latest accepted version arrived.
    public var receivedAt: Date?
    /// The office's latest comment, when it returned or approved the submissions.
    public var comment: String?
}

/// The board of a period: every department's state, with completeness and timeliness as DHIS2
/// reports them (accepted, and accepted on time, out of the departments expected).
public struct PeriodBoard: Sendable, Equatable {
    /// The period.
    public var period: String
    /// The deadline.
    public var deadline: Date
    /// Locked by the office.
    public var locked: Bool
    /// One line per department of the profile, in its order.
    public var departments: [DepartmentStatus]

    /// Percentage of departments that have sent accepted files (0–100).
    public var completeness: Double { rate { $0.receivedAt != nil } }
    /// Percentage of departments whose latest accepted file arrived before the deadline (0–100).
    public var onTime: Double { rate { $0.receivedAt.map { $0 < deadline } ?? false } }

    private func rate(_ counts: (DepartmentStatus) -> Bool) -> Double {
        departments.isEmpty ? 0 : Double(departments.filter(counts).count) * 100 / Double(departments.count)
    }

    /// Builds the board from what the store holds for `period`.
    static func make(period: String, profile: Profile, deadline: Date, locked: Bool,
                     submissions: [SubmissionRecord], reviews: [ReviewRecord]) -> PeriodBoard {
        let lines = profile.departments.map { department -> DepartmentStatus in
            let own = submissions.filter { $0.department == department.id }
            let accepted = own.filter(\.accepted)
            let latestAccepted = accepted.map(\.receivedAt).max()
            let review = reviews.last { $0.department == department.id }
            var status = DepartmentStatus(department: department.id, name: department.name, state: .notSent,
                                          receivedAt: latestAccepted, comment: nil)
            if let last = own.last, !last.accepted {
                status.state = .hasErrors
            } else if let latestAccepted {
                if let review, review.decidedAt >= latestAccepted {
                    status.state = review.decision == .approved ? .approved : .returned
                    status.comment = review.comment.isEmpty ? nil : review.comment
                } else {
                    status.state = latestAccepted < deadline ? .onTime : .late
                }
            }
            return status
        }
        return PeriodBoard(period: period, deadline: deadline, locked: locked, departments: lines)
    }
}
