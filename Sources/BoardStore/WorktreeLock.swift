import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock (flock) on `jalon.lock` in the Git folder, held while a command changes the
/// work tree and index, so two Jalon processes never interleave their file updates.
final class WorktreeLock {
    private var descriptor: Int32

    init(directory: String) throws {
        let path = (directory.hasSuffix("/") ? directory : directory + "/") + "jalon.lock"
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw StoreError.lockFailed(path) }
        while flock(descriptor, LOCK_EX) != 0 {
            if errno != EINTR { close(descriptor); throw StoreError.lockFailed(path) }
        }
    }

    func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}
