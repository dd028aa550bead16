extension PageLayout {
    /// Reads a layout in which every key is optional: what is given replaces the default, so an
    /// office writes only what it changes (`marginLeft: 35`). An unknown key is an error, so that
    /// a misspelt setting is not silently ignored. Call ``validate()`` on the result.
    public init(from decoder: any Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: LayoutKey.self)
        for key in container.allKeys {
            guard let apply = Self.setters[key.stringValue] else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container,
                    debugDescription: "unknown layout setting '\(key.stringValue)' (known: \(Self.setters.keys.sorted().joined(separator: ", ")))")
            }
            try apply(&self, container, key)
        }
    }

    private struct LayoutKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private typealias Setter = @Sendable (inout PageLayout, KeyedDecodingContainer<LayoutKey>, LayoutKey) throws -> Void

    private static func number(_ path: WritableKeyPath<PageLayout, Double> & Sendable) -> Setter {
        { layout, container, key in layout[keyPath: path] = try container.decode(Double.self, forKey: key) }
    }

    private static func columns(_ path: WritableKeyPath<PageLayout, [Double]> & Sendable) -> Setter {
        { layout, container, key in layout[keyPath: path] = try container.decode([Double].self, forKey: key) }
    }

    private static let setters: [String: Setter] = [
        "marginTop": number(\.marginTop), "marginBottom": number(\.marginBottom),
        "marginLeft": number(\.marginLeft), "marginRight": number(\.marginRight),
        "fontName": { layout, container, key in layout.fontName = try container.decode(String.self, forKey: key) },
        "bodySize": number(\.bodySize), "issuerSize": number(\.issuerSize), "nationalNameSize": number(\.nationalNameSize),
        "mottoSize": number(\.mottoSize), "placeDateSize": number(\.placeDateSize), "titleSize": number(\.titleSize),
        "distributionTitleSize": number(\.distributionTitleSize), "distributionItemSize": number(\.distributionItemSize),
        "signatureSize": number(\.signatureSize), "footnoteSize": number(\.footnoteSize),
        "pageNumberSize": number(\.pageNumberSize), "firstLineIndent": number(\.firstLineIndent),
        "paragraphSpacing": number(\.paragraphSpacing), "lineSpacing": number(\.lineSpacing),
        "headerColumns": columns(\.headerColumns), "signatureColumns": columns(\.signatureColumns),
        "signatureSpace": number(\.signatureSpace),
    ]
}
