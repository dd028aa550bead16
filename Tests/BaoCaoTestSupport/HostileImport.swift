import BaoCaoCore
import Foundation

/// Feeds broken and hostile files to an importer and records how it refused them.
public enum HostileImport {
    /// Imports `data` as `source`, expecting a refusal: the ``BaoCaoError`` thrown (`nil` when the
    /// import succeeded or threw another error) and the seconds it took.
    public static func refusal(of data: Data, by importer: some Importer, source: String) -> (error: BaoCaoError?, seconds: Double) {
        let start = Date()
        var caught: BaoCaoError?
        do {
            _ = try importer.importReport(from: data, source: source, log: DiagnosticLog())
        } catch let error as BaoCaoError {
            caught = error
        } catch {}
        return (caught, Date().timeIntervalSince(start))
    }

    /// Imports `rounds` copies of `original` with up to eight bytes changed each (``ByteMutator``,
    /// fixed seed) and returns the errors of the refused ones.
    ///
    /// - Throws: any error that is not a ``BaoCaoError`` (an importer may only refuse with one).
    public static func mutatedRefusals(of original: Data, by importer: some Importer, source: String, rounds: Int = 300)
        throws -> [BaoCaoError]
    {
        var mutator = ByteMutator(seed: 20230525)
        var refusals: [BaoCaoError] = []
        for _ in 0..<rounds {
            do {
                _ = try importer.importReport(from: mutator.mutate(original, changes: 8), source: source, log: DiagnosticLog())
            } catch let error as BaoCaoError {
                refusals.append(error)
            }
        }
        return refusals
    }
}
