import BaoCaoTestSupport
import Foundation
import Testing

@Suite("Intake OpenAPI file")
struct OpenAPITests {
    /// docs/openapi.yaml is a valid OpenAPI 3.1 document (openapi-spec-validator) and lists every route of the API.
    @Test(.tags(.external)) func theOpenAPIFileIsValidAndComplete() throws {
        let spec = TestPaths.packageRoot.appendingPathComponent("docs/openapi.yaml").path
        let script = """
            import sys
            from openapi_spec_validator import validate
            from openapi_spec_validator.readers import read_from_filename
            spec, _ = read_from_filename(sys.argv[1])
            validate(spec)
            for path, item in sorted(spec["paths"].items()):
                for method in sorted(item):
                    if method != "parameters":
                        print(method.upper(), path)
            """
        let result = try ExternalTool.run("python3", ["-c", script, spec])
        #expect(result.status == 0, "\(result.stderr)")
        let routes = Set(result.stdout.split(separator: "\n").map(String.init))
        #expect(routes == [
            "POST /login", "POST /logout", "POST /password", "POST /periods/{period}/submissions", "GET /periods/{period}/submissions",
            "GET /submissions/{id}/file", "GET /periods/{period}/status", "GET /periods/{period}/departments/{department}/form",
            "GET /periods/{period}/departments/{department}/section", "POST /periods/{period}/departments/{department}/review",
            "POST /periods/{period}/lock", "POST /periods/{period}/assemble", "POST /periods/{period}/reminder", "GET /audit", "GET /audit.csv",
        ])
    }
}
