@testable import BaoCaoAssembly
import BaoCaoCore
import Foundation
import Testing

@Suite("Typed figures, shares and the reporting period")
struct FigureTests {
    @Test("task shares are rounded the way the seed does: whole numbers for the month, one decimal for five months")
    func seedRounding() {
        let month = TaskTally(assigned: 406, parts: [.completed: 296, .inProgress: 69, .overdue: 41])
        let whole = ShareRounding(precision: 0)
        #expect(month.shares(whole).mapValues(whole.text) == [.completed: "73%", .inProgress: "17%", .overdue: "10%"])
        let fiveMonths = TaskTally(assigned: 1185, parts: [.completed: 785, .inProgress: 83, .overdue: 317])
        let one = ShareRounding(precision: 1)
        #expect(fiveMonths.shares(one).mapValues(one.text) == [.completed: "66,2%", .inProgress: "7%", .overdue: "26,8%"])
    }

    @Test("half-up shares are the decimal quotient rounded: the same Decimals, ties away from zero")
    func halfUpSharesAreExact() {
        func reference(_ part: Int, _ whole: Int, _ precision: Int) -> Decimal {
            let scale = (0..<precision).reduce(Decimal(1)) { value, _ in value * 10 }
            var exact = Decimal(part) * 100 * scale / Decimal(whole)
            var rounded = Decimal()
            NSDecimalRound(&rounded, &exact, 0, .plain)
            return rounded / scale
        }
        for precision in 0...2 {
            let rounding = ShareRounding(precision: precision)
            for whole in 1...120 {
                let parts = Array(0...(whole + 2))
                let shares = rounding.shares(of: parts, in: whole)
                for (part, share) in zip(parts, shares) {
                    let expected = reference(part, whole, precision)
                    let same = withUnsafeBytes(of: share) { Array($0) } == withUnsafeBytes(of: expected) { Array($0) }
                    #expect(share == expected && same, "\(part)/\(whole) at \(precision) decimals")
                }
            }
        }
        #expect(ShareRounding(precision: 0).shares(of: [1, 3], in: 8) == [13, 38])
        #expect(ShareRounding(precision: 0).shares(of: [-1], in: 8) == [-13])
    }

    @Test("largest-remainder rounding always adds up to 100%")
    func largestRemainder() {
        let rounding = ShareRounding(precision: 0, method: .largestRemainder)
        let shares = rounding.shares(of: [1, 1, 1], in: 3)
        #expect(shares.reduce(0, +) == 100)
        #expect(ShareRounding(precision: 0).shares(of: [1, 1, 1], in: 3).reduce(0, +) == 99)
    }

    @Test("a ratio to the same period and growth are worded differently")
    func ratioVersusGrowth() {
        #expect(FigureText.phrase(kind: .ratioToSamePeriod, value: Decimal(string: "101.6")!, fractionDigits: 1, unit: nil) == "bằng 101,6% so với cùng kỳ")
        #expect(FigureText.phrase(kind: .growth, value: 42, fractionDigits: 0, unit: nil) == "tăng 42% so với cùng kỳ")
        #expect(FigureText.phrase(kind: .growth, value: -17, fractionDigits: 0, unit: nil) == "giảm 17% so với cùng kỳ")
        #expect(FigureText.phrase(kind: .percentOfPlan, value: Decimal(string: "60.6")!, fractionDigits: 1, unit: nil) == "đạt 60,6% KH")
        #expect(FigureText.phrase(kind: .monthOnMonth, value: Decimal(string: "107.5")!, fractionDigits: 1, unit: nil) == "bằng 107,5% so với tháng trước")
        #expect(FigureText.standard(kind: .amount, value: Decimal(string: "2344.844")!, fractionDigits: 3, unit: "tỷ đồng") == "2.344,844 tỷ đồng")
        #expect(FigureText.standard(kind: .count, value: 9, fractionDigits: 0, unit: nil) == "09")
    }

    @Test("a template sentence is filled from a tally, with Vietnamese filters")
    func templateFromTally() throws {
        let tally = Figure(id: "nv_thang", label: "Nhiệm vụ", kind: .tasks,
                           value: .tasks(TaskTally(assigned: 406, parts: [.completed: 296, .inProgress: 69, .overdue: 41])),
                           department: "vp", location: SourceLocation(file: "vp.csv", line: 8), sourceName: "vp.csv")
        let growth = Figure(id: "ban_le", label: "Bán lẻ", kind: .growth, value: .number(42, fractionDigits: 0),
                            department: "sct", location: SourceLocation(file: "sct.yaml"), sourceName: "sct.yaml")
        let outline = Outline(
            documentType: "BÁO CÁO", subject: "", signer: "", distribution: "", preamble: [], sections: [], closing: nil, annex: .init(title: "BIỂU THỐNG KÊ", sectors: []),
            rounding: ShareRounding(), figureRounding: ["vp.nv_thang": ShareRounding(precision: 0)], file: "outline.yaml")
        let period = ReportingPeriod(year: 2023, month: 5)
        let context = TemplateContext(period: period, cutoff: period.cutoff(startDay: 15), figures: [tally, growth], outline: outline)
        let renderer = NarrativeRenderer(context: context, registry: FormatRegistry(importers: [], exporters: []))
        let log = DiagnosticLog()
        let text = renderer.fill("có {{vp.nv_thang.completed}} nhiệm vụ đã hoàn thành ({{vp.nv_thang.completed_share}}); bán lẻ {{phrase(sct.ban_le)}} & {{plain(sct.ban_le)}}", at: SourceLocation(file: "t"), log: log)
        #expect(text == "có 296 nhiệm vụ đã hoàn thành (73%); bán lẻ tăng 42% so với cùng kỳ & 42")
        #expect(renderer.fill("{{vp.khong_co}}", at: SourceLocation(file: "outline.yaml", line: 3), log: log) == nil)
        #expect(renderer.fill("{{vp.nv_thang.xong}} {{snn.x}}", at: SourceLocation(file: "o"), log: DiagnosticLog()) == nil)
        #expect(context.explain("vp.nv_thang.xong").en == "'nv_thang' has no value 'xong'")
        #expect(context.explain("snn.x").en == "no department or period value 'snn' this period")
        #expect(log.errors.map { $0.text(in: .en) } == ["outline.yaml:3: error: unknown placeholder '{{vp.khong_co}}' (vp has sent no figure 'khong_co' this period)"])
    }

    @Test("a template is read once: text without a tag is its own result, a syntax error is reported at each use")
    func templateReadOnce() {
        let period = ReportingPeriod(year: 2023, month: 5)
        let outline = Outline(
            documentType: "BÁO CÁO", subject: "", signer: "", distribution: "", preamble: [], sections: [], closing: nil,
            annex: Outline.AnnexOutline(title: "BIỂU THỐNG KÊ", sectors: []),
            rounding: ShareRounding(), figureRounding: [:], file: "outline.yaml")
        let context = TemplateContext(period: period, cutoff: period.cutoff(startDay: 15), figures: [], outline: outline)
        let renderer = NarrativeRenderer(context: context, registry: FormatRegistry(importers: [], exporters: []))
        let plain = "Trong tháng, đơn vị đã tập trung chỉ đạo; {không phải chỗ điền} [^1]."
        #expect(renderer.fill(plain, at: SourceLocation(file: "t"), log: DiagnosticLog()) == plain)
        #expect(renderer.fill("tháng {{ky.thang}}", at: SourceLocation(file: "t"), log: DiagnosticLog()) == "tháng 5")
        #expect(renderer.departments(in: "{{vp.a}} và {{ky.nam}}, {{phrase(sct.b)}}") == ["vp", "sct"])
        let log = DiagnosticLog()
        for line in [3, 7] {
            #expect(renderer.fill("{{#ky.thang}}", at: SourceLocation(file: "outline.yaml", line: line), log: log) == nil)
        }
        #expect(log.errors.map { $0.location?.line } == [3, 7])
    }

    @Test("the Decree 09/2019 cut-off runs from the 15th of the previous month to the 14th")
    func cutoff() {
        let may = ReportingPeriod("2023-05")!
        #expect(may.cutoff(startDay: 15).start == DocumentDate(year: 2023, month: 4, day: 15))
        #expect(may.cutoff(startDay: 15).end == DocumentDate(year: 2023, month: 5, day: 14))
        let january = ReportingPeriod("2024-01")!
        #expect(january.cutoff(startDay: 15).start == DocumentDate(year: 2023, month: 12, day: 15))
        #expect(january.cutoff(startDay: 1).end == DocumentDate(year: 2024, month: 1, day: 31))
        #expect(ReportingPeriod("2023-13") == nil)
    }
}
