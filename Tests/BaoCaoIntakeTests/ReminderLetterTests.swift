import BaoCaoStore
import BaoCaoTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Intake: the reminder letter (công văn đôn đốc)")
struct ReminderLetterTests {
    /// snn sends a good file, sct a file with errors, syt is returned; the others send nothing.
    private func month(_ client: any TestClientProtocol, _ fixture: IntakeFixture) async throws -> HTTPFields {
        _ = try await client.uploadSample("snn.yaml", headers: try await client.token("snn", fixture))
        let broken = Data("department: sct\nperiod: 2023-05\nfigures:\n  x: {label: X, kind: count, value: \"1,2,3\"}\n".utf8)
        _ = try await client.upload(broken, name: "sct.yaml", headers: try await client.token("sct", fixture))
        _ = try await client.uploadSample("syt.yaml", headers: try await client.token("syt", fixture))
        var office = try await client.token("vanphong", fixture)
        office[.contentType] = "application/json"
        try await client.execute(uri: "/api/v1/periods/2023-05/departments/syt/review", method: .post, headers: office,
                                 body: ByteBuffer(string: #"{"decision":"returned","comment":"Thiếu số liệu tháng"}"#)) {
            #expect($0.status == .noContent)
        }
        return office
    }

    /// The plain text pandoc reads from a DOCX.
    private func text(_ docx: Data) throws -> String {
        let file = try TestPaths.scratchDirectory().appendingPathComponent("cong-van.docx")
        try docx.write(to: file)
        let result = try ExternalTool.run("pandoc", ["-f", "docx", "-t", "plain", "--wrap=none", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test(.tags(.external)) func theOfficeGetsADecree30LetterToTheLateDepartments() async throws {
        let fixture = try IntakeFixture()
        fixture.clock.now = TestClock.may2023(day: 16, hour: 9)
        let docx = try await fixture.test { client -> Data in
            let office = try await month(client, fixture)
            try await client.execute(uri: "/api/v1/periods/2023-05/reminder", method: .post, headers: try await client.token("snn", fixture)) {
                #expect($0.status == .forbidden)
            }
            return try await client.execute(uri: "/api/v1/periods/2023-05/reminder", method: .post, headers: office) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentDisposition] == #"attachment; filename="cong-van-don-doc-2023-05.docx""#)
                return Data(response.body.readableBytesView)
            }
        }
        let letter = try text(docx)
        for expected in ["UBND TỈNH CAO BẰNG", "VĂN PHÒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "/VP-TH",
                         "Cao Bằng, ngày 16 tháng 5 năm 2023", "V/v đôn đốc gửi báo cáo tháng 5 năm 2023",
                         "Kính gửi: - Văn phòng Ủy ban nhân dân tỉnh;", "- Sở Công Thương;", "- Sở Y tế;",
                         "Nghị định số 09/2019/NĐ-CP", "từ ngày 15/4/2023 đến hết ngày 14/5/2023",
                         "Đến 9 giờ 00 ngày 16/5/2023",
                         "Sở Công Thương: báo cáo đã gửi còn lỗi, chưa được tiếp nhận.",
                         "Sở Y tế: báo cáo bị trả lại để hoàn thiện (Thiếu số liệu tháng).",
                         "Sở Giáo dục và Đào tạo: chưa gửi báo cáo.",
                         "Nơi nhận:", "- Như trên;", "- Lưu: VT, TH.", "CHÁNH VĂN PHÒNG", "Trịnh Sỹ Tài"] {
            #expect(letter.contains(expected), "\(expected)\n\(letter)")
        }
        #expect(!letter.contains("Sở Nông nghiệp và Phát triển nông thôn"), "snn has sent: it is not reminded")
        #expect(!letter.contains("BÁO CÁO"), "a công văn has no type name")

        // LibreOffice opens it as a Word document and prints it.
        let docxFile = try TestPaths.scratchDirectory().appendingPathComponent("cong-van-don-doc-2023-05.docx")
        try docx.write(to: docxFile)
        let pdf = try LibreOffice.convert(docxFile, to: "pdf")
        let printed = try ExternalTool.run("pdftotext", ["-layout", pdf.path, "-"])
        #expect(printed.stdout.contains("Kính gửi"))
        #expect(printed.stdout.contains("V/v đôn đốc gửi báo cáo tháng 5"), "under the number, wrapped in its column")
        #expect(printed.stdout.contains("Trịnh Sỹ Tài"))

        let entry = try #require(try fixture.service.store.auditLog(period: "2023-05").last)
        #expect(entry.action == .reminder)
        #expect(entry.detail == "vp,skhdt,sct,svhttdl,sgtvt,syt,sgddt,sldtbxh")
    }

    @Test(.tags(.external)) func theCommandLineWritesTheSameLetterFromTheDatabase() async throws {
        let fixture = try IntakeFixture()
        _ = try await fixture.test { client in try await month(client, fixture) }
        let out = try TestPaths.scratchDirectory().appendingPathComponent("don-doc.docx")
        let printed = try ServerProcess.run(["remind", "--data", fixture.data.path, "--config", IntakeFixture.config,
                                             "--period", "2023-05", "-o", out.path])
        #expect(printed.contains("sct"))
        let letter = try text(try Data(contentsOf: out))
        #expect(letter.contains("V/v đôn đốc gửi báo cáo tháng 5 năm 2023"))
        #expect(letter.contains("- Sở Y tế;"))
        #expect(try fixture.service.store.auditLog(period: "2023-05").last?.login == "cli")
    }

    @Test func theBoardOffersTheLetterWithItsAddressees() async throws {
        let fixture = try IntakeFixture()
        try await fixture.test { client in
            _ = try await month(client, fixture)
            let office = try await client.signIn("vanphong", fixture)
            let (_, html) = try await client.page("/van-phong?ky=2023-05", office)
            #expect(html.contains(#"action="/van-phong/don-doc?ky=2023-05""#))
            #expect(html.contains("Sở Công Thương; Sở Văn hóa"))
            var headers = office.cookieHeader
            headers[.contentType] = "application/x-www-form-urlencoded"
            try await client.execute(uri: "/van-phong/don-doc?ky=2023-05", method: .post, headers: headers, body: ByteBuffer(string: "")) {
                #expect($0.status == .forbidden, "without its CSRF token")
            }
            try await client.execute(uri: "/van-phong/don-doc?ky=2023-05", method: .post, headers: headers,
                                     body: ByteBuffer(string: "csrf=\(BrowserSession.csrf(in: html) ?? "")")) { response in
                #expect(response.status == .ok)
                #expect(Data(response.body.readableBytesView).starts(with: [0x50, 0x4B]))
            }
        }
    }
}
