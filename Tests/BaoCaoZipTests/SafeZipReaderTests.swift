import BaoCaoTestSupport
import BaoCaoZip
import Foundation
import Testing

@Suite("Bounded zip reader")
struct SafeZipReaderTests {
    /// A real deflated zip written by `DeterministicZipWriter`.
    private func deflatedZip(_ entries: [(String, Data)]) throws -> Data {
        let writer = try DeterministicZipWriter()
        for (name, data) in entries { try writer.addEntry(name, data: data) }
        return try writer.finish()
    }

    /// Runs `body`, expecting a `ZipError`; returns its message and the seconds it took.
    private func failure(_ body: () throws -> Void) -> (String?, Double) {
        let start = Date()
        var message: String?
        do { try body() } catch let error as ZipError { message = error.message } catch { message = nil }
        return (message, Date().timeIntervalSince(start))
    }

    /// Overwrites the uncompressed size in every local and central header of a one-entry zip.
    private func claimingSize(_ size: UInt32, in zip: Data) -> Data {
        var bytes = [UInt8](zip)
        for index in 0..<(bytes.count - 4) {
            let signature = UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 3]) << 24
            let field = signature == 0x0403_4B50 ? 22 : signature == 0x0201_4B50 ? 24 : nil
            guard let field else { continue }
            for byte in 0..<4 { bytes[index + field + byte] = UInt8((size >> (8 * UInt32(byte))) & 0xFF) }
        }
        return Data(bytes)
    }

    @Test func readsEntriesByName() throws {
        let zip = try deflatedZip([("word/document.xml", Data("<w:document/>".utf8)), ("mimetype", Data("x".utf8))])
        let reader = try SafeZipReader(data: zip)
        #expect(reader.entryNames == ["word/document.xml", "mimetype"])
        #expect(try reader.read("word/document.xml") == Data("<w:document/>".utf8))
        #expect(try reader.read("missing.xml") == nil)
        #expect(!reader.contains("missing.xml"))
    }

    @Test func inflatesAnEntryChunkByChunkAndPassesTheConsumersErrorOn() throws {
        let content = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 * 7 / 5) })
        let reader = try SafeZipReader(data: try deflatedZip([("xl/worksheets/sheet1.xml", content)]))
        var chunks: [Int] = []
        var inflated = Data()
        #expect(try reader.read("xl/worksheets/sheet1.xml") { chunk in
            chunks.append(chunk.count)
            inflated.append(contentsOf: chunk)
        })
        #expect(inflated == content)
        #expect(chunks.count > 1 && chunks.allSatisfy { $0 <= 64 << 10 }, "\(chunks)")
        #expect(try reader.read("missing.xml") { _ in } == false)
        struct Stop: Error {}
        #expect(throws: Stop.self) { _ = try reader.read("xl/worksheets/sheet1.xml") { _ in throw Stop() } }
    }

    @Test func refusesAnEntryClaimingOneGibibyteAtOnce() throws {
        let zeros = Data(count: 1 << 20)
        let bomb = claimingSize(1 << 30, in: try deflatedZip([("word/document.xml", zeros)]))
        #expect(bomb.count < 1 << 20)
        let (message, seconds) = failure { _ = try SafeZipReader(data: bomb) }
        #expect(message?.contains("word/document.xml") == true)
        #expect(message?.contains("1073741824") == true)
        #expect(seconds < 1)
    }

    @Test func refusesARealHighRatioDeflateStream() throws {
        let bomb = try deflatedZip([("content.xml", Data(count: 16 << 20))])
        #expect(bomb.count < 200_000)
        let (message, seconds) = failure { _ = try SafeZipReader(data: bomb) }
        #expect(message?.contains("inflate") == true && message?.contains("times") == true)
        #expect(seconds < 1)
    }

    @Test func stopsAnEntryThatInflatesBeyondItsDeclaredSize() throws {
        let liar = claimingSize(100, in: try deflatedZip([("content.xml", Data(count: 1 << 20))]))
        let reader = try SafeZipReader(data: liar)
        let (message, seconds) = failure { _ = try reader.read("content.xml") }
        #expect(message?.contains("beyond its declared 100 bytes") == true)
        #expect(seconds < 1)
    }

    @Test func boundsEntryCountAndTotalSize() throws {
        let zip = try deflatedZip((1...5).map { ("part\($0).xml", Data(repeating: 65, count: 1000)) })
        let (tooMany, _) = failure { _ = try SafeZipReader(data: zip, limits: .init(maxEntryCount: 3)) }
        #expect(tooMany?.contains("more than 3 entries") == true)
        let (tooBig, _) = failure { _ = try SafeZipReader(data: zip, limits: .init(maxTotalSize: 4000)) }
        #expect(tooBig?.contains("more than 4000 bytes") == true)
        let (entryTooBig, _) = failure { _ = try SafeZipReader(data: zip, limits: .init(maxEntrySize: 999)) }
        #expect(entryTooBig?.contains("part1.xml") == true)
        let (fileTooBig, _) = failure { _ = try SafeZipReader(data: zip, limits: .init(maxArchiveSize: 100)) }
        #expect(fileTooBig?.contains("above the limit of 100") == true)
    }

    @Test func keepsEntryNamesAwayFromTheFileSystem() throws {
        let folder = try TestPaths.scratchDirectory()
        let target = folder.deletingLastPathComponent().appendingPathComponent("baocao-escaped-\(UUID().uuidString).txt")
        let zip = TestZip([
            .init("../../\(target.lastPathComponent)", text: "escaped"),
            .init("/tmp/\(target.lastPathComponent)", text: "absolute"),
        ]).data
        let reader = try SafeZipReader(data: zip)
        #expect(try reader.read("../../\(target.lastPathComponent)") == Data("escaped".utf8))
        #expect(try reader.read("/tmp/\(target.lastPathComponent)") == Data("absolute".utf8))
        #expect(!FileManager.default.fileExists(atPath: target.path))
        #expect(!FileManager.default.fileExists(atPath: "/tmp/\(target.lastPathComponent)"))
    }

    @Test func refusesDataThatIsNotAZip() {
        let (message, seconds) = failure { _ = try SafeZipReader(data: Data("Báo cáo tháng 5, chỉ là văn bản thường.".utf8)) }
        #expect(message == "not a zip file")
        #expect(seconds < 1)
        let (tiny, _) = failure { _ = try SafeZipReader(data: Data("PK".utf8)) }
        #expect(tiny?.contains("not a zip file") == true)
    }

    @Test func refusesATruncatedZip() throws {
        let zip = try deflatedZip([("content.xml", Data(repeating: 65, count: 5000)), ("styles.xml", Data("s".utf8))])
        let (message, seconds) = failure { _ = try SafeZipReader(data: zip.prefix(zip.count / 2)) }
        #expect(message?.contains("truncated") == true)
        #expect(seconds < 1)
    }

    @Test func refusesADamagedEntry() throws {
        var bytes = [UInt8](TestZip([.init("content.xml", text: "<office:document-content/>")]).data)
        bytes[30 + "content.xml".utf8.count + 3] ^= 0xFF
        let reader = try SafeZipReader(data: Data(bytes))
        let (message, _) = failure { _ = try reader.read("content.xml") }
        #expect(message?.contains("damaged") == true)
    }

    @Test func refusesRecordsPointingOutsideTheFile() {
        var bytes = [UInt8](TestZip([.init("content.xml", text: "<a/>")]).data)
        let central = bytes.count - 22 - (46 + "content.xml".utf8.count)
        bytes[central + 42] = 0xFF  // the local header offset, now past the end
        bytes[central + 43] = 0xFF
        let (message, seconds) = failure { _ = try SafeZipReader(data: Data(bytes)) }
        #expect(message == "the zip file is truncated or damaged (a record points outside the file)")
        #expect(seconds < 1)

        var sizes = [UInt8](TestZip([.init("content.xml", text: "<a/>")]).data)
        sizes[central + 20] = 0xF0  // a compressed size running past the end
        let (size, _) = failure { _ = try SafeZipReader(data: Data(sizes)) }
        #expect(size?.contains("points outside the file") == true)
    }

    @Test func refusesZip64() {
        var bytes = [UInt8](TestZip([.init("content.xml", text: "<a/>")]).data)
        let end = bytes.count - 22
        bytes.insert(contentsOf: [0x50, 0x4B, 0x06, 0x07] + [UInt8](repeating: 0, count: 16), at: end)
        let (message, _) = failure { _ = try SafeZipReader(data: Data(bytes)) }
        #expect(message == "ZIP64 archives are not accepted")
    }

    @Test func refusesDuplicateNames() {
        let zip = TestZip([.init("content.xml", text: "a"), .init("content.xml", text: "b")]).data
        let (message, _) = failure { _ = try SafeZipReader(data: zip) }
        #expect(message?.contains("twice") == true)
    }

    /// Found by fuzzing ODT files: a deflate stream that neither ends nor fails (here a stored
    /// block promising 1 000 bytes, followed by three) made ZIPFoundation read on past the end of
    /// the file for ever.
    @Test func refusesADeflateStreamCutShortInsteadOfLoopingForEver() throws {
        let unfinished = Data([0x00, 0xE8, 0x03, 0x17, 0xFC]) + Data("abc".utf8)
        let zip = TestZip([.init("content.xml", unfinished, claimedSize: 1000, method: 8)]).data
        let reader = try SafeZipReader(data: zip)
        let (message, seconds) = failure { _ = try reader.read("content.xml") }
        #expect(message?.hasPrefix("entry 'content.xml' is damaged") == true, "\(message ?? "no error")")
        #expect(seconds < 1)
    }
}
