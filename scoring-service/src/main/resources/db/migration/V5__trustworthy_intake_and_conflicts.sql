-- Feed cursors are opaque strings now (the bid-service's positions are "transaction.event"); an old numeric
-- position reads on as it did.
ALTER TABLE feed_cursor ALTER COLUMN position TYPE varchar(60) USING position::text;
ALTER TABLE bid_in_round ALTER COLUMN last_event_cursor TYPE varchar(60) USING last_event_cursor::text;
-- The version of the bid this row reflects: the feed and a reconciliation each apply only what is newer.
ALTER TABLE bid_in_round ADD COLUMN bid_version bigint;

-- Secondments a programme manager records: employers beside the one the assessor's token names.
ALTER TABLE assessor ADD COLUMN secondments jsonb NOT NULL DEFAULT '[]';

-- A submitted assessment later found conflicted is excluded (status EXCLUDED), with the reason and when.
ALTER TABLE assessment ADD COLUMN exclusion_reason varchar(2000);
ALTER TABLE assessment ADD COLUMN excluded_at timestamptz;

-- Access an assessor must lose in the bid-service: written with the ending of its assignment, delivered once that
-- commits, and tried again with a growing wait until it is (a bid-service away is told later, never forgotten).
CREATE TABLE access_revocation (
    bid_id                    varchar(40)   NOT NULL,
    assessor                  varchar(120)  NOT NULL,
    requested_at              timestamptz   NOT NULL,
    attempts                  integer       NOT NULL DEFAULT 0,
    next_attempt_at           timestamptz   NOT NULL,
    PRIMARY KEY (bid_id, assessor)
);
CREATE INDEX access_revocation_due_idx ON access_revocation (next_attempt_at);
