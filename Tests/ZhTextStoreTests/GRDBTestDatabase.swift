import GRDB

/// Another application's SQLite database (for the foreign-file tests).
enum GRDBTestDatabase {
    static func make(path: String) throws -> DatabaseQueue {
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES ('x')")
        }
        try queue.close()
        return queue
    }
}
