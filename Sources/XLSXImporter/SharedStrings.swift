import BaoCaoXML

/// The shared strings of a workbook in order, read from `xl/sharedStrings.xml` as a
/// ``SafeXMLParser`` reads it (each item once): rich text runs joined, phonetic guides left out.
final class SharedStrings: SafeXMLHandler {
    /// The strings read, by index.
    private(set) var items: [String] = []
    private var item: StringItemText?
    /// The level of `<si>` under `<sst>`.
    private static let itemLevel = 2

    func start(_ element: SafeXMLParser.Element) {
        if element.depth == Self.itemLevel, element.name.is(SpreadsheetNamespace.main, "si") {
            item = StringItemText(level: Self.itemLevel)
        } else if element.depth > Self.itemLevel {
            item?.start(element)
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>, depth: Int) {
        if depth > Self.itemLevel { item?.text(bytes) }
    }

    func end(_ name: XMLName, depth: Int) {
        if depth == Self.itemLevel, let finished = item.take() {
            items.append(finished.value)
        } else if depth > Self.itemLevel {
            item?.end(depth: depth)
        }
    }
}
