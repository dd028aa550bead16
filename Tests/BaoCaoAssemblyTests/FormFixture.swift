import BaoCaoAssembly
import BaoCaoCore
import BaoCaoTestSupport
import Foundation

/// Department forms made from an ``AssemblyFixture``'s configuration and filled by openpyxl the
/// way a clerk fills them in Excel.
extension AssemblyFixture {
    /// Writes the form of `department` for `period` into a scratch folder; returns its URL.
    func form(_ department: String, period: String = "2023-05") throws -> URL {
        let maker = FormMaker(configDirectory: config.path, registry: .builtIn)
        let form = try maker.form(department: department, period: ReportingPeriod(period)!)
        let url = try TestPaths.scratchDirectory().appendingPathComponent(FormMaker.fileName(department: form.department, period: ReportingPeriod(period)!))
        try form.data.write(to: url)
        return url
    }

    /// The sample month's values of `department`, by figure id, as the numbers (or lists of tally
    /// counts) a clerk types: taken from the assembly of the untouched sample.
    static func typedValues(_ department: String) throws -> [String: Any] {
        var values: [String: Any] = [:]
        for figure in try AssemblyFixture.projectAssembly().figures where figure.department == department {
            switch figure.value {
            case .number(let value, _): values[figure.id] = NSDecimalNumber(decimal: value).doubleValue
            case .tasks(let tally):
                values[figure.id] = [tally.assigned] + TaskTally.Part.allCases.map { tally.parts[$0] as Any? ?? NSNull() }
            }
        }
        return values
    }

    /// Fills `form` with openpyxl: `values` by figure id (a number, a text, a formula "=…", or a
    /// tally's list of counts), then deletes the sheet rows `deleting`; saves it as `name` in the
    /// fixture's folder of `period` and returns that URL.
    @discardableResult
    func fill(_ form: URL, values: [String: Any], deleting: [Int] = [], as name: String, period: String = "2023-05") throws -> URL {
        try Self.fill(form, values: values, deleting: deleting, to: sample(name, period: period))
    }

    /// Fills `form` as ``fill(_:values:deleting:as:period:)`` does, saving it at `target`.
    @discardableResult
    static func fill(_ form: URL, values: [String: Any], deleting: [Int] = [], to target: URL) throws -> URL {
        let json = String(decoding: try JSONSerialization.data(withJSONObject: values, options: [.sortedKeys]), as: UTF8.self)
        _ = try Python.run(FormFixture.fillScript, [form.path, target.path, json, "\(deleting)"])
        return target
    }
}

/// The openpyxl scripts the form tests run.
enum FormFixture {
    /// Fills the value cells (E; a tally's F…J) of the rows whose hidden id (column M) is given.
    static let fillScript = """
        import json, sys, openpyxl
        source, target, values, deleting = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), json.loads(sys.argv[4])
        book = openpyxl.load_workbook(source)
        sheet = book["Biểu"]
        for row in sheet.iter_rows(min_row=9):
            value = values.get(row[12].value)
            if isinstance(value, list):
                for offset, count in enumerate(value):
                    row[5 + offset].value = count
            elif value is not None:
                row[4].value = value
        for number in sorted(deleting, reverse=True):
            sheet.delete_rows(number)
        book.save(target)
        """
}
