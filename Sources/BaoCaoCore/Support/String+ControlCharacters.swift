extension String {
    /// The text with every control character (C0, DEL, C1) written as a visible escape, `\n`,
    /// `\t` or `\u{1B}`, so that a file name or cell text holding a newline or a terminal escape
    /// sequence cannot forge or hide lines when printed.
    public var withVisibleControlCharacters: String {
        guard unicodeScalars.contains(where: \.isControl) else { return self }
        var out = ""
        for scalar in unicodeScalars {
            guard scalar.isControl else {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            }
        }
        return out
    }
}

extension Unicode.Scalar {
    /// C0 controls, DEL and C1 controls.
    fileprivate var isControl: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}
