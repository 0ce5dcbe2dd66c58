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
///
/// Version 3 adds what makes queries on a large store fast, both kept by triggers in the transaction that changes
/// a document: `day_totals(day, documents, characters)`, the documents and characters of each date (its first ten
/// characters, `YYYY-MM-DD` or a shorter date; `''` for undated documents), from which period totals are summed
/// without reading a record; and `text_index`, an FTS5 trigram index of the normalized texts (contentless, no
/// positions) that narrows a substring search to the documents holding all of its trigrams.
enum CorpusSchema {
    static let version = 3

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
        m.registerMigration("v3") { db in
            try db.execute(sql: """
                CREATE TABLE day_totals (day TEXT PRIMARY KEY NOT NULL, documents INTEGER NOT NULL, characters INTEGER NOT NULL) WITHOUT ROWID;
                INSERT INTO day_totals(day, documents, characters)
                    SELECT coalesce(substr(date, 1, 10), ''), count(*), sum(characters) FROM documents GROUP BY 1;
                CREATE TRIGGER documents_day_insert AFTER INSERT ON documents BEGIN
                    INSERT INTO day_totals(day, documents, characters) VALUES (coalesce(substr(NEW.date, 1, 10), ''), 1, NEW.characters)
                    ON CONFLICT(day) DO UPDATE SET documents = documents + 1, characters = characters + excluded.characters;
                END;
                CREATE TRIGGER documents_day_delete AFTER DELETE ON documents BEGIN
                    UPDATE day_totals SET documents = documents - 1, characters = characters - OLD.characters
                    WHERE day = coalesce(substr(OLD.date, 1, 10), '');
                    DELETE FROM day_totals WHERE day = coalesce(substr(OLD.date, 1, 10), '') AND documents <= 0;
                END;
                CREATE TRIGGER documents_day_update AFTER UPDATE OF date, characters ON documents BEGIN
                    UPDATE day_totals SET documents = documents - 1, characters = characters - OLD.characters
                    WHERE day = coalesce(substr(OLD.date, 1, 10), '');
                    DELETE FROM day_totals WHERE day = coalesce(substr(OLD.date, 1, 10), '') AND documents <= 0;
                    INSERT INTO day_totals(day, documents, characters) VALUES (coalesce(substr(NEW.date, 1, 10), ''), 1, NEW.characters)
                    ON CONFLICT(day) DO UPDATE SET documents = documents + 1, characters = characters + excluded.characters;
                END;
                CREATE VIRTUAL TABLE text_index USING fts5(text, content = '', detail = 'none', tokenize = 'trigram');
                INSERT INTO text_index(rowid, text) SELECT doc, CAST(normalized AS TEXT) FROM texts;
                CREATE TRIGGER texts_index_insert AFTER INSERT ON texts BEGIN
                    INSERT INTO text_index(rowid, text) VALUES (NEW.doc, CAST(NEW.normalized AS TEXT));
                END;
                CREATE TRIGGER texts_index_delete AFTER DELETE ON texts BEGIN
                    INSERT INTO text_index(text_index, rowid, text) VALUES ('delete', OLD.doc, CAST(OLD.normalized AS TEXT));
                END;
                UPDATE meta SET value = '3' WHERE key = 'schema';
                """)
        }
        return m
    }
}
