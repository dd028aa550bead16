import BaoCaoAssembly
import BaoCaoCore
import Foundation
import Testing

@Suite("Measures of one indicator in the submissions")
struct IndicatorTests {
    private func indicators(_ assembly: Assembly) -> [StatisticalAnnex.Indicator] {
        assembly.report.statistics?.sectors.flatMap(\.indicators) ?? []
    }

    @Test("a Vietnamese CSV's 'mã chỉ tiêu' column joins its figures into one indicator")
    func csvIndicatorColumn() throws {
        let tourists = try #require(indicators(try AssemblyFixture.projectAssembly()).first { $0.label == "Tổng lượt khách du lịch 5 tháng" })
        #expect(tourists.values.map(\.measure) == [.percentOfPlan, .growth])
        #expect(tourists.values.map(\.source.line) == [5, 4])
    }

    @Test("figures without 'indicator' stay one indicator each, as before")
    func backwardCompatible() throws {
        let fixture = try AssemblyFixture()
        try fixture.edit("sct.yaml", replacing: "    indicator: gtsx\n", with: "")
        try fixture.edit("sct.yaml", replacing: "    cumulative: true\n", with: "")
        // Without the catalogue, which names the indicator for a submission that does not.
        try FileManager.default.removeItem(at: fixture.config.appendingPathComponent("catalogue.yaml"))
        let assembly = try fixture.assemble()
        #expect(assembly.log.errors.isEmpty)
        let production = indicators(assembly).filter { $0.label == "Giá trị sản xuất công nghiệp (giá hiện hành)" }
        #expect(production.count == 5)
        #expect(production.allSatisfy { $0.values.count == 1 })
    }

    @Test("a second figure for the same measure of an indicator is a warning; the first is kept")
    func repeatedMeasure() throws {
        let fixture = try AssemblyFixture()
        try fixture.edit("sct.yaml", replacing: "    cumulative: true\n", with: "")
        let assembly = try fixture.assemble()
        let warnings = assembly.log.warnings.map { $0.text(in: .en) }
        #expect(warnings.contains { $0.contains("sct.yaml:17:3: warning: figure 'gtsx_luy_ke' gives 'Thực hiện tháng' of indicator 'gtsx' again (already 'sct.gtsx_thang')") }, "\(warnings)")
        let production = try #require(indicators(assembly).first { $0.label == "Giá trị sản xuất công nghiệp (giá hiện hành)" })
        #expect(production.value(.value)?.text == "497,984")
    }

    @Test("'cumulative' must be a yes or no, named at its line")
    func badCumulative() throws {
        let fixture = try AssemblyFixture()
        try fixture.edit("sct.yaml", replacing: "    cumulative: true\n", with: "    cumulative: maybe\n")
        let errors = try fixture.assemble().log.errors.map { $0.text(in: .en) }
        #expect(errors.contains { $0.contains("sct.yaml:20:17: error: figure 'gtsx_luy_ke': cumulative must be true or false (có/không), not 'maybe'") }, "\(errors)")
    }
}
