-- A scheme of a funder's own programme (its proposals written by its own services), as the bid-service said when it
-- was set: the funder's officers assess them, their employment shown as a conflict that does not block.
ALTER TABLE scheme ADD COLUMN funders_own_services boolean NOT NULL DEFAULT false;
