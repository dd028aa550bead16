import BaoCaoCore
import BaoCaoXML

/// Collects the text of one string item (`<si>` of the shared strings, `<is>` of an inline string
/// cell) from what a ``SafeXMLParser`` reads: its `<t>`, or its runs' `<t>`s joined, phonetic
/// guides (`<rPh>`) left out.
struct StringItemText {
    /// The level of the item element in the document.
    let level: Int
    private var direct: [UInt8]?
    private var runs: [UInt8] = []
    private var inRun = false
    private var collecting: Target?

    private enum Target { case direct, run }

    init(level: Int) {
        self.level = level
    }

    /// Takes the start of an element inside the item.
    mutating func start(_ element: SafeXMLParser.Element) {
        let main = SpreadsheetNamespace.main
        if element.depth == level + 1 {
            if element.name.is(main, "t") {
                collecting = .direct
                if direct == nil { direct = [] }
            } else if element.name.is(main, "r") {
                inRun = true
            }
        } else if inRun, element.depth == level + 2, element.name.is(main, "t") {
            collecting = .run
        }
    }

    /// Takes the end of the element at `depth` inside the item.
    mutating func end(depth: Int) {
        if depth == level + 1 {
            inRun = false
            collecting = nil
        } else if depth == level + 2 {
            collecting = nil
        }
    }

    /// Takes character data inside the item.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        switch collecting {
        case .direct: direct?.append(contentsOf: bytes)
        case .run: runs.append(contentsOf: bytes)
        case nil: return
        }
    }

    /// The item's text, `_xHHHH_` escapes decoded, in NFC.
    var value: String {
        let bytes = direct ?? runs
        let text = String(decoding: bytes, as: UTF8.self)
        return (Self.hasEscape(bytes) ? Self.unescaped(text) : text).nfc
    }

    /// Whether `bytes` hold "_x" somewhere (the start of an escape).
    private static func hasEscape(_ bytes: [UInt8]) -> Bool {
        var underscore = false
        for byte in bytes {
            if underscore, byte == UInt8(ascii: "x") { return true }
            underscore = byte == UInt8(ascii: "_")
        }
        return false
    }

    /// `text` with its `_xHHHH_` escapes (ECMA-376 ST_Xstring: "_x000D_" for a carriage return,
    /// "_x005F_" for "_") decoded.
    private static func unescaped(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let start = rest.range(of: "_x") {
            out += rest[..<start.lowerBound]
            let hex = rest[start.upperBound...].prefix(5)
            if hex.count == 5, hex.last == "_", let code = UInt32(hex.dropLast(), radix: 16), let scalar = Unicode.Scalar(code) {
                out.unicodeScalars.append(scalar)
                rest = rest[rest.index(start.upperBound, offsetBy: 5)...]
            } else {
                out += "_x"
                rest = rest[start.upperBound...]
            }
        }
        return out + rest
    }
}
