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

    /// Writes `data` atomically to `destination`, without waiting for the disk: a reader sees the
    /// old file or the new one, and a crash may leave the old one.
    ///
    /// (Foundation's `Data.write(to:)` flushes every file it writes, which costs a disk round trip
    /// per exported file, and per upload inside the intake's database transaction; so the bytes are
    /// written here with `write(2)`.)
    public static func write(_ data: Data, to destination: URL) throws {
        try write(to: destination) { try writeBytes(data, to: $0.path, flush: false, destination: destination) }
    }

    /// Writes `data` atomically and durably: the temporary file is flushed to the disk (`fsync`)
    /// before the rename, and the folder after it, so that once this returns the file survives a
    /// crash or a power cut. For files whose loss would lose a user's work (the intake's uploads).
    public static func writeDurably(_ data: Data, to destination: URL) throws {
        try write(to: destination) { try writeBytes(data, to: $0.path, flush: true, destination: destination) }
        try sync(destination.deletingLastPathComponent().path, destination: destination)
    }

    /// Creates the new file `path` (never an existing one) holding `data`, flushed to the disk when `flush`.
    private static func writeBytes(_ data: Data, to path: String, flush: Bool, destination: URL) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(Message.cannotWriteOut, destination) }
        defer { close(descriptor) }
        guard data.withUnsafeBytes({ writeFully(descriptor, $0) }) else { throw failure(Message.cannotWriteOut, destination) }
        if flush, fsync(descriptor) != 0 { throw failure(Message.cannotFlush, destination) }
    }

    /// The error for the last system call's failure (`errno`) on `destination`.
    private static func failure(_ message: (String) -> Message, _ destination: URL) -> BaoCaoError {
        BaoCaoError(.output, message(String(cString: strerror(errno))), at: SourceLocation(file: destination.path))
    }

    /// Flushes a file or folder to the disk.
    private static func sync(_ path: String, destination: URL) throws {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(Message.cannotFlush, destination) }
        defer { close(descriptor) }
        if fsync(descriptor) != 0 { throw failure(Message.cannotFlush, destination) }
    }

    /// Removes the temporary files an interrupted write left in `directory` (after a crash).
    public static func removeLeftovers(in directory: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }
}

/// Writes all of `bytes` to `descriptor` (again after an interrupted or short write); false on an error.
private func writeFully(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
    var offset = 0
    while offset < bytes.count {
        let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return false }
        offset += written
    }
    return true
}
