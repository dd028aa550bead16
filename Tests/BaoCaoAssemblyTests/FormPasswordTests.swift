import BaoCaoAssembly
import BaoCaoCore
import BaoCaoTestSupport
import Foundation
import Testing

/// The profile's `forms.sheet_password`: stored in the form as a salted, iterated SHA-512 hash.
@Suite("Department forms protected with the profile's password")
struct FormPasswordTests {
    static let password = "Mật khẩu Văn phòng 2023"

    /// A fixture whose profile gives the forms a password.
    private func fixture() throws -> AssemblyFixture {
        let fixture = try AssemblyFixture()
        let profile = fixture.config.appendingPathComponent("profile.yaml")
        let text = try String(contentsOf: profile, encoding: .utf8)
        try Data((text + "\nforms:\n  sheet_password: \"\(Self.password)\"\n").utf8).write(to: profile)
        return fixture
    }

    @Test("the same profile gives the same bytes; each department's form has its own salt")
    func deterministicSalts() throws {
        let fixture = try fixture()
        let first = try Data(contentsOf: fixture.form("snn", period: "2023-06"))
        #expect(try Data(contentsOf: fixture.form("snn", period: "2023-06")) == first)
        let plain = try Data(contentsOf: AssemblyFixture().form("snn", period: "2023-06"))
        #expect(plain != first, "a password changes the sheet")
    }

    @Test("openpyxl reads the SHA-512 protection and Python's hashlib computes the same hash from the password", .tags(.external))
    func hashMatchesHashlib() throws {
        let fixture = try fixture()
        let script = """
            import sys, base64, hashlib, openpyxl
            def protection(path):
                return openpyxl.load_workbook(path)["Biểu"].protection
            def sha512(password, salt, spins):
                digest = hashlib.sha512(salt + password.encode("utf-16-le")).digest()
                for index in range(spins):
                    digest = hashlib.sha512(digest + index.to_bytes(4, "little")).digest()
                return base64.b64encode(digest).decode()
            snn, vp = protection(sys.argv[1]), protection(sys.argv[2])
            salt = base64.b64decode(snn.saltValue)
            print(snn.sheet, snn.algorithmName, snn.spinCount, len(salt))
            print(sha512(sys.argv[3], salt, snn.spinCount) == snn.hashValue, sha512("sai", salt, snn.spinCount) == snn.hashValue)
            print(snn.saltValue != vp.saltValue, snn.hashValue != vp.hashValue)
            """
        let output = try Python.run(script, [try fixture.form("snn").path, try fixture.form("vp").path, Self.password])
        #expect(output.split(separator: "\n").map(String.init) == ["True SHA-512 100000 16", "True False", "True True"])
    }

    @Test("LibreOffice opens the protected form and reads its cells", .tags(.external))
    func libreOfficeOpensIt() throws {
        let csv = try LibreOffice.convert(try fixture().form("snn", period: "2023-06"), to: LibreOffice.utf8CSV)
        let text = try String(contentsOf: csv, encoding: .utf8)
        #expect(text.contains("Lúa xuân gieo cấy"))
    }
}
