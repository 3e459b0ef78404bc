-- The caseload looks up the cases shared with a professional; lists sort a programme's participants by name.
CREATE INDEX participant_professional_account_ix ON participant_professional (account_id, participant_id);
CREATE INDEX participant_programme_name_ix ON participant (programme_id, first_name);
