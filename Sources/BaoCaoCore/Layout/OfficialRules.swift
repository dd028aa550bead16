/// The short solid rules of page 1 (Decree 30, Appendix I), sized the same way by every writer.
///
/// Each rule is drawn centred in a column of known width; writers turn ``RuleSpan/width`` and
/// ``RuleSpan/sideIndent`` into a paragraph border with indents (DOCX `w:pBdr`, ODT
/// `fo:border-bottom` with margins). Never draw rules with underscores.
package struct RuleSpan: Hashable, Sendable {
    /// The length of the rule in cm.
    package var width: Double
    /// The indent in cm on each side that centres the rule in its column.
    package var sideIndent: Double

    /// Centres a rule of `width` cm in a column of `column` cm (clamped to the column).
    package init(width: Double, centredIn column: Double) {
        let clamped = min(max(width, 0), column)
        self.width = clamped
        self.sideIndent = (column - clamped) / 2
    }
}

/// The rules under the issuing body, the motto and the subject.
package enum OfficialRules {
    /// The share of the issuing body's printed length the rule under it takes (Decree 30: 1/3 to 1/2).
    package static let issuerFraction = 0.5
    /// The share of the subject's longest printed line the rule under it takes (Decree 30: 1/3 to 1/2).
    package static let subjectFraction = 1.0 / 3.0

    /// The rule under the issuing body (bold, issuer size), centred in a column of `column` cm;
    /// a name written on several lines is measured by its longest line.
    package static func issuer(_ issuingBody: String, layout: PageLayout, column: Double) -> RuleSpan {
        let longest = issuingBody.split(whereSeparator: \.isNewline)
            .map { TextMetrics.width(of: String($0), size: layout.issuerSize) }.max() ?? 0
        return RuleSpan(width: min(longest, column) * issuerFraction, centredIn: column)
    }

    /// The rule under the motto, as long as the motto (bold, motto size), centred in `column` cm.
    package static func motto(layout: PageLayout, column: Double) -> RuleSpan {
        RuleSpan(width: TextMetrics.width(of: OfficialText.motto, size: layout.mottoSize), centredIn: column)
    }

    /// The short rule under an annex's "(Kèm theo …)" line (italic, body size): a third of the
    /// line's printed length, centred across the text area.
    public static func annexReference(_ line: String, layout: PageLayout) -> RuleSpan {
        let printed = min(TextMetrics.width(of: line, size: layout.bodySize, bold: false), layout.textWidth)
        return RuleSpan(width: printed * subjectFraction, centredIn: layout.textWidth)
    }

    /// The rule under the subject (trích yếu, bold, title size), centred across the text area.
    package static func subject(_ subject: String, layout: PageLayout) -> RuleSpan {
        let printed = min(TextMetrics.width(of: subject, size: layout.titleSize), layout.textWidth)
        return RuleSpan(width: printed * subjectFraction, centredIn: layout.textWidth)
    }
}

extension PageLayout {
    /// The text size inside body tables: one point under the body size, never below Decree 30's 13.
    package var tableTextSize: Double { max(13, bodySize - 1) }
}
