@testable import BaoCaoAssembly
import Testing

@Suite("A file name's departments, found by its words among the expected identifiers")
struct SubmissionFileNameTests {
    @Test func namesTheIdentifiersItHasAsWordsInProfileOrder() {
        let expected = ExpectedSubmissions(departments: ["snn", "SKHDT", "sct", "Đ1", "snn"])
        #expect(SubmissionFileName(name: "Bao cao thang 6 - SKHDT.docx").departments(among: expected) == ["SKHDT"])
        #expect(SubmissionFileName(name: "sct_skhdt.odt").departments(among: expected) == ["SKHDT", "sct"])
        #expect(SubmissionFileName(name: "báo cáo đ1.docx").departments(among: expected) == ["Đ1"])
        #expect(SubmissionFileName(name: "SNN-tinh-hinh.docx").departments(among: expected) == ["snn", "snn"])
        #expect(SubmissionFileName(name: "snnx.docx").departments(among: expected).isEmpty)
    }

    @Test func followsChangesToTheDepartments() {
        var expected = ExpectedSubmissions(departments: ["snn"])
        expected.departments = ["vp"]
        #expect(SubmissionFileName(name: "vp-quy-che.docx").departments(among: expected) == ["vp"])
        #expect(SubmissionFileName(name: "snn-quy-che.docx").departments(among: expected).isEmpty)
    }
}
