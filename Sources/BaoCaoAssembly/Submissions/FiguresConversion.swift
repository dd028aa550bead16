import BaoCaoCore
import CSVExporter
import Foundation
import Yams

/// `baocao convert filled.xlsx -o figures.yaml` (or `.csv`): the figures read from a workbook, as
/// a YAML or CSV submission, so that a clerk or the office can see what was read.
public enum FiguresConversion {
    /// Whether converting `input` to `output` is this conversion: a workbook to YAML or CSV.
    public static func applies(input: String, output: String) -> Bool {
        let from = (input as NSString).pathExtension.lowercased()
        let to = (output as NSString).pathExtension.lowercased()
        return from == "xlsx" && ["yaml", "yml", "csv"].contains(to)
    }

    /// Reads the workbook `data` (from the file `input`) as a submission, with the catalogue of
    /// `configDirectory` when it has one, and writes it in the format of `output`'s extension.
    public static func convert(_ data: Data, input: String, output: String, configDirectory: String, log: DiagnosticLog) throws -> Data {
        let profilePath = (configDirectory as NSString).appendingPathComponent("profile.yaml")
        var catalogue = Catalogue.empty
        if FileManager.default.fileExists(atPath: profilePath) {
            let profile = try Profile.load(URL(fileURLWithPath: profilePath), file: profilePath)
            catalogue = try Catalogue.load((configDirectory as NSString).appendingPathComponent(Catalogue.fileName), profile: profile)
        }
        let name = (input as NSString).lastPathComponent
        let submission = try XLSXSubmissionReader.read(data, name: name, file: input, sourceName: name, period: nil, catalogue: catalogue, log: log)
        for (id, cell) in submission.blankFigures.sorted(by: { $0.key < $1.key }) {
            log.note(.figureBlank(id), at: cell)
        }
        return (output as NSString).pathExtension.lowercased() == "csv" ? try csv(submission) : try yaml(submission)
    }

    /// The submission as YAML: department, period and the figures with every field.
    ///
    /// Every scalar carries one shared `str` tag: the emitter then leaves each value's style to
    /// libyaml's own analysis (the text is the same as with implicit tags, which Yams would resolve
    /// with a regular expression per scalar, most of the time of a 10 000-row workbook). The
    /// mappings share one implicit tag too (`Tag.implicit` builds a new tag, with its own
    /// constructor tables, each time it is asked for).
    static func yaml(_ submission: Submission) throws -> Data {
        let text = Tag(.str)
        let implicit = Tag(.implicit)
        func scalar(_ value: String) -> Node { Node(value, text) }
        func mapping(_ pairs: [(Node, Node)]) -> Node { .mapping(Node.Mapping(pairs, implicit)) }
        var figures: [(Node, Node)] = []
        figures.reserveCapacity(submission.figures.count)
        for figure in submission.figures {
            figures.append((scalar(figure.id), mapping(fields(figure).map { (scalar($0.0), scalar($0.1)) })))
        }
        let root = mapping([
            (scalar("department"), scalar(submission.department)), (scalar("period"), scalar(submission.period.description)),
            (scalar("figures"), mapping(figures)),
        ])
        return Data(try Yams.serialize(node: root, allowUnicode: true).utf8)
    }

    /// The submission as a CSV in the Vietnamese Excel dialect (";", decimal comma).
    static func csv(_ submission: Submission) throws -> Data {
        let names: [(field: String, column: String)] = [
            ("label", "chỉ tiêu"), ("kind", "loại"), ("value", "giá trị"), ("unit", "đơn vị tính"),
            ("assigned", "tổng số"), ("completed", "đã hoàn thành"), ("awaiting_confirmation", "chờ xác nhận"),
            ("in_progress", "đang thực hiện"), ("overdue", "quá hạn"), ("part_of", "thuộc"),
        ]
        let stream = MemoryOutputStream()
        let writer = try CSVRunWriter(stream: stream, delimiter: ";")
        try writer.write(row: ["đơn vị", submission.department])
        try writer.write(row: ["kỳ báo cáo", submission.period.description])
        try writer.write(row: ["mã"] + names.map(\.column))
        for figure in submission.figures {
            let values = Dictionary(fields(figure), uniquingKeysWith: { first, _ in first })
            try writer.write(row: [figure.id] + names.map { values[$0.field] ?? "" })
        }
        stream.close()
        return Data(stream.bytes + Array("\r\n".utf8))
    }

    /// A figure's fields as a submission writes them, numbers the Vietnamese way.
    private static func fields(_ figure: Figure) -> [(String, String)] {
        var fields = [("label", figure.label), ("kind", figure.kind.rawValue)]
        switch figure.value {
        case .number(let value, let digits): fields.append(("value", VietnameseFormat.number(value, fractionDigits: digits)))
        case .tasks(let tally):
            fields.append(("assigned", "\(tally.assigned)"))
            for (part, count) in tally.orderedParts { fields.append((part.rawValue, "\(count)")) }
        }
        if let unit = figure.unit { fields.append(("unit", unit)) }
        if let total = figure.partOf { fields.append(("part_of", total)) }
        return fields
    }
}
