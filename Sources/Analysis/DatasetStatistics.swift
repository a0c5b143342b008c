import ClaimModel
import Reconciliation
import Statistics

/// The statistics of a reconciled dataset: groups, daily series, heaping, killed-to-wounded
/// ratios and a capture–recapture estimate, with the findings they raise.
///
/// Pure: the same dataset and settings give the same values (the Monte Carlo generator is seeded).
public struct DatasetStatistics: Sendable {
    public var settings: StatisticsSettings
    /// Party × category × scope × period, in key order.
    public var groups: [Group]
    /// One per party × category with day-level incidents.
    public var daily: [DailySeries]
    /// Over all figures first, then per source with enough figures.
    public var heaping: [Heaping]
    public var ratios: [Ratio]
    public var captureRecapture: Recapture?
    /// Rules `stats.heaping`, `stats.overdispersion`, `stats.changepoint`, `stats.ratio`; most severe first.
    public var findings: [Finding]

    /// Computes everything.
    ///
    /// - Throws: ``GSLError`` when a statistic cannot be computed (settings out of range, or
    ///   figures so large that a sum overflows).
    ///
    /// With `findingsOnly`, the groups and the capture–recapture estimate (which raise no findings)
    /// are skipped: `tally check` needs the findings alone.
    public init(dataset: ReconciledDataset, settings: StatisticsSettings = StatisticsSettings(),
                findingsOnly: Bool = false) throws(GSLError) {
        var settings = settings
        let partition = findingsOnly ? nil : Group.Partition(incidents: dataset.incidents)
        if let partition { settings.draws = Group.effectiveDraws(for: partition, settings: settings) }
        self.settings = settings
        let parts = Parts(dataset: dataset, settings: settings, partition: partition, findingsOnly: findingsOnly)
        groups = try parts.groups()
        daily = try parts.daily[0]!.get().series
        heaping = try parts.heaping[0]!.get().tests
        ratios = try parts.ratios[0]!.get().ratios
        captureRecapture = try parts.captureRecapture()
        var findings: [Finding] = []
        findings += try parts.heaping[0]!.get().findings
        findings += try parts.daily[0]!.get().findings
        findings += try parts.ratios[0]!.get().findings
        findings.sort(by: Finding.severityOrder)
        self.findings = findings
    }
}

extension ReconciledDataset {
    /// The dataset with the statistical findings added to the reconciliation's, most severe first,
    /// so reports and `tally check` list them under their `stats.*` rule ids.
    public func addingFindings(of statistics: DatasetStatistics) -> ReconciledDataset {
        addingFindings(statistics.findings)
    }
}

/// Numbers as people read them: integers without a decimal point, others to the given digits.
enum Number {
    static func text(_ value: Double, digits: Int = 1) -> String {
        guard value.isFinite else { return value > 0 ? "∞" : "−∞" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15, digits == 0 { return String(Int(rounded)) }
        var text = String(rounded)
        if let dot = text.firstIndex(of: "."), !text.contains("e") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < digits { text += String(repeating: "0", count: digits - decimals) }
        }
        return text
    }

    static func pValue(_ value: Double) -> String {
        if value < 0.0001 { return "< 0.0001" }
        return text(value, digits: 4)
    }

    static func day(_ number: Int) -> String { CalendarDate(dayNumber: number).description }
}
