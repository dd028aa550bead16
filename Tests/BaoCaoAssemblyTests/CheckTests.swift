import BaoCaoAssembly
import BaoCaoCore
import Foundation
import Testing

@Suite("Cross-checks on a period's submissions")
struct CheckTests {
    @Test("a task count changed so the parts no longer add up is an error at that file and line")
    func partsDoNotAddUp() throws {
        let fixture = try AssemblyFixture()
        try fixture.edit("vp-theo-doi-nhiem-vu.csv", replacing: ";406;296;", with: ";406;295;")
        let errors = try fixture.assemble().messages(.error, in: .en)
        #expect(errors.contains { $0.contains("vp-theo-doi-nhiem-vu.csv:7: error: the parts of 'nv_thang' do not add up: 295 + 69 + 41 = 405") })
    }

    @Test("a stated share that does not match its counts is an error")
    func statedShareMismatch() throws {
        let fixture = try AssemblyFixture()
        try fixture.edit("vp-theo-doi-nhiem-vu.csv", replacing: ";66,2;7;26,8", with: ";62,2;7;26,8")
        let errors = try fixture.assemble().messages(.error, in: .en)
        #expect(errors.contains { $0.contains("vp-theo-doi-nhiem-vu.csv:8: error: the stated share 62,2% of 'nv_5thang' (completed) does not match its counts: 785/1185 = 66,24%") })
    }

    @Test("a missing department is a warning and the report says it has not reported")
    func missingDepartment() throws {
        let fixture = try AssemblyFixture()
        try FileManager.default.removeItem(at: fixture.sample("sgtvt.csv"))
        let assembly = try fixture.assemble()
        #expect(assembly.messages(.error, in: .en) == [])
        #expect(assembly.messages(.warning, in: .en).contains { $0.contains("Sở Giao thông vận tải (sgtvt) has sent no report for 2023-05") })
        #expect(assembly.report.allText.contains("Sở Giao thông vận tải chưa gửi báo cáo."))
    }

    @Test("a narrative a department did not send is a warning and a sentence in the report")
    func missingNarrative() throws {
        let fixture = try AssemblyFixture()
        try fixture.edit("skhdt.yaml", replacing: "  tong-quan: >-", with: "  tong-quan-khac: >-")
        let assembly = try fixture.assemble()
        #expect(assembly.messages(.warning, in: .en).contains { $0.contains("skhdt has sent no narrative 'tong-quan' for 2023-05") })
        #expect(assembly.report.allText.contains("Sở Kế hoạch và Đầu tư chưa gửi báo cáo phần này."))
    }

    @Test("an outline part fed by a department the profile does not know is an error")
    func outlineUnknownDepartment() throws {
        let fixture = try AssemblyFixture()
        let outline = fixture.config.appendingPathComponent("outline.yaml")
        let text = try String(contentsOf: outline, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "  - department: syt\n", with: "  - department: sxyz\n").utf8).write(to: outline)
        let errors = try fixture.assemble().messages(.error, in: .en)
        #expect(errors.contains { $0.contains("outline.yaml:95:13: error: the outline refers to unknown department(s) sxyz") }, "\(errors)")
    }

    @Test("a submission for another period is an error and is left out")
    func wrongPeriod() throws {
        let fixture = try AssemblyFixture()
        try fixture.edit("sgddt.yaml", replacing: "period: 2023-05", with: "period: 2023-04")
        let assembly = try fixture.assemble()
        #expect(assembly.messages(.error, in: .en).contains { $0.contains("sgddt.yaml:3:9: error: this submission is for 2023-04, not for 2023-05") })
        #expect(assembly.report.allText.contains("Sở Giáo dục và Đào tạo chưa gửi báo cáo."))
    }

    @Test("a figure sent twice is an error naming both places")
    func duplicateFigure() throws {
        let fixture = try AssemblyFixture()
        try fixture.write("sldtbxh-bo-sung.yaml", """
            department: sldtbxh
            period: 2023-05
            figures:
              viec_lam_quy_kh: {label: Việc làm, kind: plan, value: "250,6"}
            """)
        let errors = try fixture.assemble().messages(.error, in: .en)
        #expect(errors.contains { $0.contains("sldtbxh.yaml:6:3: error: figure 'viec_lam_quy_kh' of sldtbxh is sent twice (first at ") && $0.hasSuffix("sldtbxh-bo-sung.yaml:4:3)") })
    }

    @Test("an unknown department is an error")
    func unknownDepartment() throws {
        let fixture = try AssemblyFixture()
        try fixture.write("stnmt.yaml", "department: stnmt\nperiod: 2023-05\n")
        let errors = try fixture.assemble().messages(.error, in: .en)
        #expect(errors.contains { $0.contains("stnmt.yaml:1:13: error: unknown department 'stnmt'") })
    }

    @Test("a unit changed from the previous month is a warning")
    func unitChanged() throws {
        let fixture = try AssemblyFixture()
        try fixture.edit("snn.yaml", replacing: #"value: "284,73", unit: ha"#, with: #"value: "2.847.300", unit: m2"#)
        let warnings = try fixture.assemble().messages(.warning, in: .en)
        #expect(warnings.contains { $0.contains("snn.yaml:19:3: warning: the unit of 'lua_han' changed from 'ha' last month") })
    }

    @Test("without last month's folder a note says the unit check was skipped")
    func noPreviousMonth() throws {
        let fixture = try AssemblyFixture()
        let april = fixture.sample("", period: "2023-04")
        try FileManager.default.removeItem(at: april)
        let notes = try fixture.assemble().log.notes.map { $0.text(in: .vi) }
        #expect(notes == [
            "\(april.path.hasSuffix("/") ? String(april.path.dropLast()) : april.path): ghi chú: không có báo cáo kỳ trước (2023-04): bỏ qua việc so sánh đơn vị tính với tháng trước"
        ], "\(notes)")
    }

    @Test("an amount written like an English decimal ('497.984') is read as thousands, with a warning")
    func amountWithThousandsDot() throws {
        let fixture = try AssemblyFixture()
        try fixture.edit("sct.yaml", replacing: "value: 497,984", with: "value: 497.984")
        let assembly = try fixture.assemble()
        #expect(assembly.messages(.warning, in: .en).contains {
            $0.contains("sct.yaml:10:12: warning: figure 'gtsx_thang': '497.984' is read as 497984 (the dot groups thousands); if a decimal was meant, write 497,984")
        })
        #expect(try AssemblyFixture().assemble().messages(.warning, in: .en).isEmpty)
    }

    @Test("numbers in an ambiguous format are errors", arguments: [
        ("sct.yaml", "value: 497,984", "value: 497.98", "sct.yaml:10:12: error: number '497.98' is in an ambiguous format"),
        ("sgtvt.csv", "\"41,68\"", "1.234", "sgtvt.csv:4: error: number '1.234' is in an ambiguous format"),
        ("sgtvt.csv", "\"206,1\"", "\"1,234\"", "sgtvt.csv:5: error: number '1,234' is in an ambiguous format"),
    ])
    func ambiguousNumbers(file: String, old: String, new: String, expected: String) throws {
        let fixture = try AssemblyFixture()
        try fixture.edit(file, replacing: old, with: new)
        let errors = try fixture.assemble().messages(.error, in: .en)
        #expect(errors.contains { $0.contains(expected) }, "\(errors)")
    }
}

@Suite("Parts of a total and single task counts")
struct PartsTests {
    @Test("parts that add up to more than their total are an error at the total")
    func partsExceedTotal() throws {
        let fixture = try AssemblyFixture()
        try fixture.edit("vp-van-ban.yaml", replacing: "value: 821", with: "value: 421")
        let errors = try fixture.assemble().log.errors.map { $0.text(in: .en) }
        #expect(errors.contains { $0.hasSuffix("vp-van-ban.yaml:16:3: error: the parts of 'van_ban_di' add up to more than it: quyet_dinh + cong_van = 488 > 421") })
    }

    /// Every task count of the task-tracking export: (line, old row text, new row text).
    static let taskCountEdits: [(String, String)] = [
        (";81;22;18;32;09;", ";81;22;18;32;08;"), (";81;22;18;32;09;", ";80;22;18;32;09;"),
        (";81;22;18;32;09;", ";81;23;18;32;09;"), (";81;22;18;32;09;", ";81;22;17;32;09;"),
        (";81;22;18;32;09;", ";81;22;18;31;09;"), (";92;18;;74;", ";92;19;;74;"), (";92;18;;74;", ";91;18;;74;"),
        (";92;18;;74;", ";92;18;;75;"), (";406;296;;69;41;", ";407;296;;69;41;"), (";406;296;;69;41;", ";406;296;;70;41;"),
        (";406;296;;69;41;", ";406;296;;69;42;"), (";1.185;785;;83;317;", ";1.186;785;;83;317;"),
        (";1.185;785;;83;317;", ";1.185;784;;83;317;"), (";1.185;785;;83;317;", ";1.185;785;;84;317;"),
        (";1.185;785;;83;317;", ";1.185;785;;83;316;"),
    ]

    @Test("changing any single task count of the sample makes validation fail, naming the file", arguments: taskCountEdits)
    func anySingleTaskCount(old: String, new: String) throws {
        let fixture = try AssemblyFixture()
        try fixture.edit("vp-theo-doi-nhiem-vu.csv", replacing: old, with: new)
        let errors = try fixture.assemble().log.errors.map { $0.text(in: .en) }
        #expect(!errors.isEmpty)
        #expect(errors.allSatisfy { $0.hasPrefix(fixture.sample("vp-theo-doi-nhiem-vu.csv").path + ":") }, "\(errors)")
    }
}

@Suite("Unreadable submissions")
struct UnreadableSubmissionTests {
    @Test("broken files are errors naming file and line, and the others are still checked", arguments: [
        ("sgddt.yaml", "department: sgddt\nperiod: 2023-05\nfigures:\n  x: [1, 2\n", "sgddt.yaml:5:1: error: not valid YAML"),
        ("sgddt.yaml", "period: 2023-05\n", "sgddt.yaml:1:1: error: missing 'department'"),
        ("vp-tinh-hinh-chung.md", "Tháng 5 …\n", "vp-tinh-hinh-chung.md:1: error: a Markdown submission starts with a front matter"),
        ("sgtvt.csv", "id,label,kind,value\n", "sgtvt.csv:1: error: missing the row 'department;<id>' before the table"),
        ("sldtbxh.yaml", "department: sldtbxh\nperiod: 2023-05\nfigures:\n  viec_lam_quy_kh: {kind: plan}\n", "sldtbxh.yaml:4:3: error: figure 'viec_lam_quy_kh' has no value"),
    ])
    func brokenFile(name: String, content: String, expected: String) throws {
        let fixture = try AssemblyFixture()
        try fixture.write(name, content)
        let errors = try fixture.assemble().log.errors.map { $0.text(in: .en) }
        #expect(errors.contains { $0.contains(expected) }, "\(errors)")
    }

    @Test("a file that is not UTF-8 is an error with its line")
    func notUTF8() throws {
        let fixture = try AssemblyFixture()
        try Data([0x64, 0x65, 0x70, 0x0A, 0xC3, 0x28]).write(to: fixture.sample("syt.yaml"))
        let errors = try fixture.assemble().log.errors.map { $0.text(in: .en) }
        #expect(errors.contains { $0.contains("syt.yaml:2: error: cannot decode the text") }, "\(errors)")
    }
}

@Suite("A department's preview")
struct PreviewTests {
    @Test("uses every department's figures but reports only the problems of its own files")
    func previewScope() throws {
        let fixture = try AssemblyFixture()
        try fixture.edit("sct.yaml", replacing: "value: 497,984", with: "value: 497.98")
        let vp = try fixture.assemble(department: "vp")
        #expect(vp.log.entries.map { $0.text(in: .en) } == [])
        #expect(!vp.report.allText.contains("chưa gửi báo cáo"))
        #expect(vp.report.allText.contains("ghi nhận, phát hiện 98.842 trường hợp dương tính"))
        #expect(!vp.report.allText.contains("Lúa xuân"))
        let sct = try fixture.assemble(department: "sct")
        #expect(!sct.log.errors.isEmpty)
        #expect(sct.log.entries.allSatisfy { $0.location?.file.hasSuffix("sct.yaml") == true || $0.location?.file.hasSuffix("outline.yaml") == true })
    }
}
