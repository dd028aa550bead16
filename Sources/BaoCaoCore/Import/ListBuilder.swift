/// Turns the flat, levelled list paragraphs of a word processor into nested ``ListBlock``s.
///
/// An item one level deeper than the item before it goes into a list nested at the end of that
/// item; a change between bulleted and numbered at the same level starts a new list.
///
///     var lists = ListBuilder()
///     lists.addItem(level: 0, isOrdered: true, start: 1, blocks: [.paragraph([.text("Một")])])
///     lists.addItem(level: 1, isOrdered: false, start: 1, blocks: [.paragraph([.text("ý phụ")])])
///     let blocks = lists.finish() // one numbered list whose item holds a bulleted list
package struct ListBuilder {
    private struct Item {
        var level: Int
        var isOrdered: Bool
        var start: Int
        var blocks: [Block]
    }

    private var items: [Item] = []

    /// Creates an empty builder.
    package init() {}

    /// True when no item was added.
    package var isEmpty: Bool { items.isEmpty }

    /// Adds an item at `level` (0 for the outermost list).
    package mutating func addItem(level: Int, isOrdered: Bool, start: Int, blocks: [Block]) {
        items.append(Item(level: max(0, level), isOrdered: isOrdered, start: start, blocks: blocks))
    }

    /// The lists built so far, outermost first; the builder is emptied.
    package mutating func finish() -> [Block] {
        defer { items = [] }
        return Self.lists(items[...]).map(Block.list)
    }

    private static func lists(_ items: ArraySlice<Item>) -> [ListBlock] {
        guard let base = items.map(\.level).min() else { return [] }
        var result: [ListBlock] = []
        var index = items.startIndex
        while index < items.endIndex {
            var entryBlocks: [Block]
            var end = index
            let kind: (isOrdered: Bool, start: Int)
            if items[index].level == base {
                entryBlocks = items[index].blocks
                kind = (items[index].isOrdered, items[index].start)
                end += 1
            } else {
                // Deeper items with no parent at this level hang under an empty item.
                entryBlocks = []
                kind = (result.last?.isOrdered ?? items[index].isOrdered, 1)
            }
            let childStart = end
            while end < items.endIndex, items[end].level > base { end += 1 }
            entryBlocks += lists(items[childStart..<end]).map(Block.list)
            if var current = result.last, current.isOrdered == kind.isOrdered, items[index].level == base || !current.items.isEmpty {
                current.items.append(entryBlocks)
                result[result.count - 1] = current
            } else {
                result.append(ListBlock(isOrdered: kind.isOrdered, start: kind.start, items: [entryBlocks]))
            }
            index = end
        }
        return result
    }
}
