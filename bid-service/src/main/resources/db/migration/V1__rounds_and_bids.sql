-- bid-service: funding rounds, bids with their finances as written, the lifecycle's audit trail and the
-- change feed's outbox.

CREATE TABLE funding_round (
    id                     varchar(80)   PRIMARY KEY,
    programme              varchar(300)  NOT NULL,
    name                   varchar(300)  NOT NULL,
    opens_at               timestamptz   NOT NULL,
    closes_at              timestamptz   NOT NULL,
    budget                 numeric(16,2) NOT NULL CHECK (budget >= 0),
    award_types            jsonb         NOT NULL,
    eligible_years         jsonb         NOT NULL,
    prompts                jsonb         NOT NULL,
    cost_benefit_required  boolean       NOT NULL,
    discount_rate          numeric(6,5)  NOT NULL,
    optimism_bias_costs    numeric(6,5)  NOT NULL,
    optimism_bias_benefits numeric(6,5)  NOT NULL,
    version                bigint        NOT NULL,
    created_at             timestamptz   NOT NULL,
    created_by             varchar(120)  NOT NULL,
    updated_at             timestamptz   NOT NULL,
    updated_by             varchar(120)  NOT NULL,
    CONSTRAINT round_period CHECK (closes_at > opens_at)
);

-- A bid is one aggregate: its participants, narrative, cost and benefit lines are kept as documents beside
-- it (they are read and written whole); what is searched or guarded has columns of its own.
CREATE TABLE bid (
    id                     varchar(40)   PRIMARY KEY,
    round_id               varchar(80)   NOT NULL REFERENCES funding_round (id),
    title                  varchar(500)  NOT NULL,
    lead_organisation_id   varchar(80)   NOT NULL,
    status                 varchar(20)   NOT NULL,
    award_type             varchar(60),
    fallback_award_type    varchar(60),
    amount_sought          jsonb,
    fallback_amount        jsonb,
    participants           jsonb         NOT NULL,
    narrative              jsonb         NOT NULL,
    cost_lines             jsonb         NOT NULL,
    benefit_lines          jsonb         NOT NULL,
    submitted_at           timestamptz,
    version                bigint        NOT NULL,
    created_at             timestamptz   NOT NULL,
    created_by             varchar(120)  NOT NULL,
    updated_at             timestamptz   NOT NULL,
    updated_by             varchar(120)  NOT NULL
);
CREATE INDEX bid_round_status_idx ON bid (round_id, status);
CREATE INDEX bid_title_idx ON bid (lower(title));

-- Which organisations take part in which bid: who may read it, and the organisation filter.
CREATE TABLE bid_organisation (
    bid_id          varchar(40) NOT NULL REFERENCES bid (id) ON DELETE CASCADE,
    organisation_id varchar(80) NOT NULL,
    PRIMARY KEY (bid_id, organisation_id)
);
CREATE INDEX bid_organisation_organisation_idx ON bid_organisation (organisation_id);

-- The change feed: written in the same transaction as the change, read in order by cursor (id).
CREATE TABLE outbox_event (
    id              bigserial    PRIMARY KEY,
    event_id        uuid         NOT NULL UNIQUE,
    type            varchar(120) NOT NULL,
    subject         varchar(80)  NOT NULL,
    time            timestamptz  NOT NULL,
    data            jsonb        NOT NULL
);

CREATE TABLE audit_record (
    id              bigserial    PRIMARY KEY,
    at              timestamptz  NOT NULL,
    actor           varchar(120) NOT NULL,
    action          varchar(60)  NOT NULL,
    entity_type     varchar(40)  NOT NULL,
    entity_id       varchar(80)  NOT NULL,
    before          jsonb,
    after           jsonb
);
CREATE INDEX audit_record_entity_idx ON audit_record (entity_type, entity_id, id);

CREATE FUNCTION append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP;
END;
$$;
CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION append_only();
CREATE TRIGGER outbox_event_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION append_only();

CREATE TABLE idempotency_record (
    principal       varchar(120)  NOT NULL,
    key             varchar(200)  NOT NULL,
    request_hash    varchar(64)   NOT NULL,
    status          integer       NOT NULL,
    location        varchar(500),
    etag            varchar(40),
    body            text,
    created_at      timestamptz   NOT NULL,
    PRIMARY KEY (principal, key)
);
