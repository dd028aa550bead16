import BaoCaoTestSupport
import Foundation
import Testing

/// The hostile inputs of issue 11, each through a real `baocao convert`: it ends with exit 0, or
/// exit 1 and a message naming the file, stays under 512 MiB, leaves the input as it was and no
/// temporary file. Peak memory and CPU time are the child's own (`getrusage` in a Python parent),
/// so that other tests running at the same time do not count.
@Suite("baocao on hostile inputs: exit, message, memory")
struct HostileInputBudgetTests {
    /// One input: its file name and bytes.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var bytes: Data
        var testDescription: String { name }
    }

    /// CPU seconds allowed: the 3 s are for a release build; the tests run the debug
    /// build, slower, on a machine shared with other builds, so they allow twice that.
    static let cpuBudget = 6.0

    static let cases: [Case] = {
        func text(_ name: String, _ text: String) -> Case { Case(name: name, bytes: Data(text.utf8)) }
        var laughs = "a: &a {x: 1, y: 2, z: 3, w: 4, v: 5, u: 6, t: 7, s: 8, r: 9}\n"
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i", "j"] {
            laughs += "\(name): &\(name) {" + (0..<9).map { "k\($0): *\(previous)" }.joined(separator: ", ") + "}\n"
            previous = name
        }
        var deepList = ""
        for level in 0..<1_200 { deepList += String(repeating: "  ", count: level) + "- mục \(level)\n" }
        let list = "{\"type\": \"list\", \"list\": {\"isOrdered\": true, \"start\": 9223372036854775807, \"items\": [[]]}}"
        return [
            text("crlf.md", "---\r\n"),
            text("quotes.md", String(repeating: "> ", count: 20_000) + "x\n"),
            text("laughs.md", "---\n" + laughs + "---\n\n# I. x\n"),
            text("wide-table.md", "|" + String(repeating: " a |", count: 20_000) + "\n|" + String(repeating: "---|", count: 20_000) + "\n"),
            text("deep-list.md", "# I. Danh sách\n\n" + deepList),
            text("start.md", "# I. x\n\n9223372036854775807. mục\n"),
            text("footnotes.md", "x[^1]\n\n" + (1...100_000).map { "[^\($0)]: ghi chú [^\($0 + 1)]\n" }.joined(separator: "\n")),
            text("deep.json", String(repeating: "[", count: 1_000_000)),
            text("start.json", "{\"formatVersion\": 1, \"preamble\": [\(list)]}"),
        ]
    }()

    /// Runs `baocao` with `arguments` under a Python parent; returns its exit code, peak memory
    /// in KiB, CPU seconds and standard error.
    static func measure(_ arguments: [String]) throws -> (code: Int, peakKiB: Int, cpuSeconds: Double, errors: String) {
        let script = """
            import json, resource, subprocess, sys
            run = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            usage = resource.getrusage(resource.RUSAGE_CHILDREN)
            print(json.dumps({"code": run.returncode, "peak": usage.ru_maxrss,
                              "cpu": usage.ru_utime + usage.ru_stime, "errors": run.stderr.decode("utf-8", "replace")}))
            """
        let output = try Python.run(script, [BaocaoExecutable.url.path] + arguments)
        let result = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        return (result["code"] as? Int ?? -1, result["peak"] as? Int ?? -1, result["cpu"] as? Double ?? -1, result["errors"] as? String ?? "")
    }

    @Test(.tags(.external), arguments: cases)
    func endsWithinBudgetAndNamesTheFile(_ input: Case) throws {
        let folder = try TestPaths.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(input.name)
        try input.bytes.write(to: file)
        let run = try Self.measure(["convert", file.path, "-o", folder.appendingPathComponent("out.md").path])

        #expect(run.code == 0 || run.code == 1, "\(input.name): exit \(run.code)\n\(run.errors)")
        if run.code == 1 { #expect(run.errors.contains("\(input.name):"), "\(input.name): \(run.errors)") }
        #expect(run.peakKiB < 512 * 1024, "\(input.name): \(run.peakKiB) KiB")
        #expect(run.cpuSeconds < Self.cpuBudget, "\(input.name): \(run.cpuSeconds) s of CPU")
        #expect(run.errors.split(separator: "\n").count <= 2 * 101 + 2, "\(input.name): too many lines")
        #expect(try Data(contentsOf: file) == input.bytes)
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == (run.code == 0 ? [input.name, "out.md"].sorted() : [input.name]))
    }
}
