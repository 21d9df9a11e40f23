-- Copies: the same story stored twice (wire copy, a reworded copy). A store given a CopyDetector signs each new
-- document's body, looks up the stored documents sharing a band key of its signature (never a full scan), and links
-- the new document to those within the detector's threshold. Both documents stay stored.

-- the signature of a document's body; only signatures of the same scheme are ever compared
CREATE TABLE copy_signatures (
    document_id TEXT NOT NULL PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    scheme      TEXT NOT NULL,
    signature   BLOB NOT NULL                                 -- the values, 8 bytes each, big-endian
);

-- locality-sensitive lookup: one row per band of the signature
CREATE TABLE copy_bands (
    scheme      TEXT    NOT NULL,
    band        INTEGER NOT NULL,
    band_key    INTEGER NOT NULL,
    document_id TEXT    NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (scheme, band, band_key, document_id)
) WITHOUT ROWID;
CREATE INDEX copy_bands_by_document ON copy_bands (document_id);

-- document_id, put later, is a copy of copy_of_id, put earlier
CREATE TABLE duplicate_links (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    copy_of_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    similarity  REAL NOT NULL CHECK (similarity >= 0 AND similarity <= 1),
    PRIMARY KEY (document_id, copy_of_id)
) WITHOUT ROWID;
CREATE INDEX duplicate_links_by_original ON duplicate_links (copy_of_id);
