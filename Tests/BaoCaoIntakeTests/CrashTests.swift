import BaoCaoStore
import BaoCaoTestSupport
import Foundation
import Testing

@Suite("Intake crash recovery")
struct CrashTests {
    /// Uploads in a loop from a client, kills the server with SIGKILL in the middle, restarts it and
    /// checks that every acknowledged upload is there with its SHA-256 and that nothing half-written is left.
    @Test(.tags(.external)) func killingTheServerLosesNoAcknowledgedUpload() async throws {
        let data = try TestPaths.scratchDirectory().appendingPathComponent("Data")
        var account = try ServerProcess.addAccount(data: data, ["--department", "snn", "--name", "Sở Nông nghiệp"])
        let server = ServerProcess(data: data)
        try await server.start()
        account["password"] = try await server.choosePassword(account["login"]!, issued: account["password"]!)
        let auth = try await server.token(account["login"]!, account["password"]!)
        let sample = try Data(contentsOf: IntakeFixture.samples.appendingPathComponent("snn.yaml"))

        // Several clients upload different bytes under several names until the server dies.
        let acknowledged = await withTaskGroup(of: [(Int, String)].self) { group -> [(Int, String)] in
            for client in 0..<3 {
                group.addTask {
                    var acked: [(Int, String)] = []
                    for round in 0..<200 {
                        let bytes = sample + Data("# client \(client) round \(round)\n".utf8)
                        let (body, contentType) = Multipart.body(file: bytes, name: "snn-\(client)-\(round % 4).yaml")
                        var headers = auth
                        headers["Content-Type"] = contentType
                        guard let (status, answer) = try? await server.request(
                            "POST", "/api/v1/periods/2023-05/submissions", headers: headers, body: Data(body.readableBytesView)) else { break }
                        guard status == 201, let json = try? JSONSerialization.jsonObject(with: answer) as? [String: Any],
                            let id = json["id"] as? Int, let sha = json["sha256"] as? String else { continue }
                        #expect(sha == BlobStore.sha256(bytes))
                        acked.append((id, sha))
                    }
                    return acked
                }
            }
            group.addTask {
                try? await Task.sleep(nanoseconds: 1_500_000_000)
                server.kill9()
                return []
            }
            return await group.reduce(into: []) { $0 += $1 }
        }
        #expect(acknowledged.count > 0)
        #expect(acknowledged.count < 600, "the server was killed only after the clients had finished")

        try await server.start()
        defer { server.stop() }
        let again = try await server.token(account["login"]!, account["password"]!)
        let (status, listing) = try await server.request("GET", "/api/v1/periods/2023-05/submissions", headers: again)
        #expect(status == 200)
        let rows = ((try JSONSerialization.jsonObject(with: listing) as? [String: Any])?["submissions"] as? [[String: Any]]) ?? []
        let stored = Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as? Int ?? 0, $0["sha256"] as? String ?? "") })
        for (id, sha) in acknowledged {
            #expect(stored[id] == sha, "acknowledged upload \(id) lost")
            let (fileStatus, bytes) = try await server.request("GET", "/api/v1/submissions/\(id)/file", headers: again)
            #expect(fileStatus == 200 && BlobStore.sha256(bytes) == sha)
        }
        // No partial file: every stored file has the bytes its name says, no temporary file is left,
        // and the inbox holds exactly the latest accepted version of each name.
        let files = data.appendingPathComponent("files")
        for folder in try FileManager.default.contentsOfDirectory(atPath: files.path) {
            for name in try FileManager.default.contentsOfDirectory(atPath: files.appendingPathComponent(folder).path) {
                let bytes = try Data(contentsOf: files.appendingPathComponent(folder).appendingPathComponent(name))
                #expect(BlobStore.sha256(bytes) == name, "partial or foreign file \(folder)/\(name)")
            }
        }
        let inbox = data.appendingPathComponent("inbox/2023-05")
        var latest: [String: String] = [:]
        for row in rows.sorted(by: { ($0["id"] as? Int ?? 0) < ($1["id"] as? Int ?? 0) }) where row["accepted"] as? Bool == true {
            latest[row["file"] as? String ?? ""] = row["sha256"] as? String
        }
        let mirrored = try FileManager.default.contentsOfDirectory(atPath: inbox.path).sorted()
        #expect(mirrored == latest.keys.sorted())
        for (name, sha) in latest {
            #expect(BlobStore.sha256(try Data(contentsOf: inbox.appendingPathComponent(name))) == sha)
        }
    }
}
