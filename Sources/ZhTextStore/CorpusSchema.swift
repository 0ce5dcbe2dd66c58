import GRDB

/// The store's tables, created and upgraded by versioned migrations (`meta.schema` names the latest).
///
/// - `meta(key, value)`: `format` = `zhtext-corpus`, `schema`, `analysis` (the lexicon and options the counts were
///   built with: a fingerprint, see ``CorpusStore/analysisFingerprint``), `created`.
/// - `documents(rowid, id UNIQUE, file, title, date, date_source, label, fields JSON, hash, characters)`: one row per
///   document; rowid order is the corpus order (a replaced document keeps its row).
/// - `texts(doc, normalized, original, map)`: the text in ``StoredText`` form.
/// - `terms(id, term, kind, pos)`: distinct words with the kind and tag of their first occurrence in a document;
///   `doc_terms(doc, tokens, counts, surfaces, phrases)`: per document, varint pairs (term id delta, count), the
///   original forms that differ from a word (`id<TAB>form<TAB>count` lines) and `phrase<TAB>count` lines.
/// - `field_names(name)`: every metadata field some document has.
///
/// Version 2 adds `documents.origin` (how a file was read: encoding, extraction, the page's own title and date, as
/// `analyze` reports them; NULL for rows and for documents stored by version 1) and `lexicon_words(term, frequency,
/// pos)`: the words of the store's own adapted lexicon (`corpus add --adapt`, `corpus reindex --adapt`; empty: the
/// bundled lexicon), with `meta.adaptation` naming the thresholds they were found with.
enum CorpusSchema {
    static let version = 2

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                CREATE TABLE documents (
                    rowid INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    file TEXT NOT NULL,
                    title TEXT NOT NULL,
                    date TEXT,
                    date_source TEXT,
                    label TEXT,
                    fields TEXT NOT NULL,
                    hash TEXT NOT NULL,
                    characters INTEGER NOT NULL
                );
                CREATE INDEX documents_date ON documents(date);
                CREATE TABLE texts (
                    doc INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
                    normalized BLOB NOT NULL,
                    original BLOB,
                    map BLOB
                );
                CREATE TABLE terms (
                    id INTEGER PRIMARY KEY,
                    term TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    pos TEXT NOT NULL,
                    UNIQUE(term, kind, pos)
                );
                CREATE TABLE doc_terms (
                    doc INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
                    tokens INTEGER NOT NULL,
                    counts BLOB NOT NULL,
                    surfaces TEXT NOT NULL,
                    phrases TEXT NOT NULL
                );
                CREATE TABLE field_names (name TEXT PRIMARY KEY NOT NULL);
                """)
            try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('format', ?), ('schema', '1'), ('created', datetime('now'))",
                           arguments: [CorpusStore.format])
        }
        m.registerMigration("v2") { db in
            try db.execute(sql: """
                ALTER TABLE documents ADD COLUMN origin TEXT;
                CREATE TABLE lexicon_words (term TEXT PRIMARY KEY NOT NULL, frequency INTEGER NOT NULL, pos TEXT NOT NULL);
                UPDATE meta SET value = '2' WHERE key = 'schema';
                """)
        }
        return m
    }
}
