-- Lookups the web pages ask for on every request, answered from indexes rather than scans:
-- an entity by its name (any case); facts counted by subject (facts_by_subject covers it already);
-- quotes and documents of one document set (their primary keys lead with document_id).
CREATE INDEX entities_by_name_folded ON entities (name_folded);
