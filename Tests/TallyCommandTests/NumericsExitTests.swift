import Foundation
import Testing

/// Issue 8: no input reaches GSL's `abort()` or a Swift trap. Each degenerate dataset goes through
/// every command that computes statistics, in a child process: a signal fails the test.
@Suite("Numerics: degenerate datasets never abort or trap")
struct NumericsExitTests {
    static let header = "id,report_date,event_start,event_end,category,value,low,high,party,scope,source"

    static func rows(_ count: Int, _ make: (Int) -> String) -> String {
        (0..<count).map(make).joined(separator: "\n")
    }

    static let datasets: [(name: String, claims: String)] = [
        ("no claims", ""),
        ("one claim", "a,2020-03-04,2020-03-04,2020-03-04,killed,1,,,P,incident,S"),
        ("every figure zero", rows(30) { "z\($0),2020-03-04,2020-03-0\($0 % 9 + 1),2020-03-0\($0 % 9 + 1),killed,0,0,0,P,incident,S\($0 % 2)" }),
        ("the largest figures", rows(40) { "h\($0),2020-03-04,2020-03-01,2020-03-01,\($0 % 2 == 0 ? "killed" : "wounded"),10000000000,,,P,\($0 % 5 == 0 ? "cumulative" : "incident"),S\($0 % 3)" }),
        ("the widest ranges", rows(12) { "r\($0),2020-03-04,2020-03-0\($0 % 4 + 1),2020-03-0\($0 % 4 + 1),killed,\($0),0,\($0 % 2 == 0 ? "10000000000" : "")),P,incident,S" }),
        ("open ranges at the largest figure", rows(6) { "o\($0),2020-03-04,2020-03-02,2020-03-02,killed,10000000000,10000000000,,P\($0),incident,S" }),
        ("identical figures on one day", rows(50) { "i\($0),2020-03-04,2020-03-04,2020-03-04,killed,7,,,P,incident,S\($0)" }),
        ("only running totals", rows(20) { "t\($0),2020-03-\(10 + $0),2020-03-01,2020-03-\(10 + $0),killed,\($0 * 10),,,P,cumulative,S" }),
        ("only wounded, no killed", rows(5) { "w\($0),2020-03-04,2020-03-04,2020-03-04,wounded,\($0 * 1000),,,P,incident,S" }),
        ("killed far beyond wounded", "k,2020-03-04,2020-03-04,2020-03-04,killed,10000000000,,,P,incident,S\nw,2020-03-04,2020-03-04,2020-03-04,wounded,1,,,P,incident,S"),
        ("dates from year 1 to 9999", "a,0001-01-01,0001-01-01,0001-01-01,killed,5,,,P,incident,S\nb,9999-12-31,9999-12-31,9999-12-31,killed,9,,,P,incident,S"),
        ("months and years only", rows(8) { "m\($0),2020,2020-0\($0 % 9 + 1),2020-0\($0 % 9 + 1),killed,\($0 + 1),,,P,incident,S" }),
        ("two sources sharing nothing", rows(20) { "c\($0),2020-03-04,2020-03-0\($0 % 9 + 1),2020-03-0\($0 % 9 + 1),killed,\($0 + 1),,,P\($0),incident,S\($0 % 2)" }),
    ]

    @Test(arguments: datasets.map(\.name))
    func statisticsCommandsEndNormally(name: String) throws {
        let claims = Self.datasets.first { $0.name == name }!.claims
        let scratch = try ScratchFolder()
        try scratch.write(Self.header + "\n" + claims + (claims.isEmpty ? "" : "\n"), to: "data/claims.csv")
        for command in [["stats", "data", "--format", "json", "-o", "stats.json"], ["stats", "data", "--format", "text"],
                        ["report", "data", "-o", "report.md"], ["check", "data", "--fail-on", "never"]] {
            let result = try ExitingTally.run(command, in: scratch.url)
            #expect(result.exited, "\(name): \(command[0]) was killed by a signal: \(result.standardError.suffix(1500))")
            // 0, or 2 with a message for a figure GSL cannot take: never a crash.
            #expect(result.status == 0 || (result.status == 2 && result.standardError.hasPrefix("error: ")),
                    "\(name): \(command[0]) exited \(result.status): \(result.standardError.prefix(1500))")
        }
    }
}
