-- A flag's evidence also as a bundle key and its arguments (JSON), so the pages write it in the
-- reader's language (#18). Both nullable: rows written before, and rows a rule writes without one,
-- keep showing their English summary, which stays what the REST API, FHIR and the engine's check
-- for repeated evidence read. The app role already inserts and selects whole rows of the table.
alter table flag_evidence add column message_key varchar(100);
alter table flag_evidence add column message_args varchar(4000);
