import BaoCaoTestSupport
import Foundation
#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The real `baocao-server` process on a loopback port, and a small HTTP client for it.
final class ServerProcess: @unchecked Sendable {  // `process` is only touched by one task at a time
    let data: URL
    let port: Int
    private var process: Process?

    /// The built executable, beside the test bundle.
    static var executable: URL { TestPaths.builtExecutable("baocao-server") }

    init(data: URL) {
        self.data = data
        port = Int.random(in: 20_000...60_000)
    }

    /// Runs `baocao-server` with `arguments` to the end; returns its standard output.
    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Starts `serve` and waits (at most 30 s) until it answers.
    func start() async throws {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["serve", "--data", data.path, "--config", TestPaths.packageRoot.appendingPathComponent("Config").path,
                             "--host", "127.0.0.1", "--port", "\(port)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process
        for _ in 0..<300 {
            if (try? await request("GET", "/dang-nhap")) != nil { return }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
        throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "baocao-server did not start on port \(port)"])
    }

    /// Kills the server with SIGKILL, as a crash would.
    func kill9() {
        guard let process else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        self.process = nil
    }

    /// Stops the server.
    func stop() {
        process?.terminate()
        process?.waitUntilExit()
        process = nil
    }

    deinit { kill9() }

    /// One request; returns the status and the body.
    func request(_ method: String, _ path: String, headers: [String: String] = [:], body: Data? = nil) async throws -> (Int, Data) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        request.timeoutInterval = 30
        for (key, value) in headers { request.setValue(value, forHTTPHeaderField: key) }
        request.httpBody = body
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }

    /// Signs in through the API; returns the bearer header.
    func token(_ login: String, _ password: String) async throws -> [String: String] {
        let (_, data) = try await request("POST", "/api/v1/login", headers: ["Content-Type": "application/json"],
                                          body: Data(#"{"login":"\#(login)","password":"\#(password)"}"#.utf8))
        let token = (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["token"] as? String ?? ""
        return ["Authorization": "Bearer \(token)"]
    }
}
