-- Which language version of a questionnaire a patient answered: 'en' for the English original,
-- 'es' for a Spanish version (Thaw's own numbness check in Thaw's translation; a validated
-- instrument only in an official translation). Responses stored before this were all English.

alter table screener_response add column language varchar(8) not null default 'en'
    check (language in ('en', 'es'));
