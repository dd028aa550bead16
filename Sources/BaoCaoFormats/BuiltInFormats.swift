import BaoCaoCore
import CSVExporter
import DOCXExporter
import DOCXImporter
import JSONFormat
import MarkdownExporter
import MarkdownImporter
import ODTExporter
import ODTImporter
import PDFExporter
import XLSXExporter
import XLSXImporter

extension FormatRegistry {
    /// Every format BaoCao ships with. A new format is one target and one line here.
    public static let builtIn = FormatRegistry(
        importers: [
            MarkdownImporter(),
            DOCXImporter(),
            ODTImporter(),
            JSONImporter(),
            XLSXImporter(),
        ],
        exporters: [
            DOCXExporter(),
            ODTExporter(),
            MarkdownExporter(),
            CSVExporter(),
            JSONExporter(),
            PDFExporter(printing: DOCXExporter()),
            XLSXExporter(),
        ])
}
