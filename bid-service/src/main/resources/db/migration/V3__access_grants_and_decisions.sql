-- Assessors read a submitted bid only while the scoring-service has granted them access to it.
CREATE TABLE access_grant (
    bid_id      varchar(40)  NOT NULL REFERENCES bid (id),
    assessor    varchar(120) NOT NULL,
    granted_at  timestamptz  NOT NULL,
    granted_by  varchar(120) NOT NULL,
    PRIMARY KEY (bid_id, assessor)
);

-- The funding decision, recorded by the scoring-service's account.
ALTER TABLE bid ADD COLUMN decision jsonb;
