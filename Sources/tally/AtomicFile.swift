import Foundation

/// Writes files so that a reader never sees a half-written one.
///
/// The content goes to a temporary file in the destination's folder, is flushed to disk, and
/// is renamed over the destination: a killed run leaves the previous file intact (see ``StreamedOutput``).
/// On Linux the temporary file has no name until it is complete (`O_TMPFILE`), so a killed run leaves
/// nothing behind either; elsewhere, or where the file system refuses, it is `.NAME.tmp-PID` beside the
/// destination, which a killed run leaves (it is safe to delete).
enum AtomicFile {
    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "error: cannot write \(path): \(reason)" }
    }

    static func write(_ text: String, to path: String) throws {
        try write(bytes: Data(text.utf8), to: path)
    }

    static func write(bytes content: Data, to path: String) throws {
        let output = try StreamedOutput(destination: path)
        try output.write([UInt8](content))
        try output.commit()
    }

    /// A temporary file being written for `destination`.
    struct Pending {
        let destination: String
        let descriptor: Int32
        /// `.NAME.tmp-PID` beside the destination: the name it has, or takes when committed.
        let temporary: String
        /// Whether the file is still unnamed (`O_TMPFILE`).
        let isUnnamed: Bool
    }

    /// Creates the temporary file in the destination's folder.
    static func pending(for destination: String) throws -> Pending {
        let url = URL(fileURLWithPath: destination)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw WriteError(path: destination, reason: "the folder \(folder) does not exist")
        }
        let temporary = (folder as NSString).appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        #if os(Linux)
        // O_TMPFILE is a macro Swift does not import: __O_TMPFILE | O_DIRECTORY. The unnamed file is
        // given its name through /proc/self/fd when complete, so /proc must be there.
        if FileManager.default.fileExists(atPath: "/proc/self/fd") {
            let unnamed = open(folder, 0o20_000_000 | O_DIRECTORY | O_WRONLY, 0o644)
            if unnamed >= 0 {
                return Pending(destination: destination, descriptor: unnamed, temporary: temporary, isUnnamed: true)
            }
        }
        #endif
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else {
            throw WriteError(path: destination, reason: "cannot create a file in \(folder): \(String(cString: strerror(errno)))")
        }
        return Pending(destination: destination, descriptor: descriptor, temporary: temporary, isUnnamed: false)
    }

    /// Makes the file durable and renames it over the destination; closes it either way.
    static func commit(_ pending: Pending) throws {
        defer { close(pending.descriptor) }
        var failed = fsync(pending.descriptor) != 0
        if !failed && pending.isUnnamed {
            unlink(pending.temporary)  // a leftover of an earlier run with the same process id
            failed = linkat(AT_FDCWD, "/proc/self/fd/\(pending.descriptor)", AT_FDCWD, pending.temporary, AT_SYMLINK_FOLLOW) != 0
            if failed {
                let reason = String(cString: strerror(errno))
                throw WriteError(path: pending.destination, reason: reason)
            }
        }
        if failed || rename(pending.temporary, pending.destination) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(pending.temporary)
            throw WriteError(path: pending.destination, reason: reason)
        }
    }

    /// Drops the file, leaving any previous output intact.
    static func abandon(_ pending: Pending) {
        close(pending.descriptor)
        if !pending.isUnnamed { unlink(pending.temporary) }
    }
}
