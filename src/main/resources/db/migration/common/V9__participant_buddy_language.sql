-- The language a participant would like their buddy to speak (ISO 639-1), if any.
ALTER TABLE participant ADD COLUMN buddy_language VARCHAR(3);
