import ClaimModel
import Testing

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test(arguments: ["2020-02-30", "2019-02-29", "2020-13-01", "2020-1-01", "20-01-01", "2020-01-01T00:00", "March 4", ""])
    func rejectsWhatIsNotARealISODate(text: String) {
        #expect(CalendarDate(iso: text) == nil)
    }

    @Test func readsReducedPrecisionAndKeepsIt() throws {
        let month = try #require(CalendarDate(iso: "2015-05"))
        #expect(month.description == "2015-05")
        #expect(month.lastDay - month.firstDay == 30)
        let leapDay = try #require(CalendarDate(iso: "2020-02-29"))
        #expect(leapDay.adding(days: 1).description == "2020-03-01")
    }

    @Test func knowsTheWeekday() throws {
        // The seed article appeared on Wednesday 4 March 2020.
        #expect(try #require(CalendarDate(iso: "2020-03-04")).weekday == 3)
        #expect(CalendarDate(dayNumber: 0).description == "1970-01-01")
    }
}
