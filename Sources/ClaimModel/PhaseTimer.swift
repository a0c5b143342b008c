import Foundation

/// Prints how long each phase of a command took to standard error when `TALLY_TIMING` is set,
/// so benchmarks can say where the time goes. Silent otherwise.
///
/// Each line gives the wall-clock time, the CPU time of the whole process (user and system,
/// every thread) and that of the calling thread over the phase: on a machine shared with other
/// work, the calling thread's CPU time is the steady figure for a phase that runs on one thread.
public struct PhaseTimer {
    private let isOn = ProcessInfo.processInfo.environment["TALLY_TIMING"] != nil
    private let clock = ContinuousClock()
    private var last: ContinuousClock.Instant
    private var lastCPU: Double
    private var lastThreadCPU: Double

    public init() {
        last = clock.now
        lastCPU = Self.processorSeconds()
        lastThreadCPU = Self.threadSeconds()
    }

    /// Reports the time since the previous mark under `phase`.
    public mutating func mark(_ phase: String) {
        let now = clock.now
        if isOn {
            let (cpu, threadCPU) = (Self.processorSeconds(), Self.threadSeconds())
            let seconds = Double((now - last).components.attoseconds) / 1e18 + Double((now - last).components.seconds)
            FileHandle.standardError.write(Data(String(format: "timing: %@ %.3f s (cpu %.3f s, this thread %.3f s)\n",
                                                       phase, seconds, cpu - lastCPU, threadCPU - lastThreadCPU).utf8))
            lastCPU = cpu
            lastThreadCPU = threadCPU
        }
        last = now
    }

    private static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func processorSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
