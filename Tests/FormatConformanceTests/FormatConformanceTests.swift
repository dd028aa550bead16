import BaoCaoCore
import BaoCaoFormats
import BaoCaoTestSupport
import Foundation
import Testing

/// What every registered format must do, run over `FormatRegistry.builtIn`: a new exporter or
/// importer is covered here as soon as it is registered, with no further code.
@Suite("Every registered format")
struct FormatConformanceTests {
    private static let registry = FormatRegistry.builtIn

    /// Vietnamese text full of characters that are markup in one format or another.
    static let hostileText = "Tổng số <văn bản> & 'đến' \"đúng hạn\": 3.384; *nhấn* _gạch_ [^x] # | \\ `mã` {{vp.so}} ]]> --"

    /// A report with that text in a heading, a paragraph, a table cell and a footnote.
    static var report: Report {
        var report = OfficialReportFixture.report()
        report.sections.append(Section(number: "III.", title: [.text(hostileText)], blocks: [
            .paragraph([.text(hostileText), .footnoteReference("ky-tu")]),
            .table(Table(headerRowCount: 1, rows: [
                TableRow(cells: [TableCell(text: "Chỉ tiêu"), TableCell(text: "Giá trị")]),
                TableRow(cells: [TableCell(text: hostileText), TableCell(text: "66,2%")]),
            ])),
        ]))
        report.footnotes.append(Footnote(id: "ky-tu", blocks: [.paragraph([.text("Ghi chú: " + hostileText)])]))
        return report
    }

    /// Every exporter that writes in-process. PDF is left out: LibreOffice prints it, so it starts an
    /// outside program and is not byte-reproducible (its time stamp); `PDFExporterTests` cover it.
    static var exporterNames: [String] { registry.exporters.map(\.info.name.rawValue).filter { $0 != FormatName.pdf.rawValue } }
    static var importerNames: [String] { registry.importers.map(\.info.name.rawValue) }

    private func export(_ name: String) throws -> (data: Data, log: DiagnosticLog) {
        let log = DiagnosticLog()
        let data = try Self.registry.exporter(FormatName(rawValue: name)).export(Self.report, options: ExportOptions(), log: log)
        return (data, log)
    }

    @Test func everyFormatIsFoundByItsNameAndEachExtension() throws {
        for exporter in Self.registry.exporters {
            #expect(try Self.registry.exporter(exporter.info.name).info == exporter.info)
            for ext in exporter.info.extensions {
                #expect(try Self.registry.exporter(named: nil, forPath: "Exports/bao-cao.\(ext.uppercased())").info == exporter.info)
            }
        }
        for importer in Self.registry.importers {
            #expect(try Self.registry.importer(importer.info.name).info == importer.info)
            for ext in importer.info.extensions {
                #expect(try Self.registry.importer(named: nil, forPath: "hop-thu/so-lieu.\(ext)").info == importer.info)
            }
        }
    }

    @Test("an exporter gives non-empty, byte-identical output for the same report", arguments: exporterNames)
    func exportIsNonEmptyAndDeterministic(_ name: String) throws {
        let first = try export(name).data
        #expect(!first.isEmpty)
        #expect(try export(name).data == first)
    }

    /// The exporters that write the whole document (XLSX writes only the tables: the heading and
    /// footnote of ``report`` are not in it).
    static var documentExporterNames: [String] { exporterNames.filter { $0 != FormatName.xlsx.rawValue } }

    @Test("Vietnamese and markup characters come back as they were written", arguments: documentExporterNames)
    func hostileTextSurvives(_ name: String) throws {
        let data = try export(name).data
        let format = FormatName(rawValue: name)
        guard let importer = Self.registry.importers.first(where: { $0.info.name == format }) else {
            // No reader for this format: its text must still hold every word, escaped or quoted as the format needs.
            let text = try #require(String(data: data, encoding: .utf8), "\(name) without an importer must be UTF-8 text")
            for word in Self.hostileText.split(separator: " ") {
                #expect(text.replacingOccurrences(of: "\"\"", with: "\"").contains(word), "\(name) lost '\(word)'")
            }
            return
        }
        // A format may carry only part of a report (XLSX: the tables), but what it carries must come
        // back whole: every place the text starts holds all of it, and the table cell at least is there.
        let back = try importer.importReport(from: data, source: "conformance.\(name)", log: DiagnosticLog())
        let text = ImportedText.plainText(back) + "\n" + back.annexes.flatMap(\.blocks).map(\.plainText).joined(separator: "\n")
        let start = String(Self.hostileText.prefix(8))
        let pieces = text.components(separatedBy: start).dropFirst()
        #expect(!pieces.isEmpty, "\(name) lost the text: \(text)")
        for piece in pieces {
            #expect((start + piece).hasPrefix(Self.hostileText), "\(name) changed the text: \(start + piece.prefix(120))")
        }
    }

    @Test("an importer reads the same bytes to the same report", arguments: importerNames)
    func importIsDeterministic(_ name: String) throws {
        let format = FormatName(rawValue: name)
        let data = try Self.registry.exporter(format).export(Self.report, options: ExportOptions(), log: DiagnosticLog())
        let importer = try Self.registry.importer(format)
        let first = try importer.importReport(from: data, source: "a.\(name)", log: DiagnosticLog())
        #expect(!first.sections.isEmpty)
        #expect(try importer.importReport(from: data, source: "a.\(name)", log: DiagnosticLog()) == first)
    }

    @Test("an importer refuses garbage with an error naming the source", arguments: importerNames)
    func garbageIsRefusedNamingTheSource(_ name: String) throws {
        let garbage = Data([0x50, 0x4B, 0xFF, 0xFE, 0x00, 0x9F]) + Data("<<< không phải tài liệu".utf8)
        let source = "rac/tep-hong.\(name)"
        let error = try #require(throws: BaoCaoError.self) {
            try Self.registry.importer(FormatName(rawValue: name)).importReport(from: garbage, source: source, log: DiagnosticLog())
        }
        #expect(error.location?.file == source, "\(name): \(error)")
        #expect(error.kind == .badInput)
    }
}
