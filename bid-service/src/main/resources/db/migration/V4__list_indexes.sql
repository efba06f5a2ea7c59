-- Lists are read newest first within a round, often by status (deploy/bench step 4: p99 grew with the round's
-- size because every page sorted the whole round). These indexes give that order, so a page stops early.
CREATE INDEX bid_round_created_idx ON bid (round_id, created_at DESC, id);
CREATE INDEX bid_round_status_created_idx ON bid (round_id, status, created_at DESC, id);
DROP INDEX bid_round_status_idx;
-- The title search (q) matches a substring: a trigram index instead of reading every title of the round.
-- pg_trgm is a trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX bid_title_trgm_idx ON bid USING gin (lower(title) gin_trgm_ops);
