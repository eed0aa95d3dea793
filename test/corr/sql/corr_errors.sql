-- Bad input of circular_corr and circular_linear_corr, each with its
-- SQLSTATE, and crafted states fed to the support functions (text and
-- binary input validate every field: 22P02 / 22P03, never a crash).
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
\i test/lib/bad_helpers.sql
\set VERBOSITY sqlstate
\set ON_ERROR_STOP 0
-- periods: 22023
SELECT circular_corr(a, b, 0) FROM (VALUES (1.0, 2.0)) v(a, b);
SELECT circular_corr(a, b, 'NaN') FROM (VALUES (1.0, 2.0)) v(a, b);
SELECT circular_linear_corr(a, b, '-Infinity') FROM (VALUES (1.0, 2.0)) v(a, b);
SELECT circular_linear_corr(a, b, -360) FROM (VALUES (1.0, 2.0)) v(a, b);
SELECT circular_corr(a, b, p) FROM (VALUES (1.0, 2.0, 360), (2.0, 3.0, 400)) v(a, b, p);
SELECT circular_linear_corr(a, b, p) FROM (VALUES (1.0, 2.0, 360), (2.0, 3.0, 2 * pi())) v(a, b, p);
-- infinite values: 22003
SELECT circular_corr(a, b, 360) FROM (VALUES ('Infinity'::float8, 2.0)) v(a, b);
SELECT circular_corr(a, b, 360) FROM (VALUES (1.0, '-Infinity'::float8)) v(a, b);
SELECT circular_linear_corr(a, b, 360) FROM (VALUES ('-Infinity'::float8, 2.0)) v(a, b);
SELECT circular_linear_corr(a, b, 360) FROM (VALUES (1.0, 'Infinity'::float8)) v(a, b);
-- x too large for its exact square sums: 22003 (2^510 is the limit)
SELECT circular_linear_corr(a, b, 360) FROM (VALUES (1.0, 2 ^ 510)) v(a, b);
SELECT circular_linear_corr(a, b, 360) FROM (VALUES (1.0, -1e154)) v(a, b);
SELECT pg_temp.try($$SELECT (circular_linear_corr(a, b, 360)).n::text FROM (VALUES (1.0, 2 ^ 510 * (1 - 2 ^ -53))) v(a, b)$$);
\set VERBOSITY default
SELECT circular_linear_corr(a, b, 360) FROM (VALUES (1.0, 1e300)) v(a, b);
\set VERBOSITY sqlstate

-- States: a valid one of each kind to alter.
SELECT circular_corr_agg(a, b, 360) AS cc, circular_linear_corr_agg(a, b, 360) AS cl
  FROM (VALUES (10.0, 20.0), (100, 90), (200, 230)) v(a, b) \gset
-- kinds mixed: 22023
SELECT circular_corr_merge(s) FROM (VALUES (:'cc'::circular_corr_state), (:'cl')) v(s);
SELECT circular_corr(:'cl'::circular_corr_state);
SELECT circular_linear_corr(:'cc'::circular_corr_state);
SELECT circular_corr_accum(:'cl'::circular_corr_state, 1.0::float8, 2.0::float8, 360::float8);
SELECT circular_linear_corr_accum(:'cc'::circular_corr_state, 1.0::float8, 2.0::float8, 360::float8);
-- periods mixed when merging or adding: 22023
SELECT circular_corr_merge(s) FROM (VALUES (:'cc'::circular_corr_state),
	((SELECT circular_corr_agg(a, b, 400) FROM (VALUES (1.0, 2.0)) v(a, b)))) v(s);
SELECT circular_corr_accum(:'cc'::circular_corr_state, 1.0::float8, 2.0::float8, 400::float8);
-- the row count at its limit (a valid state of 2^63 - 1 NaN rows): 22003
SELECT '0102' || '7fffffffffffffff' || '7fffffffffffffff' || '4076800000000000' || repeat('0', 9 * 34 * 16) AS full_cl \gset
SELECT circular_linear_corr(:'full_cl'::circular_corr_state);
SELECT circular_linear_corr_accum(:'full_cl'::circular_corr_state, 1.0::float8, 2.0::float8, 360::float8);
SELECT circular_corr_combine(:'full_cl'::circular_corr_state, :'cl'::circular_corr_state);

-- Text input of crafted states: 22P02 (with the detail).
CREATE FUNCTION pg_temp.alter_at(s text, pos int, hex text) RETURNS text LANGUAGE sql
	RETURN overlay(s PLACING hex FROM pos FOR length(hex));
CREATE TEMP TABLE bad (what text, hex text);
INSERT INTO bad VALUES
	('not hexadecimal', 'zz'),
	('odd length', '010'),
	('empty', ''),
	('too long', repeat('00', 7000)),
	('header only', '01'),
	('version 2', pg_temp.alter_at(:'cc', 1, '02')),
	('kind 3', pg_temp.alter_at(:'cc', 3, '03')),
	('kind 2 with 23 sums', pg_temp.alter_at(:'cc', 3, '02')),
	('one byte short', left(:'cc', -2)),
	('one byte more', :'cc' || '00'),
	('negative n', pg_temp.alter_at(:'cc', 5, 'ff')),
	('NaN count above n', pg_temp.alter_at(:'cc', 21, '00000000000000ff')),
	('period NaN', pg_temp.alter_at(:'cc', 37, '7ff8000000000000')),
	('period -360', pg_temp.alter_at(:'cc', 37, 'c076800000000000')),
	('period +Infinity', pg_temp.alter_at(:'cc', 37, '7ff0000000000000')),
	('empty state with a period', pg_temp.alter_at(pg_temp.alter_at(:'cc', 5, '0000000000000000'), 21, '0000000000000000')),
	('sum of sines above n', pg_temp.alter_at(:'cc', 53 + 16 * 16, '0000000000001000')),
	('sum of sines hugely negative', pg_temp.alter_at(:'cc', 53, 'ffff000000000000')),
	('sum of squares negative (-2^-1088)', pg_temp.alter_at(:'cc', 53 + 8 * 544, repeat('f', 544))),
	('fourth-order square sum negative', pg_temp.alter_at(:'cc', 53 + 22 * 544, repeat('f', 544))),
	('linear sum of x beyond 2^510 n', pg_temp.alter_at(:'cl', 53 + 5 * 544 + 16 * 8, '0000000000000001')),
	('linear sum of x^2 negative', pg_temp.alter_at(:'cl', 53 + 6 * 544, repeat('f', 544))),
	('linear sum of x^2 hugely negative', pg_temp.alter_at(:'cl', 53 + 6 * 544, '8000000000000000'));
SELECT what, pg_temp.try(format('SELECT circular_corr(%L::circular_corr_state)::text', hex), true) AS result
  FROM bad ORDER BY what;
-- The same bytes as binary input: 22P03.
SELECT what, pg_temp.recv(hex, 'circular_corr_state', true) AS result
  FROM bad WHERE hex ~ '^([0-9a-f]{2})*$' ORDER BY what;
-- Valid states read back to themselves, in text and binary.
SELECT :'cc'::circular_corr_state::text = :'cc' AS text_cc, :'cl'::circular_corr_state::text = :'cl' AS text_cl,
       pg_temp.recv(:'cc', 'circular_corr_state') = :'cc' AS binary_cc,
       pg_temp.recv(:'cl', 'circular_corr_state') = :'cl' AS binary_cl,
       encode(circular_corr_state_send(:'cc'), 'hex') = :'cc' AS send_is_text;
-- No XX000 anywhere: random bytes into text input.
SELECT count(*) FILTER (WHERE r LIKE '%INTERNAL%') AS internal_errors,
       count(*) FILTER (WHERE r LIKE 'ERROR 22P02%') AS rejected, count(*) AS tried
  FROM (SELECT pg_temp.try(format('SELECT circular_corr(%L::circular_corr_state)::text',
               pg_temp.alter_at(:'cc', 1 + 2 * (i * 7919 % 3100), lpad(to_hex(i * 2654435761 % 4294967296), 8, '0')))) AS r
          FROM generate_series(1, 300) i) q;
