-- Accounts and languages.
-- A Keycloak user id binds one account to one record and no other: an invitation accepted by
-- someone can never attach to another person's record. Records made before invitations (the
-- demo users) stay bound by username until their first sign-in records the id.
-- Each person reads Thaw in their own language; empty means "follow the browser".

alter table patient   add column keycloak_user_id varchar(64) unique;
alter table patient   add column language varchar(8) check (language in ('en', 'es'));
alter table clinician add column keycloak_user_id varchar(64) unique;
alter table clinician add column language varchar(8) check (language in ('en', 'es'));
