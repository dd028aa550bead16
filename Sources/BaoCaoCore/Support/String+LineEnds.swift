extension String {
    /// The text with Windows (CR LF) and old Mac (CR) line ends turned into LF, the only line end
    /// the readers look for. In Swift "\r\n" is one `Character`, so a search for "\n" does not
    /// find it: every text read from a file goes through this first (``TextDecoding/utf8(_:source:)``).
    public var withUnixLineEnds: String {
        guard utf8Contains(0x0D) else { return self }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var previousWasCR = false
        for byte in utf8 {
            if byte == 0x0A, previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = byte == 0x0D
            bytes.append(previousWasCR ? 0x0A : byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
