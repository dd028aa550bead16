import BaoCaoTestSupport
import Foundation
import Testing

@Suite("Intake in a browser")
struct BrowserTests {
    /// Headless Chromium signs in as a department with the password `users add` issued, is made to
    /// change it first, uploads its file and sees the result, then signs in as the office (changing
    /// its password too) and finds the state on the board (Tests/Scripts/intake-browser.py).
    /// With BAOCAO_UPDATE_SCREENSHOTS=1 the screenshots replace docs/images/intake-*.png.
    @Test(.tags(.external)) func aDepartmentUploadsAndTheOfficeSeesIt() async throws {
        let data = try TestPaths.scratchDirectory().appendingPathComponent("Data")
        func add(_ arguments: [String]) throws -> [String: String] { try ServerProcess.addAccount(data: data, arguments) }
        let snn = try add(["--department", "snn", "--name", "Sở Nông nghiệp và Phát triển nông thôn"])
        let sct = try add(["--department", "sct", "--name", "Sở Công Thương"])
        let office = try add(["--office", "--name", "Văn phòng UBND tỉnh"])
        let server = ServerProcess(data: data)
        try await server.start()
        defer { server.stop() }

        // Another department sends a file with an error first, so the board shows "có lỗi" too.
        let (body, contentType) = Multipart.body(file: Data("department: sct\nperiod: 2023-05\nfigures:\n  x: {label: X, kind: count, value: \"1,2,3\"}\n".utf8),
                                                 name: "sct.yaml")
        let sctPassword = try await server.choosePassword(sct["login"]!, issued: sct["password"]!)
        var headers = try await server.token(sct["login"]!, sctPassword)
        headers["Content-Type"] = contentType
        let (status, _) = try await server.request("POST", "/api/v1/periods/2023-05/submissions", headers: headers, body: Data(body.readableBytesView))
        #expect(status == 422)

        let shots = ProcessInfo.processInfo.environment["BAOCAO_UPDATE_SCREENSHOTS"] == "1"
            ? TestPaths.packageRoot.appendingPathComponent("docs/images") : try TestPaths.scratchDirectory()
        let result = try ExternalTool.run("python3", [
            TestPaths.packageRoot.appendingPathComponent("Tests/Scripts/intake-browser.py").path,
            "http://127.0.0.1:\(server.port)", snn["login"]!, snn["password"]!, office["login"]!, office["password"]!,
            IntakeFixture.samples.appendingPathComponent("snn.yaml").path, shots.path,
        ])
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        for name in ["intake-department.png", "intake-office.png"] {
            let png = try Data(contentsOf: shots.appendingPathComponent(name))
            #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        }
    }
}
