internal import CGSL

/// The one place Tally talks to GSL's error machinery.
///
/// GSL's default handler calls `abort()` on any error. It is switched off once per process, before
/// the first GSL call (a lazily initialised `static let`, never saved and restored per call, so
/// parallel callers cannot race), and every status code is checked here.
enum GSLBoundary {
    /// Switches the aborting handler off; evaluated once, on first use.
    private static let handlerSwitchedOff: Bool = {
        gsl_set_error_handler_off()
        return true
    }()

    /// Makes sure GSL cannot abort the process. Every entry point calls this first.
    static func prepare() {
        precondition(handlerSwitchedOff)
    }

    /// Runs a status-returning GSL call and throws its status as a ``GSLError``.
    static func check(_ operation: @autoclosure () -> String, _ call: () -> Int32) throws(GSLError) {
        prepare()
        let status = call()
        if status != GSL_SUCCESS { throw GSLError(code: status, operation: operation()) }
    }

    /// Runs a GSL call that reports failure only as a non-finite result (GSL's `_Pinv`
    /// quantiles return NaN after signalling) and throws a domain error for it.
    static func finite(_ operation: @autoclosure () -> String, _ call: () -> Double) throws(GSLError) -> Double {
        prepare()
        let result = call()
        guard result.isFinite else { throw GSLError(code: GSLError.domainCode, operation: operation()) }
        return result
    }

    /// GSL's own words for a status code.
    static func reason(for code: Int32) -> String {
        String(cString: gsl_strerror(code))
    }
}
