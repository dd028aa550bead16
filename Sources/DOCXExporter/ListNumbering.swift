/// The list instances the body uses, collected while it is written, for `numbering.xml`.
///
/// Every list block gets its own instance (`w:num`) so that each numbered list restarts at its
/// own first number; all instances share two abstract definitions, bullets and numbers.
final class ListNumbering {
    /// One list block: bullets or numbers, its first number and its nesting level.
    struct Instance: Hashable {
        var isOrdered: Bool
        var start: Int
        var level: Int
    }

    /// The instances in order; instance `i` has `w:numId` `i + 1`.
    private(set) var instances: [Instance] = []

    /// The deepest level Word supports.
    static let maximumLevel = 8

    /// Registers a list block and returns its `w:numId`.
    func register(isOrdered: Bool, start: Int, level: Int) -> Int {
        instances.append(Instance(isOrdered: isOrdered, start: start, level: min(level, Self.maximumLevel)))
        return instances.count
    }
}
