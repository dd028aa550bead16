import Hummingbird

/// The intake's HTTP application: the JSON API and the pages on one router.
public enum IntakeApplication {
    /// The router with every route of the service.
    ///
    /// - Throws: when the page templates cannot be loaded.
    public static func router(_ service: IntakeService) throws -> Router<IntakeRequestContext> {
        let router = Router(context: IntakeRequestContext.self)
        APIRoutes.add(to: router, service: service)
        try PageRoutes.add(to: router, service: service)
        return router
    }

    /// The application serving `service` on `host`:`port` (loopback by default).
    public static func make(_ service: IntakeService, host: String = "127.0.0.1", port: Int = 8080) throws -> some ApplicationProtocol {
        Application(router: try router(service), configuration: .init(address: .hostname(host, port: port), serverName: "baocao"))
    }
}
