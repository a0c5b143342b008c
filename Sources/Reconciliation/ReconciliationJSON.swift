import ClaimModel
import Dispatch

/// The documented JSON form of a reconciled dataset (`tally reconcile --format json`).
///
/// Top level: `counts` (claims, incidents, series, errors, warnings, infos), `findings`,
/// `incidents`, `period_totals`, `policy`, `policy_explanation`, `series`. Every finding lists
/// its claims with `id`, `file` and `line`, and errors and warnings also with each claim's `quote`
/// (info findings — merges, revisions, remainders — are too many in large datasets to repeat quotes). Keys are written in sorted order and
/// the output is byte-stable for the same input.
public enum ReconciliationJSON {
    /// The dataset as pretty-printed JSON, ending in a newline.
    public static func text(of dataset: ReconciledDataset) -> String {
        String(decoding: bytes(of: dataset), as: UTF8.self)
    }

    /// The same JSON as UTF-8 bytes, without the detour through `String`.
    public static func bytes(of dataset: ReconciledDataset) -> [UInt8] {
        var all: [UInt8] = []
        write(dataset) { all += $0 }
        return all
    }

    /// The same JSON handed to `sink` in pieces of a few megabytes, in order, so a large dataset's
    /// document is never held whole in memory.
    public static func write(_ dataset: ReconciledDataset, to sink: ([UInt8]) throws -> Void) rethrows {
        var json = JSONBuilder(capacity: 1 << 22 + 1 << 16)
        let counts = dataset.findingCounts
        json.beginObject()
        json.beginObject("counts")
        json.field("claims", dataset.records.count)
        json.field("errors", counts[.error] ?? 0)
        json.field("incidents", dataset.incidents.count)
        json.field("infos", counts[.info] ?? 0)
        json.field("series", dataset.series.count)
        json.field("warnings", counts[.warning] ?? 0)
        json.endObject()

        json.beginArray("findings")
        try writeElements(of: dataset.findings, into: &json, sink: sink) { finding, json in
            json.beginObject()
            json.beginArray("claims")
            for id in finding.claimIDs {
                let position = dataset.claimPositions[id]
                json.beginObject(inline: true)
                json.field("file", position.map { dataset.records[$0].origin.file })
                json.field("id", id)
                json.field("line", position.map { dataset.records[$0].origin.line })
                if finding.severity > .info { json.field("quote", position.flatMap { dataset.records[$0].claim.quote }) }
                json.endObject()
            }
            json.endArray()
            json.field("expected", finding.expected)
            json.field("message", finding.message)
            json.field("observed", finding.observed)
            json.field("rule", finding.rule)
            json.field("severity", finding.severity.rawValue)
            json.endObject()
        }
        json.endArray()

        json.beginArray("incidents")
        try writeElements(of: dataset.incidents, into: &json, sink: sink) { incident, json in
            json.beginObject()
            json.field("best", incident.best)
            json.field("category", incident.category.rawValue)
            json.beginArray("claims", inline: true)
            for id in incident.claimIDs { json.element(id) }
            json.endArray()
            json.field("first_day", day(incident.firstDay))
            json.field("grade", incident.grade.rawValue)
            json.field("high", incident.high)
            json.field("id", incident.id)
            json.field("last_day", day(incident.lastDay))
            json.field("low", incident.low)
            json.field("party", incident.party)
            json.field("region", incident.region)
            json.beginArray("sources")
            for statement in incident.latestBySource { figure(statement, into: &json) }
            json.endArray()
            json.endObject()
        }
        json.endArray()

        json.beginArray("period_totals")
        for total in dataset.periodTotals {
            json.beginObject()
            json.field("best", total.best)
            json.field("category", total.category.rawValue)
            json.field("high", total.high == Int.max ? nil : total.high)
            json.field("incidents", total.incidentCount)
            json.field("low", total.low)
            json.field("party", total.party)
            json.field("residual", total.residual)
            json.field("running_total", total.runningTotal?.claim.value)
            json.field("running_total_claim", total.runningTotal?.claim.id)
            json.field("running_total_source", total.runningTotal?.source.display)
            json.endObject()
        }
        json.endArray()

        json.field("policy", dataset.policy.description)
        json.field("policy_explanation", dataset.policy.explanation)

        json.beginArray("series")
        // A series can hold thousands of points: one series per piece.
        try writeElements(of: dataset.series, pieceSize: 1, into: &json, sink: sink) { series, json in
            json.beginObject()
            json.field("category", series.key.category.rawValue)
            json.field("party", series.key.party.isEmpty ? nil : series.key.party)
            json.beginArray("points")
            for statement in series.points { figure(statement, into: &json) }
            json.endArray()
            json.field("region", series.points.first?.claim.region)
            json.field("source", series.key.source.display)
            json.field("victim_group", series.key.victimGroup)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        try sink(json.bytes + [UInt8(ascii: "\n")])
    }

    /// Writes the elements of the array open in `json`, rendered by `render` in pieces on every
    /// core and joined in order; hands the bytes to `sink` batch by batch, so memory stays bounded.
    private static func writeElements<Element: Sendable>(
        of elements: [Element], pieceSize: Int = 4096, into json: inout JSONBuilder, sink: ([UInt8]) throws -> Void,
        render: @escaping @Sendable (Element, inout JSONBuilder) -> Void
    ) rethrows {
        let pieceCount = (elements.count + pieceSize - 1) / pieceSize
        let batchSize = 16
        let depth = json.depth
        var batchStart = 0
        while batchStart < pieceCount {
            let batch = batchStart..<min(pieceCount, batchStart + batchSize)
            let rendered = ParallelSlots<[UInt8]>(count: batch.count)
            let startsWithValue = json.holdsValue
            Parallelism.perform(iterations: batch.count) { offset in
                let piece = batch.lowerBound + offset
                // About 1 KB per element: fresh pages cost more than the occasional regrowth.
                var builder = JSONBuilder(insideArrayAtDepth: depth, hasValue: startsWithValue || piece > 0,
                                          capacity: min(1 << 20, pieceSize * 1024))
                for element in elements[piece * pieceSize..<min(elements.count, (piece + 1) * pieceSize)] {
                    render(element, &builder)
                }
                rendered[offset] = builder.bytes
            }
            for offset in 0..<batch.count { json.append(piece: rendered[offset]!, hasValue: true) }
            try json.drain(into: sink)
            batchStart = batch.upperBound
        }
    }

    /// `{claim, reported, source, value}` for one statement.
    private static func figure(_ statement: Statement, into json: inout JSONBuilder) {
        json.beginObject(inline: true)
        json.field("claim", statement.claim.id)
        json.field("reported", statement.claim.reportDate?.description)
        json.field("source", statement.source.display)
        json.field("value", statement.claim.value)
        json.endObject()
    }

    private static func day(_ number: Int?) -> String? { number.map { CalendarDate(dayNumber: $0).description } }
}
