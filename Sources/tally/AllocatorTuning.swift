#if canImport(Glibc)
import Glibc
#endif

/// Settings of the C allocator for `tally extract`.
///
/// Extraction hands pieces of input of about 128 KiB to worker threads and their output back, so
/// buffers of that size are allocated on one thread and freed on another, hundreds of times per
/// second. glibc serves such sizes with fresh mappings or gives freed memory back to the system at
/// once, and every reuse then faults its pages in again (on 100 MB with two workers, 5,000 to 7,000
/// page faults instead of about 2,400, and up to three quarters more system time). Keeping freed
/// memory in the process ends that churn; memory stays bounded, since extraction holds a bounded
/// amount of input and output at any time (peak memory rose by 2 to 18 MB on the inputs of
/// `Tests/Benchmarks/extract/memory.sh`).
enum AllocatorTuning {
    /// Asks glibc to keep freed memory (up to 256 MiB at the top of a heap) and to serve requests
    /// under 32 MiB from its heaps rather than from fresh mappings. Does nothing elsewhere.
    static func keepFreedMemory() {
        #if canImport(Glibc)
        // `mallopt` is not in Swift's Glibc module; its parameters are part of glibc's stable ABI.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        let trimThreshold: Int32 = -1, mmapThreshold: Int32 = -3  // M_TRIM_THRESHOLD, M_MMAP_THRESHOLD
        _ = mallopt(trimThreshold, 256 << 20)
        _ = mallopt(mmapThreshold, 32 << 20)
        #endif
    }
}
