import BaoCaoStore
import Foundation

/// Slows down repeated failed sign-ins, per account and per address: after `freeAttempts`
/// failures in a row, each further attempt must wait twice as long as the last (up to `maxDelay`).
///
/// The failures are counted in the database (``IntakeStore/recordSignInFailure(_:now:forgetAfter:)``),
/// so neither a restart nor a second process on the same data folder starts the count again.
struct SignInThrottle: Sendable {
    let store: IntakeStore
    var freeAttempts = 5
    var maxDelay: TimeInterval = 300

    /// The seconds still to wait before `keys` may try again, or 0.
    func wait(for keys: [String], now: Date) throws -> Int {
        try store.signInFailures(keys).map { entry -> Int in
            guard entry.count >= freeAttempts else { return 0 }
            let delay = min(maxDelay, pow(2, Double(entry.count - freeAttempts)))
            return max(0, Int((entry.last.addingTimeInterval(delay).timeIntervalSince(now)).rounded(.up)))
        }.max() ?? 0
    }

    /// Records a failed attempt for every key.
    func failed(_ keys: [String], now: Date) throws {
        // A key whose last failure is older than a day starts again from nothing.
        try store.recordSignInFailure(keys, now: now, forgetAfter: 24 * 3600)
    }

    /// Forgets the failures of `keys` after a successful sign-in.
    func succeeded(_ keys: [String]) throws {
        try store.clearSignInFailures(keys)
    }
}
