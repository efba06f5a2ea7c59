-- partner-service: the register of organisations that can take part in a bid, and how they relate.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE organisation (
    id              varchar(80)  PRIMARY KEY,
    legal_name      varchar(300) NOT NULL,
    common_name     varchar(300),
    type            varchar(40)  NOT NULL,
    status          varchar(20)  NOT NULL,
    start_date      date,
    end_date        date,
    nation          varchar(40),
    region          varchar(80),
    version         bigint       NOT NULL,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(120) NOT NULL,
    updated_at      timestamptz  NOT NULL,
    updated_by      varchar(120) NOT NULL
);
CREATE INDEX organisation_type_idx ON organisation (type);

-- An abolished council may have more than one successor (Northamptonshire → North and West Northamptonshire).
CREATE TABLE organisation_successor (
    organisation_id varchar(80) NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    successor_id    varchar(80) NOT NULL,
    PRIMARY KEY (organisation_id, successor_id)
);
CREATE INDEX organisation_successor_successor_idx ON organisation_successor (successor_id);

-- Functions one legal body holds besides its tier (Cornwall Council is also the fire and rescue authority).
CREATE TABLE organisation_function (
    organisation_id varchar(80) NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    function        varchar(40) NOT NULL,
    PRIMARY KEY (organisation_id, function)
);

CREATE TABLE organisation_identifier (
    organisation_id varchar(80) NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    scheme          varchar(20) NOT NULL,
    value           varchar(80) NOT NULL,
    PRIMARY KEY (organisation_id, scheme, value)
);
-- One identifier names one organisation.
CREATE UNIQUE INDEX organisation_identifier_unique ON organisation_identifier (scheme, upper(value));
CREATE INDEX organisation_identifier_value_idx ON organisation_identifier (upper(value));

-- Every name an organisation goes by: legal, common, and the aliases and misspellings bids write.
-- normalised: case, punctuation, &/and, St/Saint, -on-/upon folded; core: also without the style words
-- (council, district, borough, DC, UA …) so "Stratford on Avon District Council" meets "Stratford-on-Avon".
CREATE TABLE organisation_name (
    organisation_id varchar(80)  NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    position        integer      NOT NULL,
    name            varchar(300) NOT NULL,
    kind            varchar(20)  NOT NULL,
    normalised      varchar(300) NOT NULL,
    core            varchar(300) NOT NULL,
    PRIMARY KEY (organisation_id, position)
);
CREATE INDEX organisation_name_core_trgm ON organisation_name USING gin (core gin_trgm_ops);
CREATE INDEX organisation_name_normalised_trgm ON organisation_name USING gin (normalised gin_trgm_ops);

CREATE TABLE organisation_relation (
    id              bigserial    PRIMARY KEY,
    from_id         varchar(80)  NOT NULL REFERENCES organisation (id),
    to_id           varchar(80)  NOT NULL REFERENCES organisation (id),
    type            varchar(40)  NOT NULL,
    since           date,
    until           date,
    note            varchar(1000),
    created_at      timestamptz  NOT NULL,
    created_by      varchar(120) NOT NULL,
    CONSTRAINT relation_not_to_itself CHECK (from_id <> to_id),
    CONSTRAINT relation_period CHECK (until IS NULL OR since IS NULL OR until >= since)
);
CREATE UNIQUE INDEX organisation_relation_unique ON organisation_relation (from_id, to_id, type);
CREATE INDEX organisation_relation_to_idx ON organisation_relation (to_id);

CREATE TABLE collaboration (
    id              varchar(80)   PRIMARY KEY,
    name            varchar(300)  NOT NULL,
    description     varchar(2000),
    version         bigint        NOT NULL,
    created_at      timestamptz   NOT NULL,
    created_by      varchar(120)  NOT NULL,
    updated_at      timestamptz   NOT NULL,
    updated_by      varchar(120)  NOT NULL
);

CREATE TABLE collaboration_member (
    collaboration_id varchar(80)  NOT NULL REFERENCES collaboration (id) ON DELETE CASCADE,
    position         integer      NOT NULL,
    organisation_id  varchar(80)  NOT NULL REFERENCES organisation (id),
    role             varchar(200),
    since            date,
    until            date,
    PRIMARY KEY (collaboration_id, position)
);
CREATE INDEX collaboration_member_organisation_idx ON collaboration_member (organisation_id);

-- Append-only: who changed what, when, before and after.
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

CREATE FUNCTION audit_record_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_record is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_record_is_append_only();

-- A retried create with the same Idempotency-Key gets the first answer, never a second resource.
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

-- Marks reference and demo data sets already loaded, so the loader runs once.
CREATE TABLE data_load (
    name            varchar(80)  PRIMARY KEY,
    loaded_at       timestamptz  NOT NULL,
    items           integer      NOT NULL
);
