-- What else a bid says: council resolutions, contacts (with what is redacted), attachments, the metrics,
-- scenarios and totals it declares, and the date it bears.
ALTER TABLE bid ADD COLUMN resolutions        jsonb NOT NULL DEFAULT '[]';
ALTER TABLE bid ADD COLUMN contacts           jsonb NOT NULL DEFAULT '[]';
ALTER TABLE bid ADD COLUMN attachments        jsonb NOT NULL DEFAULT '[]';
ALTER TABLE bid ADD COLUMN declared_metrics   jsonb NOT NULL DEFAULT '[]';
ALTER TABLE bid ADD COLUMN declared_scenarios jsonb NOT NULL DEFAULT '[]';
ALTER TABLE bid ADD COLUMN declared_totals    jsonb NOT NULL DEFAULT '[]';
ALTER TABLE bid ADD COLUMN dated              date;
