import Foundation

/// How the intake service runs: where its data and configuration are, and its limits.
public struct IntakeSettings: Sendable {
    /// The data folder (database, stored files, inbox mirror).
    public var dataDirectory: URL
    /// The configuration folder, as for `baocao assemble --config`.
    public var configDirectory: String
    /// The largest upload accepted, in bytes (20 MiB); a larger one gets 413.
    public var maxUploadBytes = 20 << 20
    /// The most versions one department may store for one period.
    public var maxVersionsPerPeriod = 200
    /// How long a browser session lasts.
    public var sessionLifetime: TimeInterval = 8 * 3600
    /// How long an API token lasts.
    public var tokenLifetime: TimeInterval = 24 * 3600
    /// Mark cookies `Secure` (behind TLS or a TLS proxy).
    public var secureCookies = false
    /// bcrypt's work factor for passwords set through the service.
    public var bcryptCost: UInt8 = 11
    /// The server's clock; tests replace it.
    public var clock: @Sendable () -> Date = { Date() }

    /// Settings for the data folder `dataDirectory` and configuration folder `configDirectory`.
    public init(dataDirectory: URL, configDirectory: String = "Config") {
        self.dataDirectory = dataDirectory
        self.configDirectory = configDirectory
    }
}
