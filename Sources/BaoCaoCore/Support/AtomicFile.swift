import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file so that readers see either the old file or the complete new one, never half of it.
public enum AtomicFile {
    /// Calls `body` with a temporary path beside `destination`, then renames it into place.
    ///
    /// If `body` throws, the temporary file is removed and `destination` is left untouched.
    public static func write(to destination: URL, _ body: (URL) throws -> Void) throws {
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try body(temporary)
            guard rename(temporary.path, destination.path) == 0 else {
                throw BaoCaoError(.output, .cannotMoveIntoPlace(String(cString: strerror(errno))),
                                  at: SourceLocation(file: destination.path))
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Writes `data` atomically to `destination`.
    public static func write(_ data: Data, to destination: URL) throws {
        try write(to: destination) { try data.write(to: $0) }
    }
}
