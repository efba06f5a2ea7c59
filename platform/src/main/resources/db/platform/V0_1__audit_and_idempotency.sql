-- The tables behind the platform's own entities (AuditRecord, IdempotencyRecord) and the append-only guard,
-- for a service that takes its schema from the platform: quarkus.flyway.locations=db/migration,db/platform.
-- (partner-service and bid-service created the same tables in their own V1 before this existed; their
-- applied migrations are history and stay as they are.)

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
