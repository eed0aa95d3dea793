/* angle--0.4.0--0.5.0.sql: no change to the SQL surface */

\echo Use "ALTER EXTENSION angle UPDATE TO '0.5.0'" to load this file. \quit

-- 0.5.0 generates its install script, angle--0.5.0.sql, from sql/source/
-- instead of replaying 0.1.0 and its upgrades; the objects, their
-- properties and comments are those of 0.4.0 (test/extension/upgrade.sh
-- compares the two catalogues).  Nothing to do.
