/* angle--0.5.0--0.6.0.sql: placeholder of issue-report; replaced at merge by the real 0.6.0 update */

\echo Use "ALTER EXTENSION angle UPDATE TO '0.6.0'" to load this file. \quit
