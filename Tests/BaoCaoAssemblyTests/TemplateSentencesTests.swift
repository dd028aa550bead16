@testable import BaoCaoAssembly
import BaoCaoCore
import Foundation
import Testing

@Suite("Template sentences and the office's conditional text")
struct TemplateSentencesTests {
    @Test("a template is cut at sentence ends, never inside a tag or a section, and joins back to itself")
    func split() {
        let template = "Công nghiệp tăng. Giá trị ước đạt {{sct.gtsx_thang}}, {{phrase(sct.gtsx_thang_tt)}} (so với tháng trước). "
            + "3.1. Chương trình{{#snn}} có hai câu. Câu hai {{snn.lua_han}}.{{/snn}} xong! Diện tích (khoảng 5 ha...).\n\nĐoạn mới\n- mục một\n[^1]: chú thích"
        let sentences = TemplateSentences.split(template).map(String.init)
        #expect(sentences == [
            "Công nghiệp tăng. ",
            "Giá trị ước đạt {{sct.gtsx_thang}}, {{phrase(sct.gtsx_thang_tt)}} (so với tháng trước). ",
            "3.1. ",
            "Chương trình{{#snn}} có hai câu. Câu hai {{snn.lua_han}}.{{/snn}} xong! ",
            "Diện tích (khoảng 5 ha...).\n\n",
            "Đoạn mới\n",
            "- mục một\n",
            "[^1]: chú thích",
        ])
        #expect(sentences.joined() == template)
    }

    @Test("a section on a department or a figure prints its text only when it was sent; an inverted one only when it was not")
    func conditionalText() throws {
        let period = ReportingPeriod(year: 2023, month: 5)
        let outline = Outline(
            documentType: "BÁO CÁO", subject: "", signer: "", distribution: "", preamble: [], sections: [], closing: nil,
            annex: Outline.AnnexOutline(title: "BIỂU THỐNG KÊ", sectors: []), rounding: ShareRounding(), figureRounding: [:], file: "outline.yaml")
        let figure = Figure(id: "gtsx_thang", label: "Giá trị sản xuất", kind: .amount, value: .number(Decimal(string: "497.984")!, fractionDigits: 3),
                            unit: "tỷ đồng", department: "sct", location: SourceLocation(file: "sct.yaml"), sourceName: "sct.yaml")
        let context = TemplateContext(period: period, cutoff: period.cutoff(startDay: 15), figures: [figure], outline: outline,
                                      departments: ["sct", "snn", "sgddt"], sent: ["sct", "sgddt"])
        let renderer = NarrativeRenderer(context: context, registry: FormatRegistry(importers: [], exporters: []))
        let log = DiagnosticLog()
        let template = "{{#sct}}A.{{/sct}}{{^snn}} Sở NN chưa gửi.{{/snn}}{{#snn}} lúa {{snn.lua_han}}.{{/snn}}"
            + "{{#sct.gtsx_thang}} Đạt {{sct.gtsx_thang}}.{{/sct.gtsx_thang}}{{#sct.khong_co}} X.{{/sct.khong_co}}{{#sgddt}} GD đã gửi.{{/sgddt}}"
        #expect(renderer.fill(template, at: SourceLocation(file: "outline.yaml", line: 1), log: log)
            == "A. Sở NN chưa gửi. Đạt 497,984 tỷ đồng. GD đã gửi.")
        #expect(log.entries.isEmpty)
        #expect(renderer.fill("{{#sxyz}}A{{/sxyz}}", at: SourceLocation(file: "outline.yaml", line: 2), log: log) == nil)
        #expect(log.errors.map { $0.text(in: .en) }.first?.hasPrefix("outline.yaml:2: error: unknown placeholder '{{sxyz}}'") == true)
        #expect(renderer.printedPaths(in: template).isEmpty, "every value stands in a section testing it")
        // The example of docs/assembly.md, "Conditional text", with and without the Sở Công Thương.
        let example = "Công nghiệp tiếp tục phục hồi{{#sct.gtsx_thang}}, giá trị sản xuất công nghiệp tháng {{ky.thang}}/{{ky.nam}} ước đạt "
            + "{{sct.gtsx_thang}}{{/sct.gtsx_thang}}.{{^sct}} Số liệu công nghiệp sẽ được bổ sung khi Sở Công Thương gửi báo cáo.{{/sct}}"
        #expect(renderer.fill(example, at: SourceLocation(file: "outline.yaml"), log: DiagnosticLog())
            == "Công nghiệp tiếp tục phục hồi, giá trị sản xuất công nghiệp tháng 5/2023 ước đạt 497,984 tỷ đồng.")
        let late = TemplateContext(period: period, cutoff: period.cutoff(startDay: 15), figures: [], outline: outline, departments: ["sct"])
        #expect(NarrativeRenderer(context: late, registry: FormatRegistry(importers: [], exporters: []))
            .fill(example, at: SourceLocation(file: "outline.yaml"), log: DiagnosticLog())
            == "Công nghiệp tiếp tục phục hồi. Số liệu công nghiệp sẽ được bổ sung khi Sở Công Thương gửi báo cáo.")
        #expect(TemplateSentences.split(example).count == 1)
    }
}
