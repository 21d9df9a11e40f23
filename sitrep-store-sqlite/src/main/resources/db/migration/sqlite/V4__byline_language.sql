-- Who wrote a document and its language, as the page says (HTML bylines, <html lang>); null when unknown.
ALTER TABLE documents ADD COLUMN byline TEXT;
ALTER TABLE documents ADD COLUMN language TEXT;
