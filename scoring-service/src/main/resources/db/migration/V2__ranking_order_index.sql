-- Ranking reads a round's submitted assessments in bid and submission order. Without this index PostgreSQL
-- scanned every assessment and sorted the round's whole rows, spilling to disk at 10 000 bids (deploy/bench step 5).
CREATE INDEX IF NOT EXISTS assessment_round_order_idx ON assessment (round_id, status, bid_id, submitted_at, id);
