import BaoCaoStore
import BaoCaoTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Intake forced password change")
struct PasswordChangeTests {
    /// Gives `login` a password the command line issued again (`users reset`), which must be changed.
    private func reset(_ login: String, _ fixture: IntakeFixture) throws -> String {
        try fixture.service.store.resetPassword(login: login, cost: 4).password
    }

    @Test func anIssuedPasswordOpensOnlyThePasswordPageUntilItIsChanged() async throws {
        let fixture = try IntakeFixture()
        let issued = try reset("snn", fixture)
        let passwords = fixture.passwords.merging(["snn": issued]) { $1 }
        try await fixture.test { client in
            var session = try await client.signIn("snn", IntakeFixture.with(passwords, fixture))
            for uri in ["/", "/don-vi?ky=2023-05", "/van-phong", "/tep/1"] {
                try await client.execute(uri: uri, method: .get, headers: session.cookieHeader) { response in
                    #expect(response.status == .seeOther, "\(uri)")
                    #expect(response.headers[.location] == "/doi-mat-khau", "\(uri)")
                }
            }
            let (status, html) = try await client.page("/doi-mat-khau", session)
            #expect(status == .ok)
            #expect(html.contains("Mật khẩu này do Văn phòng cấp"))
            let csrf = try #require(BrowserSession.csrf(in: html))

            func change(_ fields: String, csrf: String?) async throws -> (HTTPResponse.Status, String) {
                var headers = session.cookieHeader
                headers[.contentType] = "application/x-www-form-urlencoded"
                let body = (csrf.map { "csrf=\($0)&" } ?? "") + fields
                return try await client.execute(uri: "/doi-mat-khau", method: .post, headers: headers, body: ByteBuffer(string: body)) {
                    ($0.status, String(buffer: $0.body))
                }
            }
            #expect(try await change("current=\(issued)&new=mat-khau-moi-1&confirmation=mat-khau-moi-1", csrf: nil).0 == .forbidden)
            let wrong = try await change("current=sai&new=mat-khau-moi-1&confirmation=mat-khau-moi-1", csrf: csrf)
            #expect(wrong.0 == .forbidden)
            #expect(wrong.1.contains("Mật khẩu hiện tại không đúng."))
            let short = try await change("current=\(issued)&new=ngan&confirmation=ngan", csrf: csrf)
            #expect(short.0 == .unprocessableContent)
            #expect(short.1.contains("ít nhất 10 ký tự"))
            let differ = try await change("current=\(issued)&new=mat-khau-moi-1&confirmation=mat-khau-moi-2", csrf: csrf)
            #expect(differ.1.contains("Hai lần nhập mật khẩu mới không giống nhau."))
            let same = try await change("current=\(issued)&new=\(issued)&confirmation=\(issued)", csrf: csrf)
            #expect(same.1.contains("Mật khẩu mới phải khác mật khẩu hiện tại."))

            let done = try await change("current=\(issued)&new=mat-khau-moi-1&confirmation=mat-khau-moi-1", csrf: csrf)
            #expect(done.0 == .seeOther)
            let (open, page) = try await client.page("/don-vi?ky=2023-05", session)
            #expect(open == .ok, "the same session works once the password is changed")
            #expect(page.contains("Sở Nông nghiệp"))
            session = try await client.signIn("snn", IntakeFixture.with(passwords.merging(["snn": "mat-khau-moi-1"]) { $1 }, fixture))
            #expect(try await client.page("/don-vi?ky=2023-05", session).0 == .ok)
        }
        let actions = try fixture.service.store.auditLog().filter { $0.login == "snn" }.map(\.action)
        #expect(actions.contains(.passwordChanged))
        #expect(try fixture.service.store.account(login: "snn")?.mustChangePassword == false)
    }

    @Test func theAPIRefusesEveryCallButThePasswordChangeWith403() async throws {
        let fixture = try IntakeFixture()
        let passwords = fixture.passwords.merging(["vanphong": try reset("vanphong", fixture)]) { $1 }
        try await fixture.test { client in
            let login = #"{"login":"vanphong","password":"\#(passwords["vanphong"]!)"}"#
            let auth = try await client.execute(uri: "/api/v1/login", method: .post, headers: [.contentType: "application/json"],
                                                body: ByteBuffer(string: login)) { response -> HTTPFields in
                #expect(response.status == .ok)
                let json = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                #expect(json?["must_change_password"] as? Bool == true)
                return [.authorization: "Bearer \(json?["token"] as? String ?? "")"]
            }
            for (method, uri) in [(HTTPRequest.Method.get, "/api/v1/periods/2023-05/status"), (.get, "/api/v1/audit"),
                                  (.post, "/api/v1/periods/2023-05/lock"), (.get, "/api/v1/periods/2023-05/submissions")] {
                try await client.execute(uri: uri, method: method, headers: auth) { response in
                    #expect(response.status == .forbidden, "\(uri)")
                    #expect(String(buffer: response.body).contains("Cần đổi mật khẩu"), "\(uri)")
                }
            }
            var headers = auth
            headers[.contentType] = "application/json"
            let body = #"{"current":"\#(passwords["vanphong"]!)","new":"mat-khau-van-phong"}"#
            try await client.execute(uri: "/api/v1/password", method: .post, headers: headers, body: ByteBuffer(string: body)) {
                #expect($0.status == .noContent)
            }
            try await client.execute(uri: "/api/v1/periods/2023-05/status", method: .get, headers: auth) {
                #expect($0.status == .ok, "the token the change was made with keeps working")
            }
        }
        #expect(try fixture.service.store.account(login: "vanphong")?.mustChangePassword == false)
    }

    @Test func changingThePasswordEndsTheAccountsOtherSessions() async throws {
        let fixture = try IntakeFixture()
        try await fixture.test { client in
            let other = try await client.token("snn", fixture)
            var headers = try await client.token("snn", fixture)
            headers[.contentType] = "application/json"
            let body = #"{"current":"\#(fixture.passwords["snn"]!)","new":"mat-khau-moi-2"}"#
            try await client.execute(uri: "/api/v1/password", method: .post, headers: headers, body: ByteBuffer(string: body)) {
                #expect($0.status == .noContent)
            }
            try await client.execute(uri: "/api/v1/periods/2023-05/submissions", method: .get, headers: other) {
                #expect($0.status == .unauthorized)
            }
        }
    }

    @Test func aResetAccountMustChangeItsPasswordAgain() throws {
        let fixture = try IntakeFixture()
        #expect(try fixture.service.store.account(login: "sct")?.mustChangePassword == false)
        _ = try reset("sct", fixture)
        #expect(try fixture.service.store.account(login: "sct")?.mustChangePassword == true)
        #expect(try fixture.service.store.auditLog().last?.action == .accountReset)
    }
}
