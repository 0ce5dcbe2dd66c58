import Foundation
import GRDB
import ZhText

/// A corpus kept in one SQLite file: per-document metadata, the normalized text with its original and offset map,
/// per-document token and policy-phrase counts. It answers every corpus query (``CorpusQueries``) without
/// segmenting again, and adds documents incrementally (unchanged ones are skipped by content hash).
///
/// Safety: write-ahead logging (readers work while a writer adds), a busy timeout (a second writer waits), writes in
/// transactions committed in batches (a killed `add` leaves every committed document whole and none half-written).
public final class CorpusStore: Sendable {
    /// The store's path, as given.
    public let path: String
    let pool: DatabasePool

    /// The value of `meta.format` that marks a ZhText corpus.
    static let format = "zhtext-corpus"

    /// Opens the store at `path`. Only `create: true` (`corpus add`, `import`, `merge`) makes a new store.
    /// - Throws: ``CorpusStoreError`` when the file is missing (and `create` is false), is not an SQLite database,
    ///   or is a database of something else.
    public init(path: String, create: Bool = false, readOnly: Bool = false) throws(CorpusStoreError) {
        self.path = path
        var isDir: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
        if isDir.boolValue { throw .notACorpus(path: path, reason: "is a directory") }
        if !exists && !create { throw .missing(path: path) }
        if exists {
            // Refuse anything that is not an SQLite file before SQLite touches it (never write into a user's file).
            guard let handle = FileHandle(forReadingAtPath: path) else { throw .notACorpus(path: path, reason: "cannot be read") }
            let head = (try? handle.read(upToCount: 16)) ?? Data()
            try? handle.close()
            if !head.isEmpty && head != Data("SQLite format 3\u{0}".utf8) {
                throw .notACorpus(path: path, reason: "not an SQLite database")
            }
        }
        if exists && !create || exists && ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0 > 0 {
            // Look before writing anything: opening in WAL mode would change another application's database.
            try Self.inspect(path)
        }
        var config = Configuration()
        config.busyMode = .timeout(30)
        config.readonly = readOnly
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw .notACorpus(path: path, reason: Self.describe(error))
        }
        do {
            if !readOnly {
                try CorpusSchema.migrator.migrate(pool)
            } else if try pool.read({ db in try !CorpusSchema.migrator.hasCompletedMigrations(db) }) {
                throw CorpusStoreError.notACorpus(path: path, reason: "written by another version of zhtext (run corpus add to upgrade)")
            }
        } catch let e as CorpusStoreError {
            throw e
        } catch {
            throw .notACorpus(path: path, reason: Self.describe(error))
        }
    }

    /// Throws unless the existing file at `path` is a ZhText corpus, reading it without changing it.
    static func inspect(_ path: String) throws(CorpusStoreError) {
        var config = Configuration()
        config.readonly = true
        config.busyMode = .timeout(30)
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            let kind = try queue.read { db -> String in
                let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
                if tables.isEmpty { return "empty" }
                guard tables.contains("meta"),
                      try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'format'") == Self.format else { return "foreign" }
                return "corpus"
            }
            try queue.close()
            switch kind {
            case "foreign": throw CorpusStoreError.notACorpus(path: path, reason: "an SQLite database of something else")
            case "empty": throw CorpusStoreError.notACorpus(path: path, reason: "an empty database")
            default: break
            }
        } catch let e as CorpusStoreError {
            throw e
        } catch {
            throw .notACorpus(path: path, reason: describe(error))
        }
    }

    static func describe(_ error: any Error) -> String {
        if let e = error as? DatabaseError { return e.message ?? "\(e.resultCode)" }
        return "\(error)"
    }

    func read<T>(_ body: (Database) throws -> T) throws(CorpusStoreError) -> T {
        do { return try pool.read(body) } catch let e as CorpusStoreError { throw e } catch {
            throw .failed(path: path, reason: Self.describe(error))
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(CorpusStoreError) -> T {
        do { return try pool.write(body) } catch let e as CorpusStoreError { throw e } catch {
            throw .failed(path: path, reason: Self.describe(error))
        }
    }
}

/// What can go wrong with a corpus store; each message is one line naming the store.
public enum CorpusStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No store at the path (only `corpus add`, `import` and `merge` create one).
    case missing(path: String)
    /// The file is not a ZhText corpus (not SQLite, another application's database, damaged).
    case notACorpus(path: String, reason: String)
    /// A read or write failed.
    case failed(path: String, reason: String)
    /// A stored value is damaged.
    case damaged(path: String, reason: String)

    public var description: String {
        switch self {
        case let .missing(path): return "\(path): no such corpus (corpus add CORPUS PATH… creates one)"
        case let .notACorpus(path, reason): return "\(path): not a ZhText corpus (\(reason))"
        case let .failed(path, reason): return "\(path): \(reason)"
        case let .damaged(path, reason): return "\(path): damaged (\(reason)); run corpus check"
        }
    }
}
