import BaoCaoCore

/// One check that `assemble`, `section` and `validate` run on a period's submissions, as a value:
/// ``all`` is the list they run, in order, and `validate --help` lists their summaries. A new
/// check is one more value there (its logic in ``SubmissionChecks``).
public struct SubmissionCheck: Sendable {
    /// What the check finds, in a few words, for `baocao validate --help`.
    public let summary: String
    /// False for a check that needs all of a department's files (a figure required of the
    /// department may be in another file): the intake's check of one upload skips it.
    public var onOneFile = true
    /// Reports what it finds in the log; a check may leave submissions out of the input.
    let run: @Sendable (inout CheckInput, DiagnosticLog) -> Void

    /// Every check, in the order they run.
    public static let all: [SubmissionCheck] = [
        SubmissionCheck(summary: "submissions from unknown departments or for another period (left out)") { input, log in
            input.submissions = SubmissionChecks.accepted(input.submissions, profile: input.profile, period: input.period, log: log)
        },
        SubmissionCheck(summary: "figures and narratives a department sent twice") { input, log in
            SubmissionChecks.duplicates(input.submissions, log: log)
        },
        SubmissionCheck(summary: "figures the catalogue does not know (warning), required figures missing, optional ones left blank (note)",
                        onOneFile: false) { input, log in
            CatalogueChecks.check(input.submissions, catalogue: input.catalogue, profile: input.profile, log: log)
        },
        SubmissionCheck(summary: "task counts whose parts do not add up, stated percentages that do not match their counts") { input, log in
            SubmissionChecks.tallies(input.figures, log: log)
        },
        SubmissionCheck(summary: "parts (part_of) naming no total, differing from it in kind or unit, or adding up to more") { input, log in
            SubmissionChecks.parts(input.figures, log: log)
        },
        SubmissionCheck(summary: "units changed since last month (warning)") { input, log in
            guard let previous = input.previousFigures else { return }
            SubmissionChecks.units(input.figures, previous: previous, log: log)
        },
    ]
}

/// What the checks look at: one period's submissions and the figures they carry.
struct CheckInput {
    /// The submissions still in the report.
    var submissions: [Submission]
    /// The departments and their order.
    var profile: Profile
    /// What each department owes.
    var catalogue: Catalogue
    /// The period assembled.
    var period: ReportingPeriod
    /// Last period's figures, `nil` when there is no folder for it.
    var previousFigures: [Figure]?

    /// The figures of ``submissions`` in the profile's department order, then file order; a
    /// repeated figure keeps its first copy.
    var figures: [Figure] {
        var seen: Set<String> = []
        let unique = submissions.flatMap(\.figures).filter { seen.insert("\($0.department).\($0.id)").inserted }
        let rank = Dictionary(uniqueKeysWithValues: profile.departments.map(\.id).enumerated().map { ($1, $0) })
        // Each figure's department rank looked up once, not twice a comparison.
        let keys = unique.enumerated().map { (rank: rank[$0.element.department] ?? .max, offset: $0.offset) }
        return keys.sorted { ($0.rank, $0.offset) < ($1.rank, $1.offset) }.map { unique[$0.offset] }
    }

    /// Runs every check of ``SubmissionCheck/all`` in order (only those for one file when `oneFile`).
    mutating func check(log: DiagnosticLog, oneFile: Bool = false) {
        for check in SubmissionCheck.all where check.onOneFile || !oneFile { check.run(&self, log) }
    }
}
