import ClaimModel
import Foundation

/// The documented JSON form of a reconciled dataset (`tally reconcile --format json`).
///
/// Top level: `policy`, `policy_explanation`, `counts` (claims, statements, incidents, series,
/// findings by severity), `period_totals`, `incidents`, `series`, `findings`. Every finding lists
/// its claims with `id`, `file`, `line` and `quote`. Keys are sorted, so output is byte-stable.
public enum ReconciliationJSON {
    struct Document: Encodable {
        var policy: String
        var policy_explanation: String
        var counts: Counts
        var period_totals: [PeriodTotalJSON]
        var incidents: [IncidentJSON]
        var series: [SeriesJSON]
        var findings: [FindingJSON]
    }

    struct Counts: Encodable {
        var claims: Int, incidents: Int, series: Int
        var errors: Int, warnings: Int, infos: Int
    }

    struct PeriodTotalJSON: Encodable {
        var party: String?
        var category: String
        var incidents: Int
        var best: Int, low: Int, high: Int
        var running_total: Int?
        var running_total_claim: String?
        var running_total_source: String?
        var residual: Int?
    }

    struct IncidentJSON: Encodable {
        var id: String
        var category: String
        var party: String?
        var region: String?
        var first_day: String?
        var last_day: String?
        var best: Int, low: Int, high: Int
        var grade: String
        var sources: [SourceFigure]
        var claims: [String]
    }

    struct SourceFigure: Encodable {
        var source: String
        var value: Int
        var claim: String
        var reported: String?
    }

    struct SeriesJSON: Encodable {
        var source: String
        var party: String?
        var category: String
        var region: String?
        var points: [SourceFigure]
    }

    struct FindingJSON: Encodable {
        var rule: String
        var severity: String
        var message: String
        var expected: String?
        var observed: String?
        var claims: [ClaimReference]
    }

    struct ClaimReference: Encodable {
        var id: String
        var file: String?
        var line: Int?
        var quote: String?
    }

    /// The dataset as pretty-printed JSON with sorted keys, ending in a newline.
    public static func text(of dataset: ReconciledDataset) -> String {
        let origins = Dictionary(dataset.records.map { ($0.claim.id, $0) }, uniquingKeysWith: { first, _ in first })
        func figure(_ statement: Statement) -> SourceFigure {
            SourceFigure(source: statement.source.display, value: statement.claim.value, claim: statement.claim.id,
                         reported: statement.claim.reportDate?.description)
        }
        func day(_ number: Int?) -> String? { number.map { CalendarDate(dayNumber: $0).description } }
        let counts = dataset.findingCounts
        let document = Document(
            policy: dataset.policy.description,
            policy_explanation: dataset.policy.explanation,
            counts: Counts(claims: dataset.records.count, incidents: dataset.incidents.count, series: dataset.series.count,
                           errors: counts[.error] ?? 0, warnings: counts[.warning] ?? 0, infos: counts[.info] ?? 0),
            period_totals: dataset.periodTotals.map { total in
                PeriodTotalJSON(party: total.party, category: total.category.rawValue, incidents: total.incidentCount,
                                best: total.best, low: total.low, high: total.high,
                                running_total: total.runningTotal?.claim.value, running_total_claim: total.runningTotal?.claim.id,
                                running_total_source: total.runningTotal?.source.display, residual: total.residual)
            },
            incidents: dataset.incidents.map { incident in
                IncidentJSON(id: incident.id, category: incident.category.rawValue, party: incident.party, region: incident.region,
                             first_day: day(incident.firstDay), last_day: day(incident.lastDay),
                             best: incident.best, low: incident.low, high: incident.high, grade: incident.grade.rawValue,
                             sources: incident.latestBySource.map(figure), claims: incident.claimIDs)
            },
            series: dataset.series.map { series in
                SeriesJSON(source: series.key.source.display, party: series.key.party.isEmpty ? nil : series.key.party,
                           category: series.key.category.rawValue, region: series.points.first?.claim.region,
                           points: series.points.map(figure))
            },
            findings: dataset.findings.map { finding in
                FindingJSON(rule: finding.rule, severity: finding.severity.rawValue, message: finding.message,
                            expected: finding.expected, observed: finding.observed,
                            claims: finding.claimIDs.map { id in
                                let record = origins[id]
                                return ClaimReference(id: id, file: record?.origin.file, line: record?.origin.line,
                                                      quote: record?.claim.quote)
                            })
            }
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
