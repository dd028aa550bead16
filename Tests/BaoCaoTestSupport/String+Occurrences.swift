extension String {
    /// How many times `needle` occurs (non-overlapping, from the start).
    public func occurrences(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }
}
