-- The expected response time in Spanish: the automatic after-hours reply is written in the language
-- the patient reads Thaw in (#18), and says this text to patients who read Thaw in Spanish (the
-- English text stays 'messaging.response_time'). Thaw's default below; the admin changes it on the
-- settings page.
insert into practice_setting (key, value, updated_by) values
    ('messaging.response_time.es', 'en un plazo de 2 días hábiles', 'migration');
