-- The record on PostgreSQL: the same tables as the SQLite store (sitrep-store-sqlite, db/migration/sqlite), in
-- PostgreSQL's types. Offsets are UTF-16 code units into documents.text, as in org.sitrep.doc; SQL never reads them.
-- Every per-document table keeps "ord", the position in the layer, so a layer comes back in the order it was put.
-- Text that is compared or ordered (ids, sources, ISO dates, names) is COLLATE "C": byte order, as SQLite compares,
-- whatever the database's locale, so that "2024-11~" closes a partial date and lists come in the same order.

CREATE TABLE documents (
    seq                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id                   TEXT COLLATE "C" NOT NULL UNIQUE,      -- content hash of the text
    source               TEXT COLLATE "C" NOT NULL,
    title                TEXT,
    published_value      TEXT COLLATE "C",                      -- YYYY, YYYY-MM or YYYY-MM-DD; NULL when unknown
    published_basis      TEXT NOT NULL,
    published_confidence DOUBLE PRECISION NOT NULL CHECK (published_confidence >= 0 AND published_confidence <= 1),
    text                 TEXT NOT NULL,                         -- lone surrogates and NUL written as U+FFFD ...
    text_repairs         TEXT,                                  -- ... and restored from this JSON [[offset, char]...]
    length               INTEGER NOT NULL,                      -- UTF-16 code units
    added_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    byline               TEXT,
    language             TEXT,
    -- full-text search: the title (weight A) and the body (weight D), never the boilerplate around the article;
    -- written by the store with the row, from the body it cuts out of the text
    search               TSVECTOR NOT NULL
);
CREATE INDEX documents_by_published ON documents (published_value DESC, source);
CREATE INDEX documents_search ON documents USING GIN (search);

-- which layers a document carries, in the order they were added, and how each is stored
CREATE TABLE document_layers (
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,                                  -- Java class of the layer's records
    produced_by TEXT NOT NULL,
    json        TEXT,                                           -- the values of a layer without a table of its own
    PRIMARY KEY (document_id, name)
);

CREATE TABLE boilerplate (
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    kind        TEXT,
    PRIMARY KEY (document_id, ord)
);

CREATE TABLE sentences (
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    PRIMARY KEY (document_id, ord)
);

-- tokens are many and only ever read whole: one row per document, columns packed as JSON arrays
CREATE TABLE tokens (
    document_id TEXT COLLATE "C" NOT NULL PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    packed      TEXT NOT NULL                                   -- {"start":[..],"end":[..],"pos":[..]}
);

CREATE TABLE mentions (
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    type        TEXT,
    PRIMARY KEY (document_id, ord)
);

-- entities merged across documents: the first name and type committed; every other name is an alias
CREATE TABLE entities (
    id          TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    name        TEXT,
    name_folded TEXT COLLATE "C",
    type        TEXT
);
CREATE INDEX entities_by_name_folded ON entities (name_folded);

CREATE TABLE entity_aliases (
    entity_id    TEXT COLLATE "C" NOT NULL REFERENCES entities (id),
    alias        TEXT COLLATE "C" NOT NULL,
    alias_folded TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_aliases_by_folded ON entity_aliases (alias_folded);

-- the entities layer of one document, as it was put
CREATE TABLE document_entities (
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    entity_id   TEXT COLLATE "C" NOT NULL REFERENCES entities (id),
    name        TEXT,
    type        TEXT,
    aliases     TEXT NOT NULL,                                  -- JSON array, in the document's order
    PRIMARY KEY (document_id, ord)
);
CREATE INDEX document_entities_by_entity ON document_entities (entity_id, document_id);

CREATE TABLE entity_mentions (
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    entity_ord  INTEGER NOT NULL,
    ord         INTEGER NOT NULL,
    entity_id   TEXT COLLATE "C" NOT NULL REFERENCES entities (id),
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    PRIMARY KEY (document_id, entity_ord, ord),
    FOREIGN KEY (document_id, entity_ord) REFERENCES document_entities (document_id, ord) ON DELETE CASCADE
);
CREATE INDEX entity_mentions_by_entity ON entity_mentions (entity_id);

CREATE TABLE times (
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    type        TEXT,
    value       TEXT,
    mod         TEXT,
    deadline    BOOLEAN NOT NULL,
    confidence  DOUBLE PRECISION,                               -- NULL stands for NaN
    PRIMARY KEY (document_id, ord)
);

CREATE TABLE quantities (
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    value       DOUBLE PRECISION,                               -- NULL stands for NaN
    approximate BOOLEAN NOT NULL,
    modifier    TEXT,
    unit        TEXT,
    object      TEXT,
    PRIMARY KEY (document_id, ord)
);

CREATE TABLE quotes (
    document_id         TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord                 INTEGER NOT NULL,
    start_char          INTEGER NOT NULL,
    end_char            INTEGER NOT NULL,
    kind                TEXT,
    has_speaker         BOOLEAN NOT NULL,
    speaker_name        TEXT,
    speaker_name_folded TEXT COLLATE "C",
    speaker_entity_id   TEXT COLLATE "C",                       -- no foreign key: a speaker may come from a registry
    cue_start           INTEGER,
    cue_end             INTEGER,
    source_start        INTEGER,
    source_end          INTEGER,
    channel             TEXT,
    date                TEXT,                                   -- TimeML value as found
    effective_date      TEXT COLLATE "C",                       -- ISO date of "date", else the publication date
    evidence_start      INTEGER NOT NULL,                       -- the sentences holding the quote
    evidence_end        INTEGER NOT NULL,
    PRIMARY KEY (document_id, ord)
);
CREATE INDEX quotes_by_speaker_entity ON quotes (speaker_entity_id, effective_date);
CREATE INDEX quotes_by_speaker_name ON quotes (speaker_name_folded, effective_date);
CREATE INDEX quotes_by_date ON quotes (effective_date);

CREATE TABLE facts (
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    kind        TEXT COLLATE "C",
    subject     TEXT COLLATE "C",
    predicate   TEXT,
    value       TEXT,
    as_of       TEXT,                                           -- TimeML value as found
    as_of_date  TEXT COLLATE "C",                               -- its ISO date part, for ranges and order
    qualifiers  TEXT NOT NULL,                                  -- JSON object, keys sorted
    extractor   TEXT,
    confidence  DOUBLE PRECISION NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    PRIMARY KEY (document_id, ord)
);
CREATE INDEX facts_by_subject ON facts (subject, kind, as_of_date);
CREATE INDEX facts_by_kind ON facts (kind, as_of_date);
CREATE INDEX facts_by_as_of ON facts (as_of_date);

-- Copies: the same story stored twice (wire copy, a reworded copy). A store given a CopyDetector signs each new
-- document's body, looks up the stored documents sharing a band key of its signature (never a full scan), and links
-- the new document to those within the detector's threshold. Both documents stay stored.
CREATE TABLE copy_signatures (
    document_id TEXT COLLATE "C" NOT NULL PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    scheme      TEXT NOT NULL,
    signature   BYTEA NOT NULL                                  -- the values, 8 bytes each, big-endian
);

CREATE TABLE copy_bands (
    scheme      TEXT COLLATE "C" NOT NULL,
    band        INTEGER NOT NULL,
    band_key    BIGINT NOT NULL,
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (scheme, band, band_key, document_id)
);
CREATE INDEX copy_bands_by_document ON copy_bands (document_id);

-- document_id, put later, is a copy of copy_of_id, put earlier
CREATE TABLE duplicate_links (
    document_id TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    copy_of_id  TEXT COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    similarity  DOUBLE PRECISION NOT NULL CHECK (similarity >= 0 AND similarity <= 1),
    PRIMARY KEY (document_id, copy_of_id)
);
CREATE INDEX duplicate_links_by_original ON duplicate_links (copy_of_id);

-- The version of the record: one row, raised by every put that adds a document, in that put's transaction, as its
-- last statement. It moves in commit order, whichever process wrote, unlike max(seq): identities are handed out
-- when a row is inserted, so a put that commits later may hold a smaller one.
CREATE TABLE record_version (
    only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row),
    version  BIGINT NOT NULL
);
INSERT INTO record_version (only_row, version) VALUES (TRUE, 0);
