import Foundation

/// A growable run of output bytes written through a raw pointer: the claim encoder appends a few
/// bytes at a time, and an `Array` checks its capacity and uniqueness on every append.
///
/// Owned by one thread at a time: the worker that fills it, then the main thread that writes it.
final class ExtractBytes: @unchecked Sendable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 1 << 12) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    var isEmpty: Bool { count == 0 }

    /// Makes room for `n` more bytes, so that up to `n` bytes may be appended with `appendUnchecked`.
    @inline(__always) func reserve(_ n: Int) {
        if count + n > capacity { grow(to: count + n) }
    }

    private func grow(to needed: Int) {
        var size = capacity * 2
        while size < needed { size *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        bigger.initialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = size
    }

    /// Appends a byte there is room for (see ``reserve(_:)``).
    @inline(__always) func appendUnchecked(_ byte: UInt8) {
        base[count] = byte
        count += 1
    }

    /// Appends bytes there is room for.
    @inline(__always) func appendUnchecked(_ bytes: UnsafePointer<UInt8>, count n: Int) {
        (base + count).initialize(from: bytes, count: n)
        count += n
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        appendUnchecked(source, count: bytes.count)
    }

    func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// Forgets the bytes, keeping the memory.
    func removeAll() { count = 0 }

    /// The bytes written so far.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }
}
