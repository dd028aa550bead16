import BaoCaoStore
import BaoCaoTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A browser's side of the pages: cookies kept between requests, forms posted with their CSRF token.
struct BrowserSession {
    var cookies: [String: String] = [:]

    var cookieHeader: HTTPFields {
        cookies.isEmpty ? [:] : [.cookie: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")]
    }

    mutating func keep(_ response: TestResponse) {
        for value in response.headers[values: .setCookie] {
            let pair = value.split(separator: ";")[0].split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2 { cookies[pair[0]] = pair[1].isEmpty ? nil : pair[1] }
        }
    }

    /// The value of the page's first hidden `csrf` field.
    static func csrf(in html: String) -> String? {
        guard let range = html.range(of: #"name="csrf" value=""#) else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }
}

extension TestClientProtocol {
    /// Signs in through the sign-in form; returns the session and the CSRF token of the next page.
    func signIn(_ login: String, _ fixture: IntakeFixture) async throws -> BrowserSession {
        var session = BrowserSession()
        let csrf = try await execute(uri: "/dang-nhap", method: .get) { response -> String in
            session.keep(response)
            return BrowserSession.csrf(in: String(buffer: response.body)) ?? ""
        }
        var headers = session.cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        let body = "csrf=\(csrf)&login=\(login)&password=\(fixture.passwords[login]!)"
        try await execute(uri: "/dang-nhap", method: .post, headers: headers, body: ByteBuffer(string: body)) { response in
            #expect(response.status == .seeOther)
            session.keep(response)
        }
        #expect(session.cookies["baocao_session"] != nil)
        return session
    }

    /// A page's HTML and status with the session's cookies.
    func page(_ uri: String, _ session: BrowserSession) async throws -> (HTTPResponse.Status, String) {
        try await execute(uri: uri, method: .get, headers: session.cookieHeader) { ($0.status, String(buffer: $0.body)) }
    }

    /// Posts the upload form of the department page.
    func postUpload(_ data: Data, name: String, csrf: String?, _ session: BrowserSession) async throws -> (HTTPResponse.Status, String) {
        let (body, contentType) = Multipart.body(file: data, name: name, fields: csrf.map { ["csrf": $0] } ?? [:])
        var headers = session.cookieHeader
        headers[.contentType] = contentType
        return try await execute(uri: "/don-vi/gui?ky=2023-05", method: .post, headers: headers, body: body) {
            ($0.status, String(buffer: $0.body))
        }
    }
}

@Suite("Intake pages")
struct PageRouteTests {
    @Test func pagesSendStrangersToTheSignInPage() async throws {
        let fixture = try IntakeFixture()
        try await fixture.test { client in
            for uri in ["/", "/don-vi", "/van-phong", "/van-phong/nhat-ky", "/van-phong/nhat-ky.csv", "/tep/1"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .seeOther, "\(uri)")
                    #expect(response.headers[.location] == "/dang-nhap")
                }
            }
            let (status, html) = try await client.page("/dang-nhap", BrowserSession())
            #expect(status == .ok)
            #expect(html.contains("<html lang=\"vi\">"))
            #expect(html.contains("Đăng nhập"))
        }
    }

    @Test func theSessionCookieIsHttpOnlyAndStrict() async throws {
        let fixture = try IntakeFixture()
        try await fixture.test { client in
            let csrf = try await client.execute(uri: "/dang-nhap", method: .get) { response -> (String, String) in
                (BrowserSession.csrf(in: String(buffer: response.body)) ?? "", response.headers[.setCookie] ?? "")
            }
            #expect(csrf.1.contains("HttpOnly"))
            #expect(csrf.1.contains("SameSite=Strict"))
            // Without the sign-in cookie the form's token is refused.
            try await client.execute(uri: "/dang-nhap", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "csrf=\(csrf.0)&login=snn&password=\(fixture.passwords["snn"]!)")) { response in
                #expect(response.status == .forbidden)
            }
            let session = try await client.signIn("snn", fixture)
            #expect(session.cookies["baocao_session"]?.isEmpty == false)
        }
    }

    @Test func aDepartmentUploadsAndSeesTheVietnameseDiagnosticOnItsPage() async throws {
        let fixture = try IntakeFixture()
        try await fixture.test { client in
            let session = try await client.signIn("snn", fixture)
            let (status, html) = try await client.page("/don-vi?ky=2023-05", session)
            #expect(status == .ok)
            #expect(html.contains("Sở Nông nghiệp"))
            #expect(html.contains("chưa gửi"))
            #expect(html.contains("14/05/2023"))
            let csrf = try #require(BrowserSession.csrf(in: html))

            let broken = Data("department: snn\nperiod: 2023-05\nfigures:\n  lua: {label: \"<b>Lúa</b>\", kind: amount, value: \"12,3,4\", unit: ha}\n".utf8)
            let (refused, page) = try await client.postUpload(broken, name: "snn.yaml", csrf: csrf, session)
            #expect(refused == .unprocessableContent)
            #expect(page.contains("Tệp có lỗi nên chưa được nhận"))
            #expect(page.contains("2023-05/snn.yaml, dòng 4: lỗi:"))
            #expect(!page.contains("<b>Lúa</b>"))

            let (accepted, done) = try await client.postUpload(try Data(contentsOf: IntakeFixture.samples.appendingPathComponent("snn.yaml")),
                                                               name: "snn.yaml", csrf: csrf, session)
            #expect(accepted == .ok)
            #expect(done.contains("Đã nhận tệp"))
            #expect(done.contains("đã gửi đúng hạn"))
        }
    }

    @Test func aFormWithoutItsCSRFTokenIsRefused() async throws {
        let fixture = try IntakeFixture()
        try await fixture.test { client in
            let department = try await client.signIn("snn", fixture)
            let (missing, _) = try await client.postUpload(Data("x".utf8), name: "snn.yaml", csrf: nil, department)
            #expect(missing == .forbidden)
            let (wrong, html) = try await client.postUpload(Data("x".utf8), name: "snn.yaml", csrf: "forged", department)
            #expect(wrong == .forbidden)
            #expect(html.contains("Biểu mẫu đã hết hạn"))

            let office = try await client.signIn("vanphong", fixture)
            for uri in ["/van-phong/khoa?ky=2023-05", "/van-phong/duyet?ky=2023-05", "/van-phong/tong-hop?ky=2023-05", "/dang-xuat"] {
                var headers = office.cookieHeader
                headers[.contentType] = "application/x-www-form-urlencoded"
                try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: "department=snn&decision=approved")) {
                    #expect($0.status == .forbidden, "\(uri)")
                }
            }
            #expect(try fixture.service.store.lockOf(period: "2023-05") == nil)
        }
    }

    @Test func aFormOverItsLimitGets413WithTheVietnameseMessage() async throws {
        let fixture = try IntakeFixture()
        try await fixture.test { client in
            let headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            let body = ByteBuffer(string: "login=snn&password=" + String(repeating: "a", count: 100 << 10))
            try await client.execute(uri: "/dang-nhap", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .contentTooLarge)
                #expect(String(buffer: response.body).contains("Nội dung biểu mẫu quá dài."))
            }
        }
    }

    @Test func aDepartmentCannotOpenTheOfficePagesOrAnotherDepartmentsFile() async throws {
        let fixture = try IntakeFixture()
        try await fixture.test { client in
            let snn = try await client.signIn("snn", fixture)
            let (_, html) = try await client.page("/don-vi?ky=2023-05", snn)
            _ = try await client.postUpload(try Data(contentsOf: IntakeFixture.samples.appendingPathComponent("snn.yaml")),
                                            name: "snn.yaml", csrf: BrowserSession.csrf(in: html), snn)
            let id = try #require(try fixture.service.store.submissions(period: "2023-05", department: "snn").first?.id)
            let sct = try await client.signIn("sct", fixture)
            for uri in ["/van-phong?ky=2023-05", "/van-phong/nhat-ky", "/van-phong/nhat-ky.csv", "/tep/\(id)"] {
                let (status, _) = try await client.page(uri, sct)
                #expect(status == .forbidden, "\(uri)")
            }
            let (own, _) = try await client.page("/tep/\(id)", snn)
            #expect(own == .ok)
        }
    }

    @Test func theOfficeBoardShowsStatesAndTakesDecisions() async throws {
        let fixture = try IntakeFixture()
        try await fixture.test { client in
            let snn = try await client.token("snn", fixture)
            _ = try await client.uploadSample("snn.yaml", headers: snn)
            let office = try await client.signIn("vanphong", fixture)
            let (status, html) = try await client.page("/van-phong?ky=2023-05", office)
            #expect(status == .ok)
            #expect(html.contains("đã gửi đúng hạn"))
            #expect(html.contains("11,1%"))
            let csrf = try #require(BrowserSession.csrf(in: html))
            var headers = office.cookieHeader
            headers[.contentType] = "application/x-www-form-urlencoded"
            try await client.execute(uri: "/van-phong/duyet?ky=2023-05", method: .post, headers: headers,
                                     body: ByteBuffer(string: "csrf=\(csrf)&department=snn&decision=returned&comment=B%E1%BB%95+sung+s%E1%BB%91+li%E1%BB%87u")) {
                #expect($0.status == .seeOther)
            }
            let (_, after) = try await client.page("/van-phong?ky=2023-05", office)
            #expect(after.contains("trả lại"))
            #expect(after.contains("Bổ sung số liệu"))
            let department = try await client.signIn("snn", fixture)
            let (_, own) = try await client.page("/don-vi?ky=2023-05", department)
            #expect(own.contains("Bổ sung số liệu"))
        }
    }
}
