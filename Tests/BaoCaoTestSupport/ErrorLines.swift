import Foundation

/// Collects what the command line prints on standard error (`CommandLineTool.run(_:errorOutput:)`).
public final class ErrorLines: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String] = []

    /// Creates an empty collector.
    public init() {}

    /// The lines received so far.
    public var lines: [String] { lock.withLock { storage } }

    /// Receives one line.
    public func append(_ line: String) { lock.withLock { storage.append(line) } }
}
