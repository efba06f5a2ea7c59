-- What a proposal carries wherever it comes from: its references elsewhere, the committee or board that owns it,
-- how far it has got, and its own approval chain.
ALTER TABLE bid ADD COLUMN bid_references jsonb NOT NULL DEFAULT '[]';
ALTER TABLE bid ADD COLUMN owning_body    jsonb;
ALTER TABLE bid ADD COLUMN maturity       text;
ALTER TABLE bid ADD COLUMN approval_chain jsonb NOT NULL DEFAULT '[]';

-- What the list finds a bid by beyond its columns: each reference (kind REFERENCE) and the owning body's name
-- (kind COMMITTEE), in lower case; written with the bid, as bid_organisation is.
CREATE TABLE bid_search_key (
    bid_id text NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
    kind   text NOT NULL,
    key    text NOT NULL,
    PRIMARY KEY (bid_id, kind, key)
);
CREATE INDEX bid_search_key_lookup_idx ON bid_search_key (kind, key, bid_id);
CREATE INDEX bid_maturity_idx ON bid (round_id, maturity);
