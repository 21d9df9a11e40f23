-- The opening words of reported speech that the speech clause interrupts ("Climate change" in "Climate change,
-- Mr. Obama often says, is the greatest threat"): characters of the document, null when the content is one span.
ALTER TABLE quotes ADD COLUMN lead_start INTEGER;
ALTER TABLE quotes ADD COLUMN lead_end INTEGER;
