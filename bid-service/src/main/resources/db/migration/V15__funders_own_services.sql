-- A council's own programme, whose proposals come from its own services: the funder leads bids to its own round.
ALTER TABLE funding_round ADD COLUMN funders_own_services boolean NOT NULL DEFAULT false;
