import Foundation

/// Prints how long each phase of a command took to standard error when `TALLY_TIMING` is set,
/// so benchmarks can say where the time goes. Silent otherwise.
struct PhaseTimer {
    private let isOn = ProcessInfo.processInfo.environment["TALLY_TIMING"] != nil
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant

    init() { last = clock.now }

    /// Reports the time since the previous mark under `phase`.
    mutating func mark(_ phase: String) {
        let now = clock.now
        if isOn {
            let seconds = Double((now - last).components.attoseconds) / 1e18 + Double((now - last).components.seconds)
            FileHandle.standardError.write(Data(String(format: "timing: %@ %.3f s\n", phase, seconds).utf8))
        }
        last = now
    }
}
