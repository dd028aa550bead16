import NIOPosix

/// Where requests do their blocking work (an upload's checks, its `fsync`s and its wait for the
/// database's writer), so that a disk flush never holds one of Swift's cooperative threads (as
/// many as the cores: two on the office's machine) while every other request waits for it.
enum BlockingWork {
    /// Threads for the work: enough for every upload of a busy minute to wait on the disk at once.
    static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: 8)
        pool.start()
        return pool
    }()

    /// Runs `body` on the pool and returns its result.
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await pool.runIfActive(body)
    }
}
