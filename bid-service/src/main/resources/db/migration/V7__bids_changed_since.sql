-- Integrators sync the bids changed since their last read (GET /bids?updatedSince=), oldest change first.
CREATE INDEX bid_updated_idx ON bid (updated_at, id);
