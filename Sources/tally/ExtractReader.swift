import ClaimModel
import Foundation

/// Reads a file descriptor into fresh arrays, so each piece goes to a worker without another copy.
struct ExtractReader {
    let fd: Int32
    let file: String
    /// Whether a read has met the end of the input.
    private(set) var atEnd = false

    init(fd: Int32, file: String) {
        self.fd = fd
        self.file = file
    }

    /// `carry` followed by up to `count` more bytes: fewer only at the end of the input.
    mutating func read(after carry: ArraySlice<UInt8>, count: Int) throws -> [UInt8] {
        guard !atEnd, count > 0 else { return Array(carry) }
        var failure: Int32 = 0
        var ended = false
        let bytes = [UInt8](unsafeUninitializedCapacity: carry.count + count) { buffer, initialized in
            var filled = carry.count
            carry.withUnsafeBufferPointer { if let source = $0.baseAddress { buffer.baseAddress!.initialize(from: source, count: $0.count) } }
            let wanted = carry.count + count
            while filled < wanted {
                let n = Foundation.read(fd, buffer.baseAddress! + filled, wanted - filled)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if n == 0 { ended = true; break }
                filled += n
            }
            initialized = filled
        }
        if failure != 0 {
            throw InputError(InputProblem(location: InputLocation(file: file, line: 0), message: "cannot be read: \(String(cString: strerror(failure)))"))
        }
        atEnd = ended
        return bytes
    }
}
