/// Character formatting as a style sheet states it: each ``InlineStyle`` switched on, switched
/// off, or left to the style below; layers combine with ``overridden(by:)``.
///
///     let heading = InlineStyleSettings([.bold: true])
///     let run = heading.overridden(by: InlineStyleSettings([.bold: false, .italic: true]))
///     run.styles // [.italic]
package struct InlineStyleSettings: Hashable, Sendable {
    private var values: [InlineStyle: Bool]

    /// Creates settings from explicit on/off values (absent styles are left unset).
    package init(_ values: [InlineStyle: Bool] = [:]) { self.values = values }

    /// Switches a style on or off.
    package mutating func set(_ style: InlineStyle, _ on: Bool) { values[style] = on }

    /// These settings with `other`'s taking precedence where both say something.
    package func overridden(by other: InlineStyleSettings) -> InlineStyleSettings {
        var merged = self
        merged.values.merge(other.values) { _, new in new }
        return merged
    }

    /// The styles that are switched on.
    package var styles: Set<InlineStyle> { Set(values.filter(\.value).keys) }
}
