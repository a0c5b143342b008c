/// A date on the proleptic Gregorian calendar, possibly of reduced precision.
///
/// Reports often give only a month ("2015-05") or a year ("2021"); such dates are kept as
/// written rather than invented to a day. ``firstDay`` and ``lastDay`` give the span a date
/// covers, so comparisons between dates of different precision stay honest.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    /// 1–12, or `nil` for a year-only date.
    public let month: Int?
    /// 1–31, or `nil` for a year- or month-only date.
    public let day: Int?

    /// A full date; `nil` when the day does not exist (2020-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    private init(checkedYear year: Int, month: Int?, day: Int?) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `nil` for anything else or a day that does not exist.
    public init?(iso text: some StringProtocol) {
        // Byte-level and without allocating: claim files hold millions of dates.
        var fields = (0, 0, 0)
        var fieldCount = 1
        var length = 0
        for byte in text.utf8 {
            length += 1
            guard length <= 10 else { return nil }
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                let digit = Int(byte - UInt8(ascii: "0"))
                switch fieldCount {
                case 1: fields.0 = fields.0 * 10 + digit
                case 2: fields.1 = fields.1 * 10 + digit
                default: fields.2 = fields.2 * 10 + digit
                }
            } else if byte == UInt8(ascii: "-"), length == 5 || length == 8, fieldCount == (length == 5 ? 1 : 2) {
                fieldCount += 1
            } else {
                return nil
            }
        }
        let (year, month, day) = fields
        switch (length, fieldCount) {
        case (4, 1):
            guard year >= 1 else { return nil }
            self.init(checkedYear: year, month: nil, day: nil)
        case (7, 2):
            guard year >= 1, (1...12).contains(month) else { return nil }
            self.init(checkedYear: year, month: month, day: nil)
        case (10, 3):
            guard year >= 1, (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
            self.init(checkedYear: year, month: month, day: day)
        default:
            return nil
        }
    }

    /// The date `days` after a day number (days since 1970-01-01).
    public init(dayNumber: Int) {
        // Howard Hinnant's civil-from-days algorithm.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(checkedYear: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Whether the date names a single day.
    public var isFullDate: Bool { day != nil }

    /// The first day the date covers, as days since 1970-01-01.
    public var firstDay: Int { Self.dayNumber(year: year, month: month ?? 1, day: day ?? 1) }

    /// The last day the date covers, as days since 1970-01-01.
    public var lastDay: Int {
        let lastMonth = month ?? 12
        return Self.dayNumber(year: year, month: lastMonth, day: day ?? Self.daysIn(month: lastMonth, year: year))
    }

    /// The same calendar day shifted by a number of days (a reduced-precision date shifts its first day).
    public func adding(days: Int) -> CalendarDate { CalendarDate(dayNumber: firstDay + days) }

    /// Day of the week, 0 = Sunday … 6 = Saturday, of the first day covered.
    public var weekday: Int { ((firstDay % 7) + 11) % 7 }

    /// ISO 8601 at the date's own precision.
    public var description: String {
        var text = String(year).leftPadded(to: 4)
        if let month { text += "-" + String(month).leftPadded(to: 2) }
        if let day { text += "-" + String(day).leftPadded(to: 2) }
        return text
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.firstDay, lhs.lastDay) < (rhs.firstDay, rhs.lastDay)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Howard Hinnant's days-from-civil algorithm.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
