-- The record: documents with their layers, entities merged across documents, quotes and facts with provenance.
-- Offsets are UTF-16 code units into documents.text, as in org.sitrep.doc; they are never interpreted by SQL.
-- Every per-document table keeps "ord", the position in the layer, so a layer comes back in the order it was put.

CREATE TABLE documents (
    seq                  INTEGER PRIMARY KEY,                 -- stable rowid, the key of the full-text index
    id                   TEXT    NOT NULL UNIQUE,             -- content hash of the text
    source               TEXT    NOT NULL,
    title                TEXT,
    published_value      TEXT,                                -- YYYY, YYYY-MM or YYYY-MM-DD; NULL when unknown
    published_basis      TEXT    NOT NULL,
    published_confidence REAL    NOT NULL CHECK (published_confidence >= 0 AND published_confidence <= 1),
    text                 TEXT    NOT NULL,                    -- lone surrogates written as U+FFFD ...
    text_repairs         TEXT,                                -- ... and restored from this JSON [[offset, char]...]
    length               INTEGER NOT NULL,                    -- UTF-16 code units
    added_at             TEXT    NOT NULL
);
CREATE INDEX documents_by_published ON documents (published_value DESC, source);

-- which layers a document carries, in the order they were added, and how each is stored
CREATE TABLE document_layers (
    document_id TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    type        TEXT    NOT NULL,                             -- Java class of the layer's records
    produced_by TEXT    NOT NULL,
    json        TEXT,                                         -- the values of a layer without a table of its own
    PRIMARY KEY (document_id, name)
);

CREATE TABLE boilerplate (
    document_id TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    kind        TEXT,
    PRIMARY KEY (document_id, ord)
);

CREATE TABLE sentences (
    document_id TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    PRIMARY KEY (document_id, ord)
);

-- tokens are many and only ever read whole: one row per document, columns packed as JSON arrays
CREATE TABLE tokens (
    document_id TEXT NOT NULL PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    packed      TEXT NOT NULL                                 -- {"start":[..],"end":[..],"pos":[..]}
);

CREATE TABLE mentions (
    document_id TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    type        TEXT,
    PRIMARY KEY (document_id, ord)
);

-- entities merged across documents: the first name and type seen; every other name is an alias
CREATE TABLE entities (
    id          TEXT NOT NULL PRIMARY KEY,
    name        TEXT,
    name_folded TEXT,
    type        TEXT
);

CREATE TABLE entity_aliases (
    entity_id    TEXT NOT NULL REFERENCES entities (id),
    alias        TEXT NOT NULL,
    alias_folded TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_aliases_by_folded ON entity_aliases (alias_folded);

-- the entities layer of one document, as it was put
CREATE TABLE document_entities (
    document_id TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    entity_id   TEXT    NOT NULL REFERENCES entities (id),
    name        TEXT,
    type        TEXT,
    aliases     TEXT    NOT NULL,                             -- JSON array, in the document's order
    PRIMARY KEY (document_id, ord)
);
CREATE INDEX document_entities_by_entity ON document_entities (entity_id, document_id);

CREATE TABLE entity_mentions (
    document_id TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    entity_ord  INTEGER NOT NULL,
    ord         INTEGER NOT NULL,
    entity_id   TEXT    NOT NULL REFERENCES entities (id),
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    PRIMARY KEY (document_id, entity_ord, ord),
    FOREIGN KEY (document_id, entity_ord) REFERENCES document_entities (document_id, ord) ON DELETE CASCADE
);
CREATE INDEX entity_mentions_by_entity ON entity_mentions (entity_id);

CREATE TABLE times (
    document_id TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    type        TEXT,
    value       TEXT,
    mod         TEXT,
    deadline    INTEGER NOT NULL,
    confidence  REAL,                                         -- NULL stands for NaN
    PRIMARY KEY (document_id, ord)
);

CREATE TABLE quantities (
    document_id TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    value       REAL,                                         -- NULL stands for NaN
    approximate INTEGER NOT NULL,
    modifier    TEXT,
    unit        TEXT,
    object      TEXT,
    PRIMARY KEY (document_id, ord)
);

CREATE TABLE quotes (
    document_id         TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord                 INTEGER NOT NULL,
    start_char          INTEGER NOT NULL,
    end_char            INTEGER NOT NULL,
    kind                TEXT,
    has_speaker         INTEGER NOT NULL,
    speaker_name        TEXT,
    speaker_name_folded TEXT,
    speaker_entity_id   TEXT,                                 -- no foreign key: a speaker may come from a registry
    cue_start           INTEGER,
    cue_end             INTEGER,
    source_start        INTEGER,
    source_end          INTEGER,
    channel             TEXT,
    date                TEXT,                                 -- TimeML value as found
    effective_date      TEXT,                                 -- ISO date of "date", else the publication date
    evidence_start      INTEGER NOT NULL,                     -- the sentences holding the quote
    evidence_end        INTEGER NOT NULL,
    PRIMARY KEY (document_id, ord)
);
CREATE INDEX quotes_by_speaker_entity ON quotes (speaker_entity_id, effective_date);
CREATE INDEX quotes_by_speaker_name ON quotes (speaker_name_folded, effective_date);
CREATE INDEX quotes_by_date ON quotes (effective_date);

CREATE TABLE facts (
    document_id TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ord         INTEGER NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    kind        TEXT,
    subject     TEXT,
    predicate   TEXT,
    value       TEXT,
    as_of       TEXT,                                         -- TimeML value as found
    as_of_date  TEXT,                                         -- its ISO date part, for ranges and order
    qualifiers  TEXT    NOT NULL,                             -- JSON object, keys sorted
    extractor   TEXT,
    confidence  REAL    NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
    PRIMARY KEY (document_id, ord)
);
CREATE INDEX facts_by_subject ON facts (subject, kind, as_of_date);
CREATE INDEX facts_by_kind ON facts (kind, as_of_date);
CREATE INDEX facts_by_as_of ON facts (as_of_date);

-- full-text search over title and text; rows are written by the store in the same transaction as the document
CREATE VIRTUAL TABLE documents_fts USING fts5 (
    title, text,
    content = 'documents', content_rowid = 'seq',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
