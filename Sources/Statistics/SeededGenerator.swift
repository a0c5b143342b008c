internal import CGSL

/// A GSL Mersenne Twister (MT19937) with an explicit seed, alive only inside ``withGenerator(seed:_:)``.
///
/// One generator per computation, never a global: results depend on the seed alone, and the
/// generator is freed when the closure returns, not whenever a reference happens to die.
struct SeededGenerator: ~Copyable {
    private let state: UnsafeMutablePointer<gsl_rng>

    private init(state: UnsafeMutablePointer<gsl_rng>) { self.state = state }

    /// Runs `body` with a fresh generator seeded with `seed` (GSL replaces seed 0 by its default 4357).
    ///
    /// - Throws: ``GSLError`` (no memory) when GSL cannot allocate the generator, or what `body` throws.
    static func withGenerator<Result>(seed: UInt32, _ body: (borrowing SeededGenerator) throws(GSLError) -> Result) throws(GSLError) -> Result {
        GSLBoundary.prepare()
        guard let state = gsl_rng_alloc(tally_gsl_rng_mt19937()) else {
            throw GSLError(code: GSLError.noMemoryCode, operation: "a random number generator")
        }
        defer { gsl_rng_free(state) }
        gsl_rng_set(state, UInt(seed))
        return try body(SeededGenerator(state: state))
    }

    /// A uniform draw in [0, 1): the next 32-bit output divided by 2³².
    func uniform() -> Double { gsl_rng_uniform(state) }
}
