import BaoCaoAssembly
import BaoCaoCore
import BaoCaoFormats
import Foundation
import Testing

/// Submissions one byte away from what Windows users save, and hostile ones found by fuzzing:
/// each is read, or refused with a message naming the file and the line.
@Suite("Submissions with Windows line ends, broken quotes and alias bombs")
struct HostileSubmissionTests {
    private let period = ReportingPeriod(year: 2023, month: 5)

    private func read(_ text: String, name: String, log: DiagnosticLog = DiagnosticLog()) throws -> Submission? {
        try Inbox.submission(Data(text.utf8), name: name, path: name, period: period, registry: .builtIn,
                             expected: ExpectedSubmissions(departments: ["snn", "sgtvt", "vp"]), log: log)
    }

    private func refusal(_ text: String, name: String) -> BaoCaoError? {
        do {
            _ = try read(text, name: name)
            return nil
        } catch {
            return error as? BaoCaoError
        }
    }

    private let markdown = "---\ndepartment: vp\nperiod: 2023-05\nkey: tinh-hinh-chung\n---\nTháng 5 …\n"

    @Test(arguments: ["\r\n", "\r"])
    func markdownWithWindowsOrOldMacLineEndsIsRead(lineEnd: String) throws {
        let submission = try #require(try read(markdown.replacingOccurrences(of: "\n", with: lineEnd), name: "vp-tinh-hinh-chung.md"))
        #expect(submission.department == "vp")
        #expect(submission.narratives.map(\.text) == ["Tháng 5 …\n"])
        #expect(submission.narratives.first?.location.line == 6)
    }

    @Test(arguments: ["\r\n", "\r"])
    func yamlAndCSVWithWindowsLineEndsAreRead(lineEnd: String) throws {
        let yaml = "department: snn\nperiod: 2023-05\nfigures:\n  lua: {label: \"Lúa\", kind: plan, value: \"98,3\"}\n"
        #expect(try read(yaml.replacingOccurrences(of: "\n", with: lineEnd), name: "snn.yaml")?.figures.count == 1)
        let csv = "department;sgtvt\nperiod;2023-05\nid;label;kind;value\nxe;Số xe;count;12\n"
        #expect(try read(csv.replacingOccurrences(of: "\n", with: lineEnd), name: "sgtvt.csv")?.figures.count == 1)
    }

    @Test func csvLineNumbersArePhysicalLinesAfterAMultiLineCell() throws {
        let csv = "department;sgtvt\nperiod;2023-05\nid;label;kind;value\nxe;\"Số xe\nhai dòng\";count;12\nkhach;Số khách;count\n"
        let log = DiagnosticLog()
        _ = try read(csv, name: "sgtvt.csv", log: log)
        // The row without a value starts on line 6, not on the fifth record.
        #expect(log.errors.map(\.description).contains { $0.hasPrefix("sgtvt.csv:6: lỗi:") }, "\(log.errors)")
    }

    @Test func anUnclosedQuoteIsNamedWhereItOpened() {
        let csv = "department;sgtvt\nperiod;2023-05\nid;label;kind;value\nxe;\"Số xe;count;12\nkhach;Số khách;count;3\n"
        let error = refusal(csv, name: "sgtvt.csv")
        #expect(error?.location?.line == 4)
        #expect(error?.message.vi.contains("ngoặc kép") == true)
    }

    @Test func aBillionLaughsIsRefusedQuickly() {
        var yaml = "department: snn\nperiod: 2023-05\na: &a [x, x, x, x, x, x, x, x, x]\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
            previous = name
        }
        // As a mapping key, the alias would be hashed whole inside Yams.
        let asKey = yaml + "? *i\n: 1\n"
        let start = Date()
        for text in [yaml, asKey] {
            #expect(refusal(text, name: "snn.yaml")?.message.vi.contains("bí danh") == true)
            #expect(refusal("---\n" + text + "key: x\n---\nx\n", name: "vp-x.md")?.message.vi.contains("bí danh") == true)
        }
        #expect(Date().timeIntervalSince(start) < 3)
    }
}
