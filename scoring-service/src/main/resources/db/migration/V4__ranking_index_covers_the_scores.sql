-- Ranking reads a round's submitted scores in bid and submission order (V2's order) and now takes only the
-- score arrays (V3): with them in the index it reads the index alone, not one heap row per assessment, and a
-- round stays cheap to rank however many other rounds the table holds.
DROP INDEX IF EXISTS assessment_round_order_idx;
CREATE INDEX assessment_round_scores_idx ON assessment (round_id, status, bid_id, submitted_at, id)
    INCLUDE (assessor, scored_criteria, scored_points);
