internal import CGSL

/// Special functions Tally's statistics are built on, computed by GSL.
public enum SpecialFunctions {
    /// The regularized upper incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a), for a > 0 and x ≥ 0.
    ///
    /// Q(k + 1, λ) is the probability that a Poisson variable of mean λ is at most k.
    /// Arguments are passed to GSL unchecked: GSL's own status decides.
    /// - Throws: ``GSLError`` with a domain code when a ≤ 0 or x < 0.
    public static func regularizedUpperIncompleteGamma(a: Double, x: Double) throws(GSLError) -> Double {
        var result = gsl_sf_result(val: 0, err: 0)
        try GSLBoundary.check("Q(\(a), \(x))") { gsl_sf_gamma_inc_Q_e(a, x, &result) }
        return result.val
    }
}
