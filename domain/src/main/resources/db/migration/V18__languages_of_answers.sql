-- Which language version of a questionnaire a patient answered: 'en' for the English original,
-- 'es' for a Spanish version (Thaw's own numbness check in Thaw's translation; a validated
-- instrument only in an official translation). Responses stored before this were all English.

alter table screener_response add column language varchar(8) not null default 'en'
    check (language in ('en', 'es'));

-- The crisis resources in Spanish: a practice setting of their own, shown to patients who read
-- Thaw in Spanish (the English text stays 'crisis.resources'). Thaw's default below; the admin
-- changes it on the settings page.
insert into practice_setting (key, value, updated_by) values
    ('crisis.resources.es', 'Si está en peligro o piensa en hacerse daño, llame ahora a su número local de emergencias (112 en Europa, 911 en EE. UU. y Canadá) o vaya al servicio de urgencias más cercano.
En EE. UU., llame o envíe un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis, con atención en español) o chatee en 988lifeline.org, a cualquier hora, de día o de noche.
En otros lugares, su número de emergencias puede comunicarle con una línea de crisis local.', 'migration');
