import Foundation

/// An `OutputStream` that collects what is written into ``bytes``, for writers that take a stream
/// (CSV.swift's `CSVWriter`) when the result is wanted in memory.
///
/// Foundation's `OutputStream(toMemory:)` goes through CoreFoundation for every write (CSV.swift
/// writes byte by byte) and hands its data back through an `NSData` cast; this one appends to an
/// array and never fails.
package final class MemoryOutputStream: OutputStream {
    /// Everything written so far.
    package private(set) var bytes: [UInt8] = []
    private var status: Stream.Status = .notOpen

    /// An empty stream, not yet open.
    package init() {
        super.init(toMemory: ())
    }

    required init(toMemory: ()) {
        super.init(toMemory: ())
    }

    package override func open() { status = .open }
    package override func close() { status = .closed }
    package override var streamStatus: Stream.Status { status }
    package override var hasSpaceAvailable: Bool { true }
    package override var streamError: (any Error)? { nil }

    package override func write(_ buffer: UnsafePointer<UInt8>, maxLength length: Int) -> Int {
        bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: length))
        return length
    }
}
