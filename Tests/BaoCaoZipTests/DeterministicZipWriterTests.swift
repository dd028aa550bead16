import BaoCaoZip
import Foundation
import Testing

@Suite("Deterministic zip writer")
struct DeterministicZipWriterTests {
    /// Writes a package with a stored first entry, a small part and a large part written in many chunks.
    private func writePackage(large: Int) throws -> Data {
        let zip = try DeterministicZipWriter()
        try zip.addEntry("mimetype", data: Data("application/vnd.oasis.opendocument.text".utf8), compressed: false)
        try zip.addEntry("small.xml") { sink in
            try Array("<a>Cộng hòa</a>".utf8).withUnsafeBytes { try sink($0) }
        }
        try zip.addEntry("large.xml") { sink in
            let line = Array("<p>Độc lập - Tự do - Hạnh phúc</p>\n".utf8)
            var written = 0
            while written < large {
                try line.withUnsafeBytes { try sink($0) }
                written += line.count
            }
        }
        return try zip.finish()
    }

    @Test func theSameContentGivesTheSameBytes() throws {
        #expect(try writePackage(large: 10_000) == writePackage(large: 10_000))
    }

    @Test func aStoredFirstEntrySitsAtByte38WithoutExtraField() throws {
        let data = try writePackage(large: 100)
        #expect(data[8] == 0 && data[9] == 0)  // compression method: stored
        #expect(data[28] == 0 && data[29] == 0)  // extra field length
        #expect(String(decoding: data[38..<77], as: UTF8.self) == "application/vnd.oasis.opendocument.text")
    }

    @Test func aPartWrittenInManyChunksReadsBackWhole() throws {
        let size = (3 << 20) + 17
        let data = try writePackage(large: size)
        // The repeated line deflates far better than real documents: lift the reader's ratio guard.
        let reader = try SafeZipReader(data: data, limits: SafeZipReader.Limits(maxRatio: 10_000))
        #expect(reader.entryNames == ["mimetype", "small.xml", "large.xml"])
        let large = try #require(try reader.read("large.xml"))
        #expect(large.count >= size)
        #expect(large.starts(with: Data("<p>Độc lập".utf8)))
        #expect(String(decoding: try #require(try reader.read("small.xml")), as: UTF8.self) == "<a>Cộng hòa</a>")
        #expect(try writePackage(large: size) == data)
    }
}
