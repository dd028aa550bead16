/// The header of page 1: who issues the document, its number, and where and when.
public struct DocumentHeader: Hashable, Sendable, Codable {
    /// The parent body (cơ quan chủ quản), upright, for example "UBND TỈNH CAO BẰNG".
    public var parentBody: String?
    /// The issuing body (cơ quan ban hành), bold, for example "VĂN PHÒNG".
    public var issuingBody: String?
    /// The number and symbol; `nil` when the document has none yet.
    public var number: DocumentNumber?
    /// The place name written before the date, for example "Cao Bằng".
    public var place: String?
    /// The issue date; its day may be absent in a draft.
    public var date: DocumentDate?

    /// Creates a header.
    public init(
        parentBody: String? = nil, issuingBody: String? = nil, number: DocumentNumber? = nil,
        place: String? = nil, date: DocumentDate? = nil
    ) {
        self.parentBody = parentBody
        self.issuingBody = issuingBody
        self.number = number
        self.place = place
        self.date = date
    }
}

/// A document number and symbol, "Số: 125/BC-VP" (Decree 30, Article 15).
public struct DocumentNumber: Hashable, Sendable, Codable {
    /// The running number within the year; `nil` in a draft, which leaves a blank.
    public var sequence: Int?
    /// The symbol after the slash, for example "BC-VP".
    public var symbol: String

    /// Creates a number; pass `nil` as the sequence for a draft.
    public init(sequence: Int?, symbol: String) {
        self.sequence = sequence
        self.symbol = symbol
    }

    /// Parses "125/BC-VP", "07/BC-VP" or a draft's "/BC-VP"; returns `nil` for anything else.
    public init?(parsing text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let digits = parts[0].trimmingCharacters(in: .whitespaces)
        let symbol = parts[1].trimmingCharacters(in: .whitespaces)
        guard !symbol.isEmpty, !symbol.contains(" ") else { return nil }
        if digits.isEmpty {
            self.init(sequence: nil, symbol: symbol)
        } else if let value = Int(digits), value > 0 {
            self.init(sequence: value, symbol: symbol)
        } else {
            return nil
        }
    }

    /// The number as written after "Số: ": "125/BC-VP", "07/BC-VP", or "/BC-VP" for a draft.
    public var canonicalText: String {
        guard let sequence else { return "/\(symbol)" }
        return "\(VietnameseFormat.padded(sequence))/\(symbol)"
    }
}

/// A calendar date whose day may still be unknown (a draft awaiting signature).
public struct DocumentDate: Hashable, Sendable, Codable, Comparable {
    /// The year, for example 2023.
    public var year: Int
    /// The month, 1 to 12.
    public var month: Int
    /// The day of the month; `nil` leaves a blank for the clerk.
    public var day: Int?

    /// Creates a date; throws nothing but clamps nothing either: use ``init(iso:)`` to validate text.
    public init(year: Int, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses ISO 8601 "2023-05-25", or "2023-05" for a draft without a day.
    public init?(iso text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4, parts[1].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
        else { return nil }
        var day: Int?
        if parts.count == 3 {
            guard parts[2].count == 2, let value = Int(parts[2]),
                (1...DocumentDate.daysIn(month: month, year: year)).contains(value)
            else { return nil }
            day = value
        }
        self.init(year: year, month: month, day: day)
    }

    /// The ISO 8601 form, "2023-05-25" or "2023-05".
    public var isoText: String {
        let head = Self.zeroPadded(year, 4) + "-" + Self.zeroPadded(month, 2)
        guard let day else { return head }
        return head + "-" + Self.zeroPadded(day, 2)
    }

    /// `value` as `printf`'s `%0<width>d` writes it (the sign counts in the width), without
    /// `String(format:)`, whose first use sets up a locale.
    private static func zeroPadded(_ value: Int, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - sign.count - digits.count)) + digits
    }

    /// The number of days in a month of the Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (lhs: DocumentDate, rhs: DocumentDate) -> Bool {
        (lhs.year, lhs.month, lhs.day ?? 0) < (rhs.year, rhs.month, rhs.day ?? 0)
    }
}
