-- The feed is read in the order transactions made their events visible, not the order ids were taken: each
-- event carries the id of the transaction that wrote it, and a reader is served only events of transactions
-- older than every one still running (uk.gov.tca.platform.feed.Outbox). Events written before this migration
-- keep transaction 0, so they stay first and in id order, and an old cursor N reads on as "0.N".
ALTER TABLE outbox_event ADD COLUMN tx bigint NOT NULL DEFAULT 0;
ALTER TABLE outbox_event ALTER COLUMN tx SET DEFAULT (pg_current_xact_id()::text::bigint);
CREATE INDEX outbox_event_feed_order_idx ON outbox_event (tx, id);
