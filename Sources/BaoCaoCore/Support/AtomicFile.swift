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
    /// If `body` throws, the temporary file is removed and `destination` is left untouched; on
    /// SIGINT or SIGTERM it is removed too (``TemporaryFileCleanup``). The temporary file is
    /// hidden (the inbox and `ls` skip it) and named `.<name>.baocao-<UUID>.tmp`, so that one left
    /// by a killed machine is harmless and recognisable.
    public static func write(to destination: URL, _ body: (URL) throws -> Void) throws {
        let directory = destination.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(destination.lastPathComponent).baocao-\(UUID().uuidString).tmp")
        let slot = TemporaryFileCleanup.register(temporary.path)
        defer { TemporaryFileCleanup.unregister(slot) }
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

    /// Writes `data` atomically and durably: the temporary file is flushed to the disk (`fsync`)
    /// before the rename, and the folder after it, so that once this returns the file survives a
    /// crash or a power cut. For files whose loss would lose a user's work (the intake's uploads).
    public static func writeDurably(_ data: Data, to destination: URL) throws {
        try write(to: destination) { temporary in
            try data.write(to: temporary)
            try sync(temporary.path, destination: destination)
        }
        try sync(destination.deletingLastPathComponent().path, destination: destination)
    }

    /// Flushes a file or folder to the disk.
    private static func sync(_ path: String, destination: URL) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0, fsync(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            if descriptor >= 0 { close(descriptor) }
            throw BaoCaoError(.output, .cannotFlush(reason), at: SourceLocation(file: destination.path))
        }
        close(descriptor)
    }

    /// Removes the temporary files an interrupted write left in `directory` (after a crash).
    public static func removeLeftovers(in directory: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }
}
