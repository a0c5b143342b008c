/// A failure reported by the GNU Scientific Library, as a typed Swift error.
///
/// GSL signals failures through integer status codes (`GSL_EDOM`, `GSL_ERANGE`, …). Tally switches
/// GSL's aborting error handler off and turns every non-zero status into one of these.
public struct GSLError: Error, Sendable, Hashable, CustomStringConvertible {
    /// GSL's status code (`gsl_errno.h`).
    public let code: Int32
    /// What was being computed, for the message.
    public let operation: String

    public init(code: Int32, operation: String) {
        self.code = code
        self.operation = operation
    }

    /// Input domain error, `GSL_EDOM`: an argument outside the function's domain.
    public static let domainCode: Int32 = 1
    /// Output range error, `GSL_ERANGE`: the result over- or underflows.
    public static let rangeCode: Int32 = 2
    /// Allocation failed, `GSL_ENOMEM`.
    public static let noMemoryCode: Int32 = 8
    /// Invalid argument, `GSL_EINVAL`.
    public static let invalidCode: Int32 = 4
    /// Iteration failed to converge, `GSL_EMAXITER`/`GSL_ENOPROG`-class failures.
    public static let convergenceCode: Int32 = 11

    /// Whether the failure is an input outside the function's domain.
    public var isDomainError: Bool { code == Self.domainCode }

    public var description: String {
        "GSL could not compute \(operation): \(GSLBoundary.reason(for: code)) (GSL status \(code))"
    }
}
