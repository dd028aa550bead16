import ArgumentParser
import BaoCaoAssembly
import BaoCaoCore
import Foundation

/// `baocao form`: the Excel form a department fills for a period.
struct FormCommand: ParsableCommand, LanguageChoosing {
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

    @Option(name: .shortAndLong, help: "The output file (default: <department>-<period>.xlsx); with --all, the folder (default: Exports/<period>/bieu-mau).")
    var output: String?

    @OptionGroup var inputs: AssemblyInputOptions

    var chosenLanguage: Language? { inputs.language.language }

    func validate() throws {
        guard all != (department != nil) else { throw ValidationError("give either --department ID or --all") }
    }

    func run() throws {
        let maker = FormMaker(configDirectory: inputs.config, inbox: inputs.inbox, registry: .builtIn)
        let profilePath = (inputs.config as NSString).appendingPathComponent("profile.yaml")
        let period = try inputs.request().period ?? Profile.load(URL(fileURLWithPath: profilePath), file: profilePath).defaultPeriod
        if let department {
            let form = try maker.form(department: department, period: period)
            let path = output ?? FormMaker.fileName(department: form.department, period: period)
            try AtomicFile.write(form.data, to: URL(fileURLWithPath: path))
            inputs.progress("wrote \(path)")
            return
        }
        let folder = output ?? "Exports/\(period)/bieu-mau"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let forms = try maker.departments().map { try maker.form(department: $0, period: period) }
        for form in forms {
            let path = (folder as NSString).appendingPathComponent(FormMaker.fileName(department: form.department, period: period))
            try AtomicFile.write(form.data, to: URL(fileURLWithPath: path))
        }
        inputs.progress("wrote \(forms.count) form(s) into \(folder)")
    }
}
