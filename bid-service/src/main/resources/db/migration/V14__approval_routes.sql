-- Who decides a round's bids by the amount at stake, and the delegated decisions still to be reported to their
-- committee (the awaitingReport filter; a partial index, as few bids ever await a report).
ALTER TABLE funding_round ADD COLUMN approval_routes jsonb NOT NULL DEFAULT '[]';
ALTER TABLE bid ADD COLUMN awaiting_report boolean NOT NULL DEFAULT false;
CREATE INDEX bid_awaiting_report_idx ON bid (round_id, created_at DESC, id) WHERE awaiting_report;
