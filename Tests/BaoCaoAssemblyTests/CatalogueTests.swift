import BaoCaoAssembly
import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import Testing

@Suite("The indicator catalogue (Config/catalogue.yaml)")
struct CatalogueTests {
    @Test("the project's catalogue lists every figure of the sample month with its label and unit")
    func sampleCatalogue() throws {
        let assembly = try AssemblyFixture.projectAssembly()
        let config = TestPaths.packageRoot.appendingPathComponent("Config")
        let profile = try Profile.load(config.appendingPathComponent("profile.yaml"), file: "profile.yaml")
        let catalogue = try Catalogue.load(config.appendingPathComponent(Catalogue.fileName).path, profile: profile)
        #expect(!catalogue.isEmpty)
        for figure in assembly.figures {
            let entry = try #require(catalogue.entry(figure.department, figure.id), "\(figure.department).\(figure.id)")
            #expect(entry.label == figure.label)
            #expect(entry.kind == figure.kind)
            #expect(entry.unit == figure.unit)
        }
        #expect(catalogue.departments.values.reduce(0) { $0 + $1.count } == assembly.figures.count)
        #expect(catalogue.entry("snn", "lua_xuan_ck")?.indicator == "lua_xuan")
        #expect(assembly.messages(.error) == [])
    }

    @Test("a submission may leave out label, kind and unit: the catalogue supplies them")
    func catalogueSuppliesFields() throws {
        let fixture = try AssemblyFixture()
        try fixture.edit("snn.yaml", replacing: #"lua_han:        {label: "Diện tích lúa bị ảnh hưởng do hạn hán", indicator: lua_han, kind: amount, value: "284,73", unit: ha}"#,
                         with: #"lua_han: "284,73""#)
        let assembly = try fixture.assemble()
        #expect(assembly.messages(.error) == [])
        let figure = try #require(assembly.figures.first { $0.id == "lua_han" })
        #expect(figure.label == "Diện tích lúa bị ảnh hưởng do hạn hán")
        #expect(figure.kind == .amount)
        #expect(figure.unit == "ha")
        #expect(figure.number?.fractionDigits == 2)
    }

    @Test("a label or unit that differs from the catalogue is a warning naming both")
    func differsFromCatalogue() throws {
        let fixture = try AssemblyFixture()
        try fixture.edit("snn.yaml", replacing: #"value: "284,73", unit: ha}"#, with: #"value: "284,73", unit: "m2"}"#)
        let warnings = try fixture.assemble().messages(.warning)
        #expect(warnings.contains { $0.contains("snn.yaml:") && $0.contains("chỉ tiêu 'lua_han': đơn vị tính 'm2' khác với danh mục chỉ tiêu ('ha')") }, "\(warnings)")
    }

    @Test("a required figure that is missing is an error; an id the catalogue does not know is a warning")
    func requiredAndUnknown() throws {
        let fixture = try AssemblyFixture()
        try fixture.edit("snn.yaml", replacing: "  gung_ck:", with: "  gung_cx:")
        let assembly = try fixture.assemble()
        #expect(assembly.messages(.error).contains { $0.contains("snn.yaml: lỗi: thiếu chỉ tiêu bắt buộc 'gung_ck' (Gừng trâu trồng) của Sở Nông nghiệp và PTNT") },
                "\(assembly.messages(.error))")
        #expect(assembly.messages(.warning).contains { $0.contains("chỉ tiêu 'gung_cx' không có trong danh mục chỉ tiêu của Sở Nông nghiệp và PTNT") })
    }

    @Test("an optional figure may be left out (the report still needs it, but the catalogue does not)")
    func optionalFigure() throws {
        let fixture = try AssemblyFixture()
        let url = fixture.config.appendingPathComponent(Catalogue.fileName)
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "kind: same_period_ratio, indicator: gung}", with: "kind: same_period_ratio, indicator: gung, required: false}").utf8).write(to: url)
        try fixture.edit("snn.yaml", replacing: "  gung_ck:", with: "  # gung_ck:")
        #expect(try fixture.assemble().messages(.error).allSatisfy { !$0.contains("thiếu chỉ tiêu bắt buộc") })
    }
}
