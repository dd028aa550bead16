import BaoCaoCore
import Foundation

/// The cross-checks run on a period's submissions before they become a report.
///
/// Each finding goes to the log as `file:line: error|warning: message`. Submissions from unknown
/// departments or for another period are reported and left out of the report.
enum SubmissionChecks {
    /// Keeps the submissions that belong to `period` and to a known department, reporting the others.
    static func accepted(_ submissions: [Submission], profile: Profile, period: ReportingPeriod, log: DiagnosticLog) -> [Submission] {
        submissions.filter { submission in
            guard profile.department(submission.department) != nil else {
                log.error(.unknownDepartment(submission.department, known: profile.departments.map(\.id)),
                          at: submission.departmentLocation)
                return false
            }
            guard submission.period == period else {
                log.error(.otherPeriod("\(submission.period)", period: "\(period)"),
                          at: submission.periodLocation)
                return false
            }
            return true
        }
    }

    /// Reports figures and narrative keys a department sent twice (in one file or in two).
    static func duplicates(_ submissions: [Submission], log: DiagnosticLog) {
        var figures: [String: SourceLocation] = [:]
        var narratives: [String: SourceLocation] = [:]
        for submission in submissions {
            for figure in submission.figures {
                let key = "\(figure.department).\(figure.id)"
                if let first = figures[key] {
                    log.error(.figureSentTwice(figure.id, department: figure.department, first: "\(first)"), at: figure.location)
                } else {
                    figures[key] = figure.location
                }
            }
            for narrative in submission.narratives {
                let key = "\(submission.department).\(narrative.key)"
                if let first = narratives[key] {
                    log.error(.narrativeSentTwice(narrative.key, department: submission.department, first: "\(first)"), at: narrative.location)
                } else {
                    narratives[key] = narrative.location
                }
            }
        }
    }

    /// Reports tallies whose parts do not add up to the tasks assigned, and stated shares that do not
    /// match their counts.
    static func tallies(_ figures: [Figure], log: DiagnosticLog) {
        for figure in figures {
            guard let tally = figure.tally else { continue }
            if tally.partsTotal != tally.assigned {
                let sum = tally.orderedParts.map { VietnameseFormat.number(Decimal($0.count)) }.joined(separator: " + ")
                log.error(.tallyDoesNotAddUp(figure.id, sum: "\(sum) = \(VietnameseFormat.number(Decimal(tally.partsTotal)))", assigned: VietnameseFormat.number(Decimal(tally.assigned))),
                          at: figure.location)
            }
            for stated in figure.statedShares {
                guard let count = tally.parts[stated.part] else {
                    log.error(.shareWithoutCount(stated.part.rawValue), at: stated.location)
                    continue
                }
                guard tally.assigned > 0 else { continue }
                let exact = Decimal(count) * 100 / Decimal(tally.assigned)
                let tolerance = Decimal(sign: .plus, exponent: -(stated.fractionDigits + 1), significand: 5) + Decimal(string: "0.000001")!
                if abs(exact - stated.value) > tolerance {
                    let digits = stated.fractionDigits + 1
                    var input = exact
                    var rounded = Decimal()
                    NSDecimalRound(&rounded, &input, digits, .plain)
                    let computed = VietnameseFormat.number(rounded, fractionDigits: digits)
                    log.error(
                        .shareMismatch(
                            figure.id, part: stated.part.rawValue, stated: VietnameseFormat.number(stated.value, fractionDigits: stated.fractionDigits),
                            count: count, assigned: tally.assigned, computed: computed),
                              at: stated.location)
                }
            }
        }
    }

    /// Reports parts (`part_of`) that name no figure, differ in kind or unit from their total, or add
    /// up to more than it.
    static func parts(_ figures: [Figure], log: DiagnosticLog) {
        var byKey: [String: Figure] = [:]
        for figure in figures { byKey["\(figure.department).\(figure.id)"] = figure }
        var sums: [String: (total: Decimal, parts: [Figure])] = [:]
        for figure in figures {
            guard let totalID = figure.partOf else { continue }
            let key = "\(figure.department).\(totalID)"
            guard let total = byKey[key], let value = figure.number?.value, total.number != nil else {
                log.error(.partOfMissingTotal(figure.id, total: totalID, department: figure.department), at: figure.location)
                continue
            }
            guard total.kind == figure.kind, total.unit == figure.unit else {
                log.error(.partKindDiffers(figure.id, total: totalID), at: figure.location)
                continue
            }
            sums[key, default: (0, [])].total += value
            sums[key, default: (0, [])].parts.append(figure)
        }
        for (key, entry) in sums.sorted(by: { $0.key < $1.key }) {
            guard let total = byKey[key], let limit = total.number?.value, entry.total > limit else { continue }
            let names = entry.parts.map(\.id).joined(separator: " + ")
            log.error(.partsExceedTotal(total.id, sum: "\(names) = \(VietnameseFormat.trimmedNumber(entry.total, maximumFractionDigits: 3))", total: VietnameseFormat.trimmedNumber(limit, maximumFractionDigits: 3)),
                      at: total.location)
        }
    }

    /// Warns about amounts whose unit differs from the same figure last month.
    static func units(_ figures: [Figure], previous: [Figure], log: DiagnosticLog) {
        var before: [String: Figure] = [:]
        for figure in previous { before["\(figure.department).\(figure.id)"] = figure }
        for figure in figures {
            guard let unit = figure.unit, let old = before["\(figure.department).\(figure.id)"], let oldUnit = old.unit,
                oldUnit != unit
            else { continue }
            log.warning(.unitChanged(figure.id, from: oldUnit, at: "\(old.location)", to: unit),
                        at: figure.location)
        }
    }
}
