import BaoCaoIntake
import BaoCaoStore
import BaoCaoTestSupport
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A clock the test moves.
final class TestClock: @unchecked Sendable {  // `date` is only read and written under `lock`
    private let lock = NSLock()
    private var date: Date

    init(_ date: Date) { self.date = date }

    var now: Date {
        get { lock.withLock { date } }
        set { lock.withLock { date = newValue } }
    }

    /// A moment of May 2023 in Vietnam's time (UTC+7).
    static func may2023(day: Int, hour: Int = 9) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        return calendar.date(from: DateComponents(year: 2023, month: 5, day: day, hour: hour))!
    }
}

/// A service on a new data folder with the project's `Config/`, one account per sample department
/// and one for the office (cheap bcrypt) with passwords their users chose, and a clock set to 10 May 2023.
struct IntakeFixture {
    let data: URL
    let service: IntakeService
    let clock = TestClock(TestClock.may2023(day: 10))
    /// The password of every account.
    var passwords: [String: String]

    static let config = TestPaths.packageRoot.appendingPathComponent("Config").path
    static let samples = TestPaths.packageRoot.appendingPathComponent("Config/samples/2023-05")

    init(maxUploadBytes: Int = 20 << 20) throws {
        data = try TestPaths.scratchDirectory().appendingPathComponent("Data")
        var settings = IntakeSettings(dataDirectory: data, configDirectory: Self.config)
        settings.maxUploadBytes = maxUploadBytes
        settings.bcryptCost = 4
        settings.tokenLifetime = 366 * 24 * 3600  // the tests move the clock by days
        settings.sessionLifetime = 366 * 24 * 3600
        let clock = self.clock
        settings.clock = { clock.now }
        let store = try IntakeStore(directory: data)
        var passwords: [String: String] = [:]
        var issued = try ["vp", "skhdt", "snn", "sct", "svhttdl", "sgtvt", "syt", "sgddt", "sldtbxh"].map { department in
            try store.addAccount(name: "Cán bộ \(department)", role: .department, department: department, cost: 4)
        }
        issued.append(try store.addAccount(name: "Văn phòng", role: .office, department: nil, cost: 4))
        // Each account has already replaced the password the command line issued (PasswordChangeTests start from an issued one).
        for account in issued {
            let chosen = account.password + "-rieng"
            try store.changePassword(login: account.login, to: chosen, cost: 4)
            passwords[account.login] = chosen
        }
        self.passwords = passwords
        service = try IntakeService(settings: settings)
    }

    /// The same fixture with `passwords` (after a test gave an account a new one).
    static func with(_ passwords: [String: String], _ fixture: IntakeFixture) -> IntakeFixture {
        var copy = fixture
        copy.passwords = passwords
        return copy
    }

    /// Runs `body` with a router test client.
    func test<Value: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await Application(router: try IntakeApplication.router(service)).test(.router, body)
    }

    /// Runs `body` with a router test client whose requests reach the routes without their
    /// `Content-Length`, as a chunked upload does.
    func testChunked<Value: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        let router = try IntakeApplication.router(service).buildResponder()
        let responder = CallbackResponder<IntakeRequestContext> { request, context in
            var head = request.head
            head.headerFields[.contentLength] = nil
            return try await router.respond(to: Request(head: head, body: request.body), context: context)
        }
        return try await Application(responder: responder).test(.router, body)
    }
}

/// Requests the tests make, as a script or a browser would.
extension TestClientProtocol {
    /// Signs in through the API and returns the bearer header.
    func token(_ login: String, _ fixture: IntakeFixture) async throws -> HTTPFields {
        let body = #"{"login":"\#(login)","password":"\#(fixture.passwords[login]!)"}"#
        let token = try await execute(uri: "/api/v1/login", method: .post, headers: [.contentType: "application/json"],
                                      body: ByteBuffer(string: body)) { response -> String in
            #expect(response.status == .ok)
            let json = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]
            return json?["token"] as? String ?? ""
        }
        return [.authorization: "Bearer \(token)"]
    }

    /// Uploads `data` as `name` through the API; returns the status and the JSON answer.
    func upload(_ data: Data, name: String, period: String = "2023-05", headers: HTTPFields) async throws -> (HTTPResponse.Status, [String: Any]) {
        let (body, contentType) = Multipart.body(file: data, name: name)
        var headers = headers
        headers[.contentType] = contentType
        return try await execute(uri: "/api/v1/periods/\(period)/submissions", method: .post, headers: headers, body: body) { response in
            (response.status, (try? JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [String: Any]) ?? [:])
        }
    }

    /// Uploads a sample file of May 2023.
    func uploadSample(_ name: String, headers: HTTPFields) async throws -> (HTTPResponse.Status, [String: Any]) {
        try await upload(try Data(contentsOf: IntakeFixture.samples.appendingPathComponent(name)), name: name, headers: headers)
    }
}

/// A `multipart/form-data` body as a browser sends it.
enum Multipart {
    static let boundary = "----baocao-test-boundary"

    static func body(file: Data, name: String, fields: [String: String] = [:]) -> (ByteBuffer, String) {
        var out = Data()
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            out += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n".utf8)
        }
        out += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
        out += file
        out += Data("\r\n--\(boundary)--\r\n".utf8)
        return (ByteBuffer(bytes: out), "multipart/form-data; boundary=\(boundary)")
    }
}
