import BaoCaoCLI
import BaoCaoStore
import BaoCaoTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Intake JSON API")
struct APIRouteTests {
    @Test func everyRouteNeedsASignIn() async throws {
        let fixture = try IntakeFixture()
        try await fixture.test { client in
            let routes: [(String, HTTPRequest.Method)] = [
                ("/api/v1/periods/2023-05/submissions", .get), ("/api/v1/periods/2023-05/submissions", .post),
                ("/api/v1/submissions/1/file", .get), ("/api/v1/periods/2023-05/status", .get),
                ("/api/v1/periods/2023-05/departments/snn/review", .post), ("/api/v1/periods/2023-05/lock", .post),
                ("/api/v1/periods/2023-05/assemble", .post), ("/api/v1/audit", .get), ("/api/v1/audit.csv", .get),
                ("/api/v1/logout", .post),
            ]
            for (uri, method) in routes {
                for headers: HTTPFields in [[:], [.authorization: "Bearer not-a-token"]] {
                    try await client.execute(uri: uri, method: method, headers: headers) { response in
                        #expect(response.status == .unauthorized, "\(method) \(uri)")
                        #expect(String(buffer: response.body).contains("Cần đăng nhập"))
                    }
                }
            }
        }
    }

    @Test func signInRefusesAWrongPasswordAndSlowsDownRepeatedFailures() async throws {
        let fixture = try IntakeFixture()
        try await fixture.test { client in
            for attempt in 1...6 {
                try await client.execute(uri: "/api/v1/login", method: .post, headers: [.contentType: "application/json"],
                                         body: ByteBuffer(string: #"{"login":"snn","password":"sai"}"#)) { response in
                    #expect(response.status == (attempt <= 5 ? .unauthorized : .tooManyRequests), "attempt \(attempt)")
                }
            }
            // The right password is slowed down too while the account is throttled.
            try await client.execute(uri: "/api/v1/login", method: .post, headers: [.contentType: "application/json"],
                                     body: ByteBuffer(string: #"{"login":"snn","password":"\#(fixture.passwords["snn"]!)"}"#)) { response in
                #expect(response.status == .tooManyRequests)
                #expect(String(buffer: response.body).contains("thử lại sau"))
            }
            // Another account is not.
            _ = try await client.token("sct", fixture)
        }
        let failures = try fixture.service.store.auditLog().filter { $0.action == .signInFailed }
        #expect(failures.count == 5)
    }

    @Test func aDepartmentUploadsListsAndDownloadsOnlyItsOwnFiles() async throws {
        let fixture = try IntakeFixture()
        try await fixture.test { client in
            let snn = try await client.token("snn", fixture)
            let sct = try await client.token("sct", fixture)
            let bytes = try Data(contentsOf: IntakeFixture.samples.appendingPathComponent("snn.yaml"))
            let (status, json) = try await client.upload(bytes, name: "snn.yaml", headers: snn)
            #expect(status == .created)
            #expect(json["sha256"] as? String == BlobStore.sha256(bytes))
            #expect(json["department"] as? String == "snn")
            #expect(json["late"] as? Bool == false)
            #expect(json["received_at"] as? String == "2023-05-10T02:00:00Z")
            let id = try #require(json["id"] as? Int)

            try await client.execute(uri: "/api/v1/submissions/\(id)/file", method: .get, headers: snn) { response in
                #expect(response.status == .ok)
                #expect(Data(response.body.readableBytesView) == bytes)
            }
            try await client.execute(uri: "/api/v1/submissions/\(id)/file", method: .get, headers: sct) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/api/v1/periods/2023-05/submissions", method: .get, headers: sct) { response in
                #expect(String(buffer: response.body) == #"{"submissions":[]}"#)
            }
            try await client.execute(uri: "/api/v1/periods/2023-05/submissions", method: .get, headers: snn) { response in
                #expect(String(buffer: response.body).contains(#""id":\#(id)"#))
            }
            // Sending another department's file is refused: the file says it is from snn.
            let (refused, answer) = try await client.upload(bytes, name: "snn.yaml", headers: sct)
            #expect(refused == .unprocessableContent)
            #expect((answer["diagnostics"] as? [[String: Any]])?.contains { ($0["message"] as? String)?.contains("không phải đơn vị của tài khoản") == true } == true)
        }
        // The accepted file is mirrored into the inbox under its name; the refused one is not.
        let mirrored = try FileManager.default.contentsOfDirectory(atPath: fixture.data.appendingPathComponent("inbox/2023-05").path)
        #expect(mirrored == ["snn.yaml"])
    }

    @Test func aBadFileIsRefusedWithTheDiagnosticsAndStaysRetrievable() async throws {
        let fixture = try IntakeFixture()
        try await fixture.test { client in
            let snn = try await client.token("snn", fixture)
            let broken = Data("department: snn\nperiod: 2023-05\nfigures:\n  lua: {label: \"Lúa\", kind: amount, value: \"12,3,4\", unit: ha}\n".utf8)
            let (status, json) = try await client.upload(broken, name: "Báo cáo SNN.yaml", headers: snn)
            #expect(status == .unprocessableContent)
            #expect((json["error"] as? String)?.contains("Tệp có lỗi") == true)
            let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
            let error = try #require(diagnostics.first { $0["severity"] as? String == "error" })
            #expect(error["file"] as? String == "2023-05/snn-bao-cao-snn.yaml")
            #expect(error["line"] as? Int == 4)
            try await client.execute(uri: "/api/v1/periods/2023-05/submissions", method: .get, headers: snn) { response in
                let body = String(buffer: response.body)
                #expect(body.contains(#""accepted":false"#))
                #expect(body.contains(#""original_name":"Báo cáo SNN.yaml""#))
            }
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.data.appendingPathComponent("inbox/2023-05/snn-bao-cao-snn.yaml").path))
    }

    @Test func anUploadOverTheLimitGets413() async throws {
        let fixture = try IntakeFixture(maxUploadBytes: 1 << 20)
        try await fixture.test { client in
            let snn = try await client.token("snn", fixture)
            let (status, json) = try await client.upload(Data(count: (1 << 20) + 1), name: "snn.csv", headers: snn)
            #expect(status == .contentTooLarge)
            #expect((json["error"] as? String)?.contains("Tệp quá lớn") == true)
            let (huge, _) = try await client.upload(Data(count: 3 << 20), name: "snn.csv", headers: snn)
            #expect(huge == .contentTooLarge)
        }
        #expect(try fixture.service.store.submissions(period: "2023-05", department: nil).isEmpty)
    }

    @Test func aChunkedUploadOverTheLimitGets413WithTheVietnameseMessage() async throws {
        let fixture = try IntakeFixture(maxUploadBytes: 1 << 20)
        try await fixture.testChunked { client in
            let snn = try await client.token("snn", fixture)
            let (status, json) = try await client.upload(Data(count: 3 << 20), name: "snn.csv", headers: snn)
            #expect(status == .contentTooLarge)
            #expect((json["error"] as? String)?.contains("Tệp quá lớn") == true)
        }
        #expect(try fixture.service.store.submissions(period: "2023-05", department: nil).isEmpty)
    }

    @Test func anUploadAfterTheCutOffIsMarkedLate() async throws {
        let fixture = try IntakeFixture()
        try await fixture.test { client in
            let snn = try await client.token("snn", fixture)
            // The profile's Decree 09 calendar: data to 14 May; the 14th ends at midnight in Vietnam.
            fixture.clock.now = TestClock.may2023(day: 14, hour: 23)
            let (_, onTime) = try await client.uploadSample("snn.yaml", headers: snn)
            #expect(onTime["late"] as? Bool == false)
            fixture.clock.now = TestClock.may2023(day: 15, hour: 0)
            let (_, late) = try await client.uploadSample("snn.yaml", headers: snn)
            #expect(late["late"] as? Bool == true)
        }
    }

    @Test func theOfficeSeesTheBoardReviewsAndLocks() async throws {
        let fixture = try IntakeFixture()
        try await fixture.test { client in
            let office = try await client.token("vanphong", fixture)
            let snn = try await client.token("snn", fixture)
            let sct = try await client.token("sct", fixture)
            let syt = try await client.token("syt", fixture)
            _ = try await client.uploadSample("snn.yaml", headers: snn)
            fixture.clock.now = TestClock.may2023(day: 16)
            _ = try await client.uploadSample("sct.yaml", headers: sct)
            _ = try await client.upload(Data("department: syt\n".utf8), name: "syt.yaml", headers: syt)

            for headers in [snn, sct] {
                for uri in ["/api/v1/periods/2023-05/status", "/api/v1/audit", "/api/v1/audit.csv"] {
                    try await client.execute(uri: uri, method: .get, headers: headers) { #expect($0.status == .forbidden) }
                }
                for uri in ["/api/v1/periods/2023-05/lock", "/api/v1/periods/2023-05/assemble"] {
                    try await client.execute(uri: uri, method: .post, headers: headers) { #expect($0.status == .forbidden) }
                }
            }

            let states = try await client.states(office)
            #expect(states["snn"] == "dung-han")
            #expect(states["sct"] == "muon")
            #expect(states["syt"] == "co-loi")
            #expect(states["vp"] == "chua-gui")
            try await client.execute(uri: "/api/v1/periods/2023-05/status", method: .get, headers: office) { response in
                let json = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
                #expect(json?["completeness_rate"] as? Double == 22.2)  // 2 of 9 departments
                #expect(json?["on_time_rate"] as? Double == 11.1)       // 1 of 9
            }

            try await client.review("snn", decision: "approved", comment: nil, headers: office) { #expect($0 == .noContent) }
            try await client.review("sct", decision: "returned", comment: nil, headers: office) { #expect($0 == .unprocessableContent) }
            try await client.review("sct", decision: "returned", comment: "Thiếu số liệu tháng", headers: office) { #expect($0 == .noContent) }
            try await client.review("sct", decision: "approved", comment: nil, headers: sct) { #expect($0 == .forbidden) }
            let reviewed = try await client.states(office)
            #expect(reviewed["snn"] == "da-duyet")
            #expect(reviewed["sct"] == "tra-lai")

            try await client.execute(uri: "/api/v1/periods/2023-05/lock", method: .post, headers: office) { #expect($0.status == .noContent) }
            let (locked, json) = try await client.uploadSample("sct.yaml", headers: sct)
            #expect(locked == .conflict)
            #expect((json["error"] as? String)?.contains("đã khóa") == true)

            try await client.execute(uri: "/api/v1/audit.csv?period=2023-05", method: .get, headers: office) { response in
                let csv = String(buffer: response.body)
                #expect(csv.hasPrefix("Thời điểm (UTC),Tài khoản,Việc,Kỳ,Đơn vị,Chi tiết,SHA-256\r\n"))
                let snnBytes = try Data(contentsOf: IntakeFixture.samples.appendingPathComponent("snn.yaml"))
                #expect(csv.contains("snn,upload,2023-05,snn,snn.yaml,\(BlobStore.sha256(snnBytes))"))
                #expect(csv.contains("vanphong,return,2023-05,sct,Thiếu số liệu tháng,"))
                #expect(csv.contains("vanphong,lock,2023-05"))
            }
        }
    }

    @Test(.tags(.external)) func assemblyGivesTheBytesOfTheCommandLine() async throws {
        let fixture = try IntakeFixture()
        let owners = ["sct.yaml": "sct", "sgddt.yaml": "sgddt", "sgtvt.csv": "sgtvt", "skhdt.yaml": "skhdt", "sldtbxh.yaml": "sldtbxh",
                      "snn.yaml": "snn", "svhttdl.csv": "svhttdl", "syt.yaml": "syt", "vp-quy-che-lam-viec.md": "vp",
                      "vp-theo-doi-nhiem-vu.csv": "vp", "vp-tinh-hinh-chung.md": "vp", "vp-van-ban.yaml": "vp"]
        let (docx, zip) = try await fixture.test { client -> (Data, Data) in
            for (name, login) in owners.sorted(by: { $0.key < $1.key }) {
                let (status, json) = try await client.uploadSample(name, headers: try await client.token(login, fixture))
                #expect(status == .created, "\(name): \(json)")
            }
            let office = try await client.token("vanphong", fixture)
            let docx = try await client.execute(uri: "/api/v1/periods/2023-05/assemble?to=docx", method: .post, headers: office) { response in
                #expect(response.headers[.contentType] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                return Data(response.body.readableBytesView)
            }
            let zip = try await client.execute(uri: "/api/v1/periods/2023-05/assemble?to=docx,md", method: .post, headers: office) { response in
                #expect(response.status == .ok, "\(String(buffer: response.body).prefix(500))")
                #expect(response.headers[.contentType] == "application/zip")
                return Data(response.body.readableBytesView)
            }
            return (docx, zip)
        }
        let out = try TestPaths.scratchDirectory()
        let inbox = fixture.data.appendingPathComponent("inbox").path
        let code = CommandLineTool.run(["assemble", "--config", IntakeFixture.config, "--inbox", inbox, "--period", "2023-05",
                                        "--to", "docx,md", "--out", out.path, "--quiet"], errorOutput: { _ in })
        #expect(code == 0)
        #expect(docx == (try Data(contentsOf: out.appendingPathComponent("bao-cao-2023-05.docx"))))
        #expect(try UnzippedPackage.entryNames(of: try write(zip, to: out.appendingPathComponent("web.zip"))) == ["bao-cao-2023-05.docx", "bao-cao-2023-05.md"])
        #expect(try UnzippedPackage.part("bao-cao-2023-05.md", of: out.appendingPathComponent("web.zip"))
                == (try String(contentsOf: out.appendingPathComponent("bao-cao-2023-05.md"), encoding: .utf8)))
    }

    private func write(_ data: Data, to url: URL) throws -> URL {
        try data.write(to: url)
        return url
    }
}

extension TestClientProtocol {
    /// Each department's state on the office's board.
    func states(_ office: HTTPFields) async throws -> [String: String] {
        try await execute(uri: "/api/v1/periods/2023-05/status", method: .get, headers: office) { response in
            let json = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
            let lines = json?["departments"] as? [[String: Any]] ?? []
            return Dictionary(uniqueKeysWithValues: lines.map { ($0["department"] as? String ?? "", $0["state"] as? String ?? "") })
        }
    }

    /// Approves or returns a department's submissions through the API.
    func review(_ department: String, decision: String, comment: String?, headers: HTTPFields,
                _ check: (HTTPResponse.Status) -> Void) async throws {
        var headers = headers
        headers[.contentType] = "application/json"
        let body = comment.map { #"{"decision":"\#(decision)","comment":"\#($0)"}"# } ?? #"{"decision":"\#(decision)"}"#
        let status = try await execute(uri: "/api/v1/periods/2023-05/departments/\(department)/review", method: .post,
                                       headers: headers, body: ByteBuffer(string: body)) { $0.status }
        check(status)
    }
}
