import Mustache

/// A figure as a template sees it: printed the standard Vietnamese way, with filters for other forms.
///
/// Filters are swift-mustache transforms: `{{plain(sct.gtsx_thang)}}` gives "497,984" without unit,
/// `{{phrase(sct.ban_le)}}` gives "tăng 42% so với cùng kỳ", `{{unit(snn.lua_han)}}` gives "ha",
/// `{{change(sct.dien_ck)}}` gives "giảm 71%", `{{padded(vp.cuoc_hop)}}` keeps "04" and `{{plain(vp.cuoc_hop)}}` gives "4".
struct TemplateValue: MustacheCustomRenderable, MustacheTransformable {
    /// The standard form: "3.384", "04", "497,984 tỷ đồng", "60,6% KH", "73%".
    var standard: String
    /// The number alone.
    var plain: String
    /// The form with its kind's wording ("đạt …", "bằng … so với cùng kỳ", "tăng …").
    var phrase: String
    /// The unit, or "".
    var unit: String
    /// The change alone, for growth: "giảm 17%", "tăng 42%"; otherwise the standard form.
    var change: String

    var renderText: String { standard }
    var isNull: Bool { false }

    func transform(_ name: String) -> Any? {
        switch name {
        case "plain": return plain
        case "phrase": return phrase
        case "unit": return unit
        case "change": return change
        case "padded", "standard": return standard
        default: return nil
        }
    }

    /// This value with every form between ``FailedFigureMarks``, for a figure that failed a check.
    func marked() -> TemplateValue {
        TemplateValue(
            standard: FailedFigureMarks.mark(standard), plain: FailedFigureMarks.mark(plain), phrase: FailedFigureMarks.mark(phrase),
            unit: unit, change: FailedFigureMarks.mark(change))
    }

    /// The names of the filters, for checking templates.
    static let filterNames: Set<String> = ["plain", "phrase", "unit", "change", "padded", "standard"]
}
