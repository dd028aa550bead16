import BaoCaoTestSupport
import Foundation
import Testing

/// Hostile workbooks put into an inbox and checked by a real `baocao validate` process, whose peak
/// resident memory and processor time GNU time measures: each is refused, naming the file, in
/// under a second of processor time and under 100 MiB, however much its zip claims or its XML
/// would expand to, or wherever its relationships point.
@Suite("Hostile workbooks refused by baocao validate in bounded time and memory", .tags(.external))
struct XLSXHostileProcessTests {
    /// What GNU time measured of one run, and what baocao printed.
    struct Run {
        var status: Int32
        var stderr: String
        var peakKiB: Int
        var cpuSeconds: Double
    }

    /// Puts `workbook` into a fresh inbox as `snn-2023-05.xlsx` and runs `baocao validate` on it
    /// under `/usr/bin/time -v`.
    private func validate(_ workbook: Data) throws -> Run {
        let inbox = try TestPaths.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: inbox) }
        let month = inbox.appendingPathComponent("2023-05")
        try FileManager.default.createDirectory(at: month, withIntermediateDirectories: true)
        try workbook.write(to: month.appendingPathComponent("snn-2023-05.xlsx"))
        let output = try ExternalTool.run("/usr/bin/time", [
            "-v", TestPaths.builtExecutable("baocao").path, "validate", "--quiet", "--period", "2023-05",
            "--config", TestPaths.packageRoot.appendingPathComponent("Config").path, "--inbox", inbox.path,
        ])
        func measure(_ label: String) -> Double {
            let line = output.stderr.split(separator: "\n").first { $0.contains(label) }
            return line.flatMap { Double($0.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "") } ?? .infinity
        }
        let peak = measure("Maximum resident set size (kbytes)")
        return Run(status: output.status, stderr: output.stderr, peakKiB: peak.isFinite ? Int(peak) : .max,
                   cpuSeconds: measure("User time (seconds)") + measure("System time (seconds)"))
    }

    /// A raw deflate stream (no zlib header) of `count` spaces, made by Python's zlib.
    private func deflatedSpaces(_ count: Int) throws -> Data {
        let url = try TestPaths.scratchDirectory().appendingPathComponent("spaces.deflate")
        _ = try Python.run("""
            import sys, zlib
            packer = zlib.compressobj(9, zlib.DEFLATED, -15)
            chunk = b" " * (1 << 20)
            with open(sys.argv[1], "wb") as out:
                for _ in range(int(sys.argv[2]) >> 20):
                    out.write(packer.compress(chunk))
                out.write(packer.flush())
            """, [url.path, "\(count)"])
        return try Data(contentsOf: url)
    }

    private func sheet(_ xml: String) -> Data {
        XLSXPackages.workbook(sheetData: "", sheetXML: xml)
    }

    private func expectRefused(_ workbook: Data, saying reason: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let run = try validate(workbook)
        #expect(run.status != 0, sourceLocation: sourceLocation)
        #expect(run.stderr.contains("snn-2023-05.xlsx") && run.stderr.contains(reason), "\(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.peakKiB < 100 << 10, "peak resident memory \(run.peakKiB) KiB", sourceLocation: sourceLocation)
        #expect(run.cpuSeconds < 1, "\(run.cpuSeconds) s of processor time", sourceLocation: sourceLocation)
    }

    @Test func aZipThatClaimsAGibibyteIsRefusedFromItsDirectory() throws {
        let bomb = XLSXPackages.workbook(sheetData: "", extra: [.init("xl/media/huge.bin", Data(count: 1024), claimedSize: 1 << 30, method: 8)])
        try expectRefused(bomb, saying: "would inflate")
    }

    @Test func aRealDeflateBombIsRefusedByItsRatio() throws {
        let spaces = try deflatedSpaces(40 << 20)
        let bomb = XLSXPackages.workbook(sheetData: "", extra: [.init("xl/media/bomb.xml", spaces, claimedSize: 40 << 20, method: 8)])
        try expectRefused(bomb, saying: "would inflate")
    }

    @Test func aSheetThatInflatesBeyondItsClaimStopsAtTheClaim() throws {
        // The sheet's headers say 4 KiB; its deflate stream holds 40 MiB.
        let spaces = try deflatedSpaces(40 << 20)
        let workbook = XLSXPackages.workbook(sheetData: "", sheetPart: .init("xl/worksheets/sheet1.xml", spaces, claimedSize: 4096, method: 8))
        try expectRefused(workbook, saying: "inflates beyond its declared 4096 bytes")
    }

    @Test func aRelationshipOutOfThePackageIsRefusedAndNothingIsWrittenThere() throws {
        let target = "../../../../tmp/baocao-escaped-\(UUID().uuidString).xml"
        let workbook = XLSXPackages.workbook(sheetData: "", workbookTarget: target,
                                             extra: [.init(String(target.dropFirst(3)), text: "<x/>")])
        try expectRefused(workbook, saying: target)
        #expect(!FileManager.default.fileExists(atPath: "/tmp/" + (target as NSString).lastPathComponent))
    }

    @Test func billionLaughsAndExternalEntitiesInASheetAreRefused() throws {
        try expectRefused(sheet(HostileXML.billionLaughs(root: "worksheet", namespace: XLSXPackages.main)), saying: "DOCTYPE")
        try expectRefused(sheet(HostileXML.externalEntity(root: "worksheet", namespace: XLSXPackages.main)), saying: "DOCTYPE")
    }
}
