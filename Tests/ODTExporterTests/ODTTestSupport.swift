import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import ODTExporter

extension ExportedFile {
    /// Exports `report` as ODT into a new scratch folder.
    init(odt report: Report, options: ExportOptions = ExportOptions()) throws {
        try self.init(report, with: ODTExporter(), options: options)
    }
}
