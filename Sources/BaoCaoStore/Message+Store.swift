import BaoCaoCore

// The catalogue: messages of the intake's store (accounts, stored files).
// Each message once in Vietnamese and once in English; see `Message`.

extension Message {
    /// A login name with characters other than a–z, 0–9, "-", "_", ".".
    static func badLogin(_ login: String) -> Message {
        Message(
            vi: "tên đăng nhập '\(login)' chỉ được gồm chữ thường a–z, số 0–9 và dấu - _ .",
            en: "the login '\(login)' may hold only lower-case a–z, digits 0–9 and - _ .")
    }

    /// A login name already in use.
    static func loginTaken(_ login: String) -> Message {
        Message(vi: "tên đăng nhập '\(login)' đã có", en: "the login '\(login)' is taken")
    }

    /// No account of that login.
    static func noSuchAccount(_ login: String) -> Message {
        Message(vi: "không có tài khoản '\(login)'", en: "no account '\(login)'")
    }

    /// A stored submission whose file is gone from the blob store.
    static func storedFileMissing(_ sha256: String) -> Message {
        Message(vi: "không thấy tệp đã lưu \(sha256)", en: "stored file \(sha256) is missing")
    }
}
