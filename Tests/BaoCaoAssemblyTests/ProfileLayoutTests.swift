import BaoCaoCLI
import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import Testing

@Suite("The profile's page layout")
struct ProfileLayoutTests {
    /// Replaces the profile's `layout:` section by `layout`.
    private func fixture(layout: String) throws -> AssemblyFixture {
        let fixture = try AssemblyFixture()
        let url = fixture.config.appendingPathComponent("profile.yaml")
        let profile = try String(contentsOf: url, encoding: .utf8)
        let head = try #require(profile.range(of: "\nlayout:\n"))
        try Data((profile[..<head.lowerBound] + "\n" + layout).utf8).write(to: url)
        return fixture
    }

    @Test("the profile's margins reach the DOCX", .tags(.external))
    func marginsReachTheDocument() throws {
        let fixture = try fixture(layout: "layout:\n  marginLeft: 35\n")
        #expect(try fixture.assemble().layout.marginLeft == 35)
        let out = try TestPaths.scratchDirectory()
        #expect(CommandLineTool.run(["assemble", "--quiet", "--config", fixture.config.path, "--out", out.path, "--to", "docx"]) == 0)
        let document = try ExternalTool.run("unzip", ["-p", out.appendingPathComponent("bao-cao-2023-05.docx").path, "word/document.xml"]).stdout
        #expect(document.contains(#"w:left="1984""#))
    }

    @Test("a layout outside Decree 30 is an error naming the profile")
    func outsideTheDecree() throws {
        let fixture = try fixture(layout: "layout:\n  marginRight: 10\n")
        #expect {
            try fixture.assemble()
        } throws: { error in
            guard let error = error as? BaoCaoError else { return false }
            return error.location?.file.hasSuffix("profile.yaml") == true && error.message.en.contains("marginRight = 10.0")
        }
    }
}
