-- The scoring-service's own records. Schemes, profiles and assessments are aggregates whose parts (criteria,
-- interests, scores) are read and written whole, so they are documents beside the columns that are searched.

CREATE TABLE scheme (
    id                        varchar(60)   PRIMARY KEY,
    round_id                  varchar(60)   NOT NULL UNIQUE,
    name                      varchar(300)  NOT NULL,
    criteria                  jsonb         NOT NULL,
    scale                     jsonb         NOT NULL,
    justification_min_length  integer       NOT NULL,
    confidence_enabled        boolean       NOT NULL,
    assessors_per_bid         integer       NOT NULL CHECK (assessors_per_bid BETWEEN 1 AND 10),
    moderation                jsonb         NOT NULL,
    version                   bigint        NOT NULL,
    created_at                timestamptz   NOT NULL,
    created_by                varchar(120)  NOT NULL,
    updated_at                timestamptz   NOT NULL,
    updated_by                varchar(120)  NOT NULL
);

CREATE TABLE assessor (
    username                  varchar(120)  PRIMARY KEY,
    display_name              varchar(200),
    employer_organisation_id  varchar(80),
    interests                 jsonb         NOT NULL,
    dispensations             jsonb         NOT NULL,
    active                    boolean       NOT NULL,
    version                   bigint        NOT NULL,
    created_at                timestamptz   NOT NULL,
    created_by                varchar(120)  NOT NULL,
    updated_at                timestamptz   NOT NULL,
    updated_by                varchar(120)  NOT NULL
);

-- What the bid-service's change feed has said about each bid: enough to assign, check conflicts and rank.
CREATE TABLE bid_in_round (
    bid_id                    varchar(40)   PRIMARY KEY,
    round_id                  varchar(60)   NOT NULL,
    title                     varchar(500)  NOT NULL,
    lead_organisation_id      varchar(80),
    organisations             jsonb         NOT NULL,
    amount_sought             numeric(15,2),
    status                    varchar(20)   NOT NULL,
    submitted_at              timestamptz,
    last_event_cursor         bigint        NOT NULL,
    updated_at                timestamptz   NOT NULL
);
CREATE INDEX bid_in_round_round_idx ON bid_in_round (round_id, status);

-- Where this service has read the feed up to; one row per feed.
CREATE TABLE feed_cursor (
    feed                      varchar(40)   PRIMARY KEY,
    position                  bigint        NOT NULL,
    updated_at                timestamptz   NOT NULL
);

CREATE TABLE assignment (
    id                        varchar(40)   PRIMARY KEY,
    bid_id                    varchar(40)   NOT NULL REFERENCES bid_in_round (bid_id),
    round_id                  varchar(60)   NOT NULL,
    assessor                  varchar(120)  NOT NULL REFERENCES assessor (username),
    status                    varchar(20)   NOT NULL,
    reason                    varchar(2000),
    version                   bigint        NOT NULL,
    created_at                timestamptz   NOT NULL,
    created_by                varchar(120)  NOT NULL,
    updated_at                timestamptz   NOT NULL,
    updated_by                varchar(120)  NOT NULL
);
-- An assessor holds at most one live assignment per bid.
CREATE UNIQUE INDEX assignment_live_idx ON assignment (bid_id, assessor) WHERE status IN ('OFFERED', 'ACCEPTED');
CREATE INDEX assignment_assessor_idx ON assignment (assessor, status);
CREATE INDEX assignment_round_idx ON assignment (round_id, status);

CREATE TABLE assessment (
    id                        varchar(40)   PRIMARY KEY,
    assignment_id             varchar(40)   NOT NULL UNIQUE REFERENCES assignment (id),
    bid_id                    varchar(40)   NOT NULL,
    round_id                  varchar(60)   NOT NULL,
    assessor                  varchar(120)  NOT NULL,
    status                    varchar(20)   NOT NULL,
    scores                    jsonb         NOT NULL,
    submitted_at              timestamptz,
    version                   bigint        NOT NULL,
    created_at                timestamptz   NOT NULL,
    created_by                varchar(120)  NOT NULL,
    updated_at                timestamptz   NOT NULL,
    updated_by                varchar(120)  NOT NULL
);
CREATE INDEX assessment_bid_idx ON assessment (bid_id, status);

-- A programme manager's moderated score for one criterion of one bid; the assessors' raw scores stay.
CREATE TABLE moderation (
    id                        bigserial     PRIMARY KEY,
    bid_id                    varchar(40)   NOT NULL REFERENCES bid_in_round (bid_id),
    criterion                 varchar(60)   NOT NULL,
    score                     integer       NOT NULL,
    reason                    varchar(2000) NOT NULL,
    moderated_at              timestamptz   NOT NULL,
    moderated_by              varchar(120)  NOT NULL
);
CREATE INDEX moderation_bid_idx ON moderation (bid_id, criterion, id);

-- The funding decisions of a round: allocated, perhaps overridden, then published to the bid-service.
CREATE TABLE decision_set (
    round_id                  varchar(60)   PRIMARY KEY,
    budget                    numeric(15,2) NOT NULL,
    policy                    jsonb         NOT NULL,
    lines                     jsonb         NOT NULL,
    status                    varchar(20)   NOT NULL,
    published_at              timestamptz,
    version                   bigint        NOT NULL,
    created_at                timestamptz   NOT NULL,
    created_by                varchar(120)  NOT NULL,
    updated_at                timestamptz   NOT NULL,
    updated_by                varchar(120)  NOT NULL
);

CREATE TRIGGER moderation_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON moderation
    FOR EACH STATEMENT EXECUTE FUNCTION append_only();
