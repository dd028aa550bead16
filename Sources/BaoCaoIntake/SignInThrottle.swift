import Foundation

/// Slows down repeated failed sign-ins, per account and per address: after `freeAttempts`
/// failures in a row, each further attempt must wait twice as long as the last (up to `maxDelay`).
actor SignInThrottle {
    private struct Failures {
        var count: Int
        var last: Date
    }

    private var failures: [String: Failures] = [:]
    private let freeAttempts: Int
    private let maxDelay: TimeInterval

    init(freeAttempts: Int = 5, maxDelay: TimeInterval = 300) {
        self.freeAttempts = freeAttempts
        self.maxDelay = maxDelay
    }

    /// The seconds still to wait before `keys` may try again, or 0.
    func wait(for keys: [String], now: Date) -> Int {
        keys.compactMap { failures[$0] }.map { entry -> Int in
            guard entry.count >= freeAttempts else { return 0 }
            let delay = min(maxDelay, pow(2, Double(entry.count - freeAttempts)))
            return max(0, Int((entry.last.addingTimeInterval(delay).timeIntervalSince(now)).rounded(.up)))
        }.max() ?? 0
    }

    /// Records a failed attempt for every key.
    func failed(_ keys: [String], now: Date) {
        for key in keys {
            failures[key] = Failures(count: (failures[key]?.count ?? 0) + 1, last: now)
        }
        if failures.count > 10_000 { failures = failures.filter { now.timeIntervalSince($0.value.last) < maxDelay } }
    }

    /// Forgets the failures of `keys` after a successful sign-in.
    func succeeded(_ keys: [String]) {
        for key in keys { failures[key] = nil }
    }
}
