import Foundation

/// Why a path cannot be read or written, as the short reason that follows the file name in error messages.
public enum FileProblem {
    /// The reason `path` cannot be read as a file ("no such file or directory", "is a directory", "permission denied",
    /// "symbolic link loop", "broken symbolic link", …), or `nil` when it can be.
    public static func reading(_ path: String) -> String? {
        let fd = open(path, O_RDONLY)
        if fd < 0 { return reason(errno, path) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR { return "is a directory" }
        return nil
    }

    /// The reason `path` cannot be written as a file, or `nil` when it can be (the file is created if missing, never
    /// truncated).
    public static func writing(_ path: String) -> String? {
        var info = stat()
        if stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR { return "is a directory" }
        let fd = open(path, O_WRONLY | O_CREAT, 0o644)
        if fd < 0 { return reason(errno, path) }
        close(fd)
        return nil
    }

    /// The reason for `error` (an `errno` value) on `path`.
    static func reason(_ error: Int32, _ path: String) -> String {
        switch error {
        case ENOENT:
            var info = stat()
            return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK ? "broken symbolic link" : "no such file or directory"
        case ELOOP: return "symbolic link loop"
        case EACCES, EPERM: return "permission denied"
        case EISDIR: return "is a directory"
        case ENOTDIR: return "not a directory on the way"
        default:
            return String(cString: strerror(error)).lowercased()
        }
    }
}
