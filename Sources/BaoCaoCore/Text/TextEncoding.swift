/// An encoding a department's text file may be in, as ``TextDecoding/decode(_:source:)`` finds it.
public enum TextEncoding: String, Hashable, Sendable, CaseIterable {
    /// UTF-8, with or without a byte order mark.
    case utf8 = "UTF-8"
    /// UTF-16 little-endian with a byte order mark (Excel's "Unicode Text", Notepad's "Unicode").
    case utf16LittleEndian = "UTF-16 LE"
    /// UTF-16 big-endian with a byte order mark.
    case utf16BigEndian = "UTF-16 BE"
    /// Windows-1258 (Vietnamese ANSI), which writes most tones as combining marks.
    case windows1258 = "Windows-1258"
    /// TCVN 5712:1993 (TCVN3, "ABC"), the encoding of the `.VnTime` fonts.
    case tcvn3 = "TCVN3 (ABC)"
    /// VNI Windows, the encoding of the `VNI-Times` fonts: a letter followed by its marks.
    case vni = "VNI"
}
