-- The register's change feed: what changed in the links between organisations (relations, collaborations,
-- successors), written in the transaction of the change, so that the scoring-service re-checks assessors'
-- conflicts of interest when a new link could create one. Read in the order transactions made their events
-- visible (uk.gov.tca.platform.feed.Outbox).
CREATE TABLE outbox_event (
    id              bigserial    PRIMARY KEY,
    tx              bigint       NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
    event_id        uuid         NOT NULL UNIQUE,
    type            varchar(120) NOT NULL,
    subject         varchar(80)  NOT NULL,
    time            timestamptz  NOT NULL,
    data            jsonb        NOT NULL
);
CREATE INDEX outbox_event_feed_order_idx ON outbox_event (tx, id);
CREATE TRIGGER outbox_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_record_is_append_only();
