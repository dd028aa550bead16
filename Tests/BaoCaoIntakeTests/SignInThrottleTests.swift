import BaoCaoIntake
import BaoCaoStore
import BaoCaoTestSupport
import Foundation
import Testing

@Suite("Intake: failed sign-ins are slowed down across restarts and processes")
struct SignInThrottleTests {
    /// Five failures through one service; a second service on the same data folder (another
    /// process, or the same one restarted) still refuses the sixth attempt, even with the right password.
    @Test func aSecondServiceOnTheSameDataFolderKeepsTheCount() async throws {
        let fixture = try IntakeFixture()
        for _ in 1...5 {
            await #expect(throws: IntakeError.self) {
                _ = try await fixture.service.signIn(login: "snn", password: "sai", address: "10.0.0.5", kind: .api)
            }
        }
        var settings = fixture.service.settings
        settings.clock = { TestClock.may2023(day: 10) }
        let second = try IntakeService(settings: settings)
        do {
            _ = try await second.signIn(login: "snn", password: fixture.passwords["snn"]!, address: "10.0.0.9", kind: .api)
            Issue.record("the sixth attempt was let through")
        } catch let error as IntakeError {
            #expect(error.status == .tooManyRequests)
        }
        // The address is counted too: another account from the same address waits as well.
        await #expect(throws: IntakeError.self) {
            _ = try await second.signIn(login: "sct", password: fixture.passwords["sct"]!, address: "10.0.0.5", kind: .api)
        }
        // Once the wait is over, the right password signs in and clears the count for both services.
        settings.clock = { TestClock.may2023(day: 10).addingTimeInterval(2) }
        let later = try IntakeService(settings: settings)
        _ = try await later.signIn(login: "snn", password: fixture.passwords["snn"]!, address: "10.0.0.9", kind: .api)
        #expect(try fixture.service.store.signInFailures(["login:snn"]).isEmpty)
    }

    /// The real server, killed and started again, goes on counting the account's failures.
    @Test(.tags(.external)) func aRestartedServerStillSlowsDownTheAccount() async throws {
        let data = try TestPaths.scratchDirectory().appendingPathComponent("Data")
        _ = try ServerProcess.addAccount(data: data, ["--department", "snn", "--name", "Sở Nông nghiệp"])
        let server = ServerProcess(data: data)
        try await server.start()
        func attempt(_ password: String) async throws -> Int {
            try await server.request("POST", "/api/v1/login", headers: ["Content-Type": "application/json"],
                                     body: Data(#"{"login":"snn","password":"\#(password)"}"#.utf8)).0
        }
        for _ in 1...5 { #expect(try await attempt("sai") == 401) }
        server.kill9()
        try await server.start()
        defer { server.stop() }
        #expect(try IntakeStore(directory: data).signInFailures(["login:snn"]).first?.count == 5, "the count survived the crash")
        // Once the first wait (1 s) is over, a sixth failure is counted on from 5, not from nothing.
        // (That the count refuses a sign-in is checked with a fixed clock above: on a loaded machine
        // the 2 s wait it now imposes may be over before the next request arrives.)
        var status = 429
        for _ in 0..<50 where status == 429 {
            status = try await attempt("sai")
            if status == 429 { try await Task.sleep(nanoseconds: 200_000_000) }
        }
        #expect(status == 401)
        #expect(try IntakeStore(directory: data).signInFailures(["login:snn"]).first?.count == 6)
    }
}
