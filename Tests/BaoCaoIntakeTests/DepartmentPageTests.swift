import BaoCaoCLI
import BaoCaoTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Intake: a department's form and section preview")
struct DepartmentPageTests {
    /// What `baocao <arguments> --config Config --inbox DATA/inbox --period 2023-05` writes into a new folder.
    private func commandLine(_ arguments: [String], _ fixture: IntakeFixture) throws -> URL {
        let out = try TestPaths.scratchDirectory()
        let inbox = fixture.data.appendingPathComponent("inbox").path
        let code = CommandLineTool.run(arguments.map { $0.replacingOccurrences(of: "OUT", with: out.path) }
                                       + ["--config", IntakeFixture.config, "--inbox", inbox, "--period", "2023-05", "--quiet"],
                                       errorOutput: { _ in })
        #expect(code == 0)
        return out
    }

    @Test func theFormAndTheSectionAreTheBytesOfTheCommandLineAndOnlyForTheirOwnDepartment() async throws {
        let fixture = try IntakeFixture()
        let (form, section) = try await fixture.test { client -> (Data, Data) in
            let snn = try await client.token("snn", fixture)
            _ = try await client.uploadSample("snn.yaml", headers: snn)
            let form = try await client.execute(uri: "/api/v1/periods/2023-05/departments/snn/form", method: .get, headers: snn) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                #expect(response.headers[.contentDisposition] == #"attachment; filename="snn-2023-05.xlsx""#)
                return Data(response.body.readableBytesView)
            }
            let section = try await client.execute(uri: "/api/v1/periods/2023-05/departments/snn/section?to=docx", method: .get, headers: snn) {
                #expect($0.status == .ok)
                return Data($0.body.readableBytesView)
            }
            let sct = try await client.token("sct", fixture)
            for uri in ["/api/v1/periods/2023-05/departments/snn/form", "/api/v1/periods/2023-05/departments/snn/section"] {
                try await client.execute(uri: uri, method: .get, headers: sct) { #expect($0.status == .forbidden, "\(uri)") }
            }
            let office = try await client.token("vanphong", fixture)
            try await client.execute(uri: "/api/v1/periods/2023-05/departments/snn/form", method: .get, headers: office) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/api/v1/periods/2023-05/departments/nobody/form", method: .get, headers: office) {
                #expect($0.status == .notFound)
            }
            try await client.execute(uri: "/api/v1/periods/2023-05/departments/snn/section?to=bogus", method: .get, headers: snn) {
                #expect($0.status == .badRequest)
            }
            return (form, section)
        }
        let formOut = try commandLine(["form", "--department", "snn", "-o", "OUT/snn-2023-05.xlsx"], fixture)
        #expect(form == (try Data(contentsOf: formOut.appendingPathComponent("snn-2023-05.xlsx"))))
        let sectionOut = try commandLine(["section", "--department", "snn", "--to", "docx", "--out", "OUT"], fixture)
        #expect(section == (try Data(contentsOf: sectionOut.appendingPathComponent("snn-2023-05.docx"))))
    }

    @Test func theDepartmentPageShowsItsSectionAndOffersTheDownloads() async throws {
        let fixture = try IntakeFixture()
        try await fixture.test { client in
            let session = try await client.signIn("snn", fixture)
            let (_, before) = try await client.page("/don-vi?ky=2023-05", session)
            #expect(before.contains("Sở Nông nghiệp và PTNT chưa gửi báo cáo."))
            #expect(before.contains(#"href="/don-vi/bieu-mau?ky=2023-05""#))
            #expect(before.contains(#"href="/don-vi/xem-truoc.docx?ky=2023-05""#))
            _ = try await client.postUpload(try Data(contentsOf: IntakeFixture.samples.appendingPathComponent("snn.yaml")), name: "snn.yaml",
                                            csrf: BrowserSession.csrf(in: before), session)
            // Another department's file changes nothing on snn's page: its preview uses snn's files alone.
            _ = try await client.uploadSample("sct.yaml", headers: try await client.token("sct", fixture))
            let (status, html) = try await client.page("/don-vi?ky=2023-05", session)
            #expect(status == .ok)
            #expect(html.contains("<h2>4. Kết quả thực hiện các nhiệm vụ phát triển kinh tế- xã hội</h2>"))
            #expect(html.contains("Lúa xuân gieo cấy được 98,3% KH"))
            #expect(html.contains("Sở Công Thương chưa gửi báo cáo."), "sct's figures are not shown to snn")
            #expect(!html.contains("sct.yaml"))

            for (uri, type) in [("/don-vi/bieu-mau?ky=2023-05", "spreadsheetml"), ("/don-vi/xem-truoc.docx?ky=2023-05", "wordprocessingml")] {
                try await client.execute(uri: uri, method: .get, headers: session.cookieHeader) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.headers[.contentType]?.contains(type) == true, "\(uri)")
                    #expect(Data(response.body.readableBytesView).starts(with: [0x50, 0x4B]), "\(uri)")
                }
            }
            let office = try await client.signIn("vanphong", fixture)
            for uri in ["/don-vi/bieu-mau?ky=2023-05", "/don-vi/xem-truoc.docx?ky=2023-05"] {
                #expect(try await client.page(uri, office).0 == .forbidden, "\(uri)")
            }
        }
    }

    @Test func markupInADepartmentsNarrativeIsNotRunOnItsPage() async throws {
        let fixture = try IntakeFixture()
        try await fixture.test { client in
            let session = try await client.signIn("vp", fixture)
            let (_, page) = try await client.page("/don-vi?ky=2023-05", session)
            let markdown = try String(contentsOf: IntakeFixture.samples.appendingPathComponent("vp-tinh-hinh-chung.md"), encoding: .utf8)
                + "\nXem <script>alert(1)</script> và [liên kết](javascript:alert(2)).\n"
            let (status, _) = try await client.postUpload(Data(markdown.utf8), name: "vp-tinh-hinh-chung.md", csrf: BrowserSession.csrf(in: page), session)
            #expect(status == .ok)
            let (_, html) = try await client.page("/don-vi?ky=2023-05", session)
            #expect(html.contains("alert(1)"), "the sentence reached the preview")
            #expect(!html.contains("<script>"))
            #expect(!html.contains("javascript:"))
        }
    }
}
