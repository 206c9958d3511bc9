#!/bin/sh
# Creates the apps' role on the first start of an empty database. The migrations (run by the
# operator once, as the owner) grant it what it may do; it owns nothing.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
create role "$THAW_DB_APP_USER" login password '$THAW_DB_APP_PASSWORD';
SQL
