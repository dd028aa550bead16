import ArgumentParser
import BaoCaoAssembly
import BaoCaoCore
import Foundation

/// `baocao form`: the Excel form a department fills for a period.
struct FormCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "form",
        abstract: "Write a department's monthly form (XLSX) from Config/profile.yaml and Config/catalogue.yaml.",
        discussion: """
            The form lists every figure the catalogue asks of the department, with cells to fill, last \
            month's values for reference and the figure ids in a hidden column; the filled form, put into \
            the inbox, is read as the department's figures.
            Examples: baocao form --department snn --period 2023-06 -o snn-2023-06.xlsx
                      baocao form --all --period 2023-06 -o bieu-mau/
            """)

    @Option(help: "The department id (see Config/profile.yaml).")
    var department: String?

    @Flag(help: "One form per department that has figures in the catalogue, into the folder -o names.")
    var all = false

    @Option(help: "The reporting period, YYYY-MM (default: the profile's sample month).")
    var period: String?

    @Option(name: .shortAndLong, help: "The output file (default: <department>-<period>.xlsx); with --all, the folder (default: Exports/<period>/bieu-mau).")
    var output: String?

    @Option(help: "The configuration folder holding profile.yaml and catalogue.yaml.")
    var config = "Config"

    @Option(help: "The folder holding one folder of submissions per period (default: <config>/samples).")
    var inbox: String?

    func validate() throws {
        guard all != (department != nil) else { throw ValidationError("give either --department ID or --all") }
    }

    func run() throws {
        let maker = FormMaker(configDirectory: config, inbox: inbox, registry: .builtIn)
        let period = try self.period.map { text in
            guard let value = ReportingPeriod(text) else { throw BaoCaoError(.usage, .periodOptionNotAMonth(text)) }
            return value
        } ?? Profile.load(URL(fileURLWithPath: (config as NSString).appendingPathComponent("profile.yaml")),
                          file: (config as NSString).appendingPathComponent("profile.yaml")).defaultPeriod
        if let department {
            let form = try maker.form(department: department, period: period)
            let path = output ?? FormMaker.fileName(department: form.department, period: period)
            try AtomicFile.write(form.data, to: URL(fileURLWithPath: path))
            Console.printError("baocao: wrote \(path)")
            return
        }
        let folder = output ?? "Exports/\(period)/bieu-mau"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let forms = try maker.departments().map { try maker.form(department: $0, period: period) }
        for form in forms {
            let path = (folder as NSString).appendingPathComponent(FormMaker.fileName(department: form.department, period: period))
            try AtomicFile.write(form.data, to: URL(fileURLWithPath: path))
        }
        Console.printError("baocao: wrote \(forms.count) form(s) into \(folder)")
    }
}
