import Foundation

/// Output written as it is produced: to standard output, or to a temporary file beside the
/// destination that replaces it only on ``commit()`` (flushed to disk, then renamed), so a killed
/// or failed run leaves the previous file intact.
final class StreamedOutput {
    private let destination: String?
    private let temporary: String?
    private let descriptor: Int32
    private var isDone = false

    /// Standard output when `destination` is `nil`.
    init(destination: String?) throws {
        self.destination = destination
        guard let destination else {
            temporary = nil
            descriptor = STDOUT_FILENO
            return
        }
        let url = URL(fileURLWithPath: destination)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw AtomicFile.WriteError(path: destination, reason: "the folder \(folder) does not exist")
        }
        let temporary = (folder as NSString).appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw AtomicFile.WriteError(path: destination, reason: "cannot create a file in \(folder): \(String(cString: strerror(errno)))")
        }
        self.temporary = temporary
        self.descriptor = descriptor
    }

    deinit {
        if !isDone, let temporary {
            close(descriptor)
            unlink(temporary)
        }
    }

    /// Writes every byte, retrying short writes.
    func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw AtomicFile.WriteError(path: destination ?? "standard output", reason: String(cString: strerror(errno)))
                }
                offset += written
            }
        }
    }

    /// Makes the output final: the file replaces the destination (standard output is left open).
    func commit() throws {
        isDone = true
        guard let temporary, let destination else { return }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0, rename(temporary, destination) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw AtomicFile.WriteError(path: destination, reason: reason)
        }
    }
}
