/* angle--0.6.0--0.7.0.sql: placeholder for 0.7.0, replaced when 0.7.0 is merged */

\echo Use "ALTER EXTENSION angle UPDATE TO '0.7.0'" to load this file. \quit
