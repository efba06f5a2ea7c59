-- Organisations a bidder proposes when the register does not have them: usable at once, unverified until a
-- programme manager confirms them or merges them into the entry they duplicate.
ALTER TABLE organisation ADD COLUMN verified    boolean NOT NULL DEFAULT true;
ALTER TABLE organisation ADD COLUMN proposed_by text;
ALTER TABLE organisation ADD COLUMN merged_into text;
CREATE INDEX organisation_unverified_idx ON organisation (created_at) WHERE NOT verified;
