import BaoCaoCore
import Crypto
import Foundation

/// Uploaded bytes, stored once under their SHA-256 (`files/ab/abcdef…`), written durably.
///
/// A stored file is never changed or removed, so copying the folder while the service runs is safe.
public struct BlobStore: Sendable {
    /// The folder holding the files.
    public let root: URL

    /// A store in `root` (created when missing); removes what an interrupted write left behind.
    public init(root: URL) throws {
        self.root = root
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [] {
            AtomicFile.removeLeftovers(in: root.appendingPathComponent(name))
        }
    }

    /// The SHA-256 of `data`, lower-case hexadecimal.
    public static func sha256(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Stores `data` (once: the same bytes give the same file) and returns its SHA-256.
    ///
    /// When this returns, the file and its folder entry are on the disk.
    @discardableResult
    public func store(_ data: Data) throws -> String {
        let digest = Self.sha256(data)
        let file = url(digest)
        if FileManager.default.fileExists(atPath: file.path) { return digest }
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.writeDurably(data, to: file)
        return digest
    }

    /// The bytes stored under `sha256`, or `nil`.
    public func read(_ sha256: String) -> Data? {
        guard sha256.count == 64, sha256.allSatisfy(\.isHexDigit) else { return nil }
        return FileManager.default.contents(atPath: url(sha256).path)
    }

    /// Where the file of `sha256` is.
    public func url(_ sha256: String) -> URL {
        root.appendingPathComponent(String(sha256.prefix(2))).appendingPathComponent(sha256)
    }
}
