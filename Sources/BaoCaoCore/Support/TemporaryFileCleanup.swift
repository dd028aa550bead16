import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The temporary files of ``AtomicFile`` that a SIGINT (Ctrl-C) or SIGTERM must not leave
/// behind: on either signal they are unlinked, then the signal's default action ends the process
/// with the usual status.
///
/// The handler runs in signal context, so it only walks a fixed table of C strings allocated
/// beforehand and calls `unlink`, `signal` and `raise`, which are async-signal-safe.
enum TemporaryFileCleanup {
    private static let capacity = 256
    nonisolated(unsafe) private static let paths: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var handlersInstalled = false

    /// Registers `path` for removal on a signal; returns its slot for ``unregister(_:)``, or
    /// `nil` when the table is full (the file is then only removed by ``AtomicFile`` itself).
    static func register(_ path: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        if !handlersInstalled {
            signal(SIGINT, removeRegisteredFilesAndRaise)
            signal(SIGTERM, removeRegisteredFilesAndRaise)
            handlersInstalled = true
        }
        guard let slot = (0..<capacity).first(where: { paths[$0] == nil }) else { return nil }
        paths[slot] = strdup(path)
        return slot
    }

    /// Forgets the path in `slot` (the file was renamed into place or removed).
    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        defer { lock.unlock() }
        let path = paths[slot]
        paths[slot] = nil
        free(path)
    }

    /// The signal handler.
    fileprivate static func removeAll() {
        for slot in 0..<capacity {
            if let path = paths[slot] { unlink(path) }
        }
    }
}

private func removeRegisteredFilesAndRaise(_ signalNumber: Int32) {
    TemporaryFileCleanup.removeAll()
    signal(signalNumber, SIG_DFL)
    raise(signalNumber)
}
