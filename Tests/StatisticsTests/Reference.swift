import Foundation

/// The reference values in `Fixtures/reference.json`, computed once with scipy 1.17 and numpy by
/// `Fixtures/make_reference.py` (committed for provenance; tests never run it).
struct Reference: Decodable {
    struct Summary: Decodable {
        var name: String, values: [Double], sum: Double, mean: Double, median: Double, quantiles: [Double]
        var sampleVariance: Double?, minimum: Double, maximum: Double
    }
    struct Dispersion: Decodable { var name: String, counts: [Double], index: Double, statistic: Double, pValue: Double }
    struct Trend: Decodable {
        var name: String, x: [Double], y: [Double], slope: Double, intercept: Double
        var standardError: Double, lower: Double, upper: Double, pValue: Double
    }
    struct Heaping: Decodable { var count: Int, heaped: Int, pValue: Double }
    struct Ratio: Decodable { var numerator: Int, denominator: Int, lower: Double, upper: Double? }
    struct Poisson: Decodable { var count: Int, lower: Double, upper: Double }
    struct CaptureRecapture: Decodable {
        var first: Int, second: Int, both: Int, lincolnPetersen: Double?, chapman: Double, variance: Double
        var lower: Double, upper: Double
    }
    struct MonteCarlo: Decodable {
        struct Case: Decodable { var shape: String, seed: UInt32, draws: Int, firstUniforms: [Double], percentiles: [Double] }
        var ranges: [[Double?]], cases: [Case]
    }
    struct ChangePointSeries: Decodable {
        struct Change: Decodable { var index: Int, meanBefore: Double, meanAfter: Double, statistic: Double }
        var name: String, counts: [Double], dispersion: Double, changes: [Change]
    }

    var summaries: [Summary]
    var dispersion: [Dispersion]
    var trends: [Trend]
    var heaping: [Heaping]
    var ratios: [Ratio]
    var poisson: [Poisson]
    var captureRecapture: [CaptureRecapture]
    var monteCarlo: MonteCarlo
    var changePoints: [ChangePointSeries]

    static let values: Reference = {
        let url = Bundle.module.url(forResource: "reference", withExtension: "json")!
        return try! JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }()
}

/// |a − b| ≤ absolute + relative·|b|.
func isClose(_ a: Double?, _ b: Double?, relative: Double = 1e-9, absolute: Double = 1e-12) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case let (a?, b?):
        if a == b { return true }
        return abs(a - b) <= absolute + relative * abs(b)
    default: return false
    }
}
