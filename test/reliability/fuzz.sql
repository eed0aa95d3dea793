-- Mutation fuzzer for the input and receive functions (run by
-- test/reliability/fuzz.sh, which sets :n, the number of inputs per function, and
-- :seed).  Each fuzz_* function returns one row per SQLSTATE seen, with
-- a count; fuzz.sh checks the codes against the expected set.
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS angle CASCADE;
RESET client_min_messages;
SELECT setseed(:seed);

-- One random mutation of s: replace, insert or delete a character, or
-- duplicate or drop a chunk, or splice in a token from the dictionary.
CREATE FUNCTION pg_temp.mutate(s text, dict text[]) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	n int := length(s);
	p int := 1 + floor(random() * (n + 1))::int;
	k int := floor(random() * 6)::int;
	c text := chr(CASE WHEN random() < 0.8 THEN 32 + floor(random() * 95)::int
	                   ELSE 128 + floor(random() * 1000)::int END);
BEGIN
	RETURN CASE k
		WHEN 0 THEN overlay(s placing c from p for 1)
		WHEN 1 THEN overlay(s placing c from p for 0)
		WHEN 2 THEN overlay(s placing '' from p for 1)
		WHEN 3 THEN overlay(s placing substr(s, p, 1 + floor(random() * 8)::int) from p for 0)
		WHEN 4 THEN overlay(s placing '' from p for 1 + floor(random() * 8)::int)
		ELSE overlay(s placing dict[1 + floor(random() * array_length(dict, 1))::int] from p for floor(random() * 3)::int)
	END;
END $$;

-- Text input of a type: mutate seeds 1-4 times, cast, count SQLSTATEs.
CREATE FUNCTION pg_temp.fuzz_text(typ text, seeds text[], dict text[], n int)
RETURNS TABLE (state text, hits bigint) LANGUAGE plpgsql AS $$
DECLARE
	s text;
	r text;
	counts jsonb := '{}';
	st text;
BEGIN
	FOR i IN 1..n LOOP
		s := seeds[1 + floor(random() * array_length(seeds, 1))::int];
		FOR j IN 0..floor(random() * 4)::int LOOP
			s := pg_temp.mutate(s, dict);
		END LOOP;
		BEGIN
			EXECUTE format('SELECT %L::%s::text', s, typ) INTO r;
			st := 'ok';
		EXCEPTION WHEN OTHERS THEN
			st := SQLSTATE;
			IF st = 'XX000' THEN RAISE WARNING 'XX000 for %: %', quote_literal(s), SQLERRM; END IF;
		END;
		counts := jsonb_set(counts, ARRAY[st], to_jsonb(coalesce((counts->>st)::bigint, 0) + 1));
	END LOOP;
	RETURN QUERY SELECT key, value::bigint FROM jsonb_each_text(counts);
END $$;

-- Binary receive of a type: mutate the send() bytes of seed values and
-- feed them to the receive function through a binary COPY of a bytea
-- field (the same path as a client's binary COPY or parameter).
CREATE FUNCTION pg_temp.fuzz_recv(typ text, seeds bytea[], n int)
RETURNS TABLE (state text, hits bigint) LANGUAGE plpgsql SET client_min_messages = warning AS $$
DECLARE
	f text := current_setting('data_directory') || '/angle_fuzz_' || typ || '.bin';
	b bytea;
	counts jsonb := '{}';
	st text;
	p int;
	k int;
BEGIN
	CREATE TEMP TABLE IF NOT EXISTS fz_src (b bytea);
	EXECUTE format('CREATE TEMP TABLE IF NOT EXISTS fz_dst_%s (v %s)', typ, typ);
	FOR i IN 1..n LOOP
		b := seeds[1 + floor(random() * array_length(seeds, 1))::int];
		FOR j IN 0..floor(random() * 3)::int LOOP
			p := floor(random() * (length(b) + 1))::int;
			k := floor(random() * 6)::int;
			IF k <= 1 AND length(b) > 0 THEN       -- flip a byte
				p := least(p, length(b) - 1);
				b := set_byte(b, p, floor(random() * 256)::int);
			ELSIF k = 2 THEN                       -- insert a byte
				b := substr(b, 1, p) || decode(lpad(to_hex(floor(random() * 256)::int), 2, '0'), 'hex') || substr(b, p + 1);
			ELSIF k = 3 THEN                       -- truncate
				b := substr(b, 1, p);
			ELSIF k = 4 AND length(b) >= 8 THEN    -- plant a special float8
				p := least(p, length(b) - 8);
				b := overlay(b placing decode((ARRAY['7ff8000000000000', 'fff0000000000000', '7ff0000000000000',
				                                     '8000000000000000', '0000000000000001', '7fefffffffffffff',
				                                     'ffffffffffffffff', '7fffffffffffffff'])[1 + floor(random() * 8)::int], 'hex')
				             from p + 1 for 8);
			ELSE                                   -- flip one bit
				IF length(b) > 0 THEN
					p := least(p, length(b) - 1);
					b := set_byte(b, p, get_byte(b, p) # (1 << floor(random() * 8)::int));
				END IF;
			END IF;
		END LOOP;
		TRUNCATE fz_src;
		INSERT INTO fz_src VALUES (b);
		EXECUTE format('COPY fz_src TO %L WITH (FORMAT binary)', f);
		BEGIN
			EXECUTE format('TRUNCATE fz_dst_%s; COPY fz_dst_%s FROM %L WITH (FORMAT binary)', typ, typ, f);
			EXECUTE format('SELECT v::text FROM fz_dst_%s', typ);
			st := 'ok';
		EXCEPTION WHEN OTHERS THEN
			st := SQLSTATE;
			IF st = 'XX000' THEN RAISE WARNING 'XX000 for %: %', b, SQLERRM; END IF;
		END;
		counts := jsonb_set(counts, ARRAY[st], to_jsonb(coalesce((counts->>st)::bigint, 0) + 1));
	END LOOP;
	RETURN QUERY SELECT key, value::bigint FROM jsonb_each_text(counts);
END $$;

-- Random vectors: lengths 0-6 (sometimes different), special values,
-- NULL elements, multi-dimensional and shifted arrays, as float8[],
-- float4[] and cube (points and boxes), through every vector function.
CREATE FUNCTION pg_temp.rnd_num() RETURNS text LANGUAGE sql AS $$
	SELECT CASE floor(random() * 12)::int
		WHEN 0 THEN 'NaN' WHEN 1 THEN 'Infinity' WHEN 2 THEN '-Infinity'
		WHEN 3 THEN '-0' WHEN 4 THEN '0' WHEN 5 THEN '5e-324'
		WHEN 6 THEN '1.7976931348623157e308' WHEN 7 THEN '-1.7976931348623157e308'
		WHEN 8 THEN (random() - 0.5)::text
		ELSE ((random() - 0.5) * power(10::float8, floor(random() * 600 - 300)))::text END
$$;
CREATE FUNCTION pg_temp.rnd_vec(n int, kind text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	parts text[] := '{}';
BEGIN
	FOR i IN 1..n LOOP
		parts := parts || CASE WHEN kind <> 'cube' AND random() < 0.03 THEN 'NULL' ELSE pg_temp.rnd_num() END;
	END LOOP;
	IF kind = 'cube' THEN
		IF n = 0 THEN RETURN '(0)'; END IF;
		IF random() < 0.2 THEN
			RETURN '(' || array_to_string(parts, ',') || '),(' || array_to_string(parts, ',') || ')';
		ELSIF random() < 0.1 THEN
			RETURN '(' || array_to_string(parts, ',') || '),(' || pg_temp.rnd_vec(n, 'cube');
		END IF;
		RETURN '(' || array_to_string(parts, ',') || ')';
	END IF;
	IF random() < 0.05 THEN
		RETURN '{{' || array_to_string(parts, ',') || '},{' || array_to_string(parts, ',') || '}}';
	ELSIF random() < 0.05 AND n > 0 THEN
		RETURN '[-3:' || (n - 4) || ']={' || array_to_string(parts, ',') || '}';
	END IF;
	RETURN '{' || array_to_string(parts, ',') || '}';
END $$;
CREATE FUNCTION pg_temp.fuzz_vector(kind text, n int)
RETURNS TABLE (state text, hits bigint) LANGUAGE plpgsql AS $$
DECLARE
	counts jsonb := '{}';
	st text;
	typ text := CASE kind WHEN 'cube' THEN 'cube' ELSE kind || '[]' END;
	fns text[] := CASE kind WHEN 'cube' THEN ARRAY['vector_angle', 'vector_angled', 'angle_between']
		ELSE ARRAY['vector_angle', 'vector_angled', 'angle_between', 'vector_angle_signed',
		           'vector_angle_signedd', 'angle_between_signed', 'axis'] END;
	f text;
	len int;
	q text;
	r text;
BEGIN
	FOR i IN 1..n LOOP
		len := floor(random() * 7)::int;
		f := fns[1 + floor(random() * array_length(fns, 1))::int];
		IF f = 'axis' THEN
			q := format('SELECT vector_angle_signedd(%L::%s, %L::%s, %L::%s)',
			            pg_temp.rnd_vec(3, kind), typ, pg_temp.rnd_vec(3, kind), typ,
			            pg_temp.rnd_vec(CASE WHEN random() < 0.8 THEN 3 ELSE len END, kind), typ);
		ELSE
			q := format('SELECT %s(%L::%s, %L::%s)', f, pg_temp.rnd_vec(len, kind), typ,
			            pg_temp.rnd_vec(CASE WHEN random() < 0.85 THEN len ELSE floor(random() * 7)::int END, kind), typ);
		END IF;
		BEGIN
			EXECUTE q INTO r;
			st := 'ok';
		EXCEPTION WHEN OTHERS THEN
			st := SQLSTATE;
			IF st = 'XX000' THEN RAISE WARNING 'XX000 for %: %', q, SQLERRM; END IF;
		END;
		counts := jsonb_set(counts, ARRAY[st], to_jsonb(coalesce((counts->>st)::bigint, 0) + 1));
	END LOOP;
	RETURN QUERY SELECT key, value::bigint FROM jsonb_each_text(counts);
END $$;

\pset format unaligned
\pset tuples_only on
-- A function of a bytea (watson_williams_from_serial and
-- circular_mean_ci_from_serial, the deserial code of
-- an internal aggregate state): mutate seed bytes as fuzz_recv does and
-- call it directly.
CREATE FUNCTION pg_temp.fuzz_bytea(fn text, seeds bytea[], n int)
RETURNS TABLE (state text, hits bigint) LANGUAGE plpgsql AS $$
DECLARE
	b bytea;
	counts jsonb := '{}';
	st text;
	p int;
	r text;
BEGIN
	FOR i IN 1..n LOOP
		b := seeds[1 + floor(random() * array_length(seeds, 1))::int];
		FOR j IN 0..floor(random() * 3)::int LOOP
			p := floor(random() * (length(b) + 1))::int;
			IF random() < 0.5 AND length(b) > 0 THEN
				b := set_byte(b, least(p, length(b) - 1), floor(random() * 256)::int);
			ELSIF random() < 0.5 THEN
				b := substr(b, 1, p);
			ELSIF length(b) >= 8 THEN
				b := overlay(b placing decode((ARRAY['7ff8000000000000', 'fff0000000000000', '7ff0000000000000',
				                                     '8000000000000000', '0000000000000001', 'ffffffffffffffff'])[1 + floor(random() * 6)::int], 'hex')
				             from least(p, length(b) - 8) + 1 for 8);
			END IF;
		END LOOP;
		BEGIN
			EXECUTE format('SELECT %s(%L::bytea)::text', fn, b) INTO r;
			st := 'ok';
		EXCEPTION WHEN OTHERS THEN
			st := SQLSTATE;
			IF st = 'XX000' THEN RAISE WARNING 'XX000 for %: %', b, SQLERRM; END IF;
		END;
		counts := jsonb_set(counts, ARRAY[st], to_jsonb(coalesce((counts->>st)::bigint, 0) + 1));
	END LOOP;
	RETURN QUERY SELECT key, value::bigint FROM jsonb_each_text(counts);
END $$;
\pset fieldsep ' '
SELECT 'angle_in', * FROM pg_temp.fuzz_text('angle',
	ARRAY['30°', '12°30''15"', '12°30′15″', '-12d30m15s', '0.25 turn', '1.5rad', '400 grad', 'NNE', '1e300',
	      '5e-324', '-0', '12.5 arcmin', '3 arcsec', ' 7 degrees ', '100gon'],
	ARRAY['°', '′', '″', '''', '"', 'deg', 'rad', 'grad', 'turn', 'arcmin', 'arcsec', 'd', 'm', 's', 'e', 'e999',
	      'e-999', '-', '+', '.', ' ', 'NaN', 'Infinity', '0x', 'º', '˚', 'N', 'SSW', '9999999999'], :n);
SELECT 'circular_stats_in', * FROM pg_temp.fuzz_text('circular_stats',
	ARRAY['(1,0,0,0,0x0,0x0,0x0)',
	      '(1,2,0,360,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,0x2000000000000000000000000000000000000)',
	      '(1,1,1,360,0x0,0x0,0x10000000000000000)',
	      '(1,1,0,24,-0x1000000000000000000000000000000000000,0x0,0x1000000000000000000000000000000000000)',
	      '(2,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,2,0x0,0x1000000000000000000000000000000000000)',
	      '(2,1,1,360,0x0,0x0,0x10000000000000000,3,0x0,0x0)'],
	ARRAY[',', '(', ')', '0x', '-', 'f', '0', '1', '360', 'NaN', '1e999', '9223372036854775807', 'ffffffffffffffff'], :n);
SELECT 'angle_recv', * FROM pg_temp.fuzz_recv('angle',
	ARRAY[angle_send('30'), angle_send('-0'), angle_send('5e-324'), angle_send('1.7976931348623157e308')], :n);
SELECT 'circular_stats_recv', * FROM pg_temp.fuzz_recv('circular_stats',
	ARRAY(SELECT circular_stats_send(s) FROM (VALUES
		('(1,0,0,0,0x0,0x0,0x0)'::circular_stats),
		('(1,2,0,360,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,0x2000000000000000000000000000000000000)'),
		('(1,1,1,360,0x0,0x0,0x10000000000000000)'),
		('(2,1,0,360,0x0,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,2,0x0,0x1000000000000000000000000000000000000)')) v(s)), :n);
SELECT 'arc_in', * FROM pg_temp.fuzz_text('arc',
	ARRAY['[350°,10°]', '[370,380)', 'full', 'empty', 'NE', '[NE,E]', '[-0.1,0.1]', '[1e300,1e20]', '[0.25turn,100grad)',
	      '[10d30m,20°15′]', '[-8.881784197001252e-16,0]'],
	ARRAY['[', ']', '(', ')', ',', '°', 'deg', 'rad', 'turn', 'e999', '-', 'NaN', 'N', 'SSW', ' ', 'full', 'empty'], :n);
SELECT 'timearc_in', * FROM pg_temp.fuzz_text('timearc',
	ARRAY['[22:00,02:00)', '[00:00,24:00)', '[08:00,08:00]', 'full', 'empty', '[23:00, 01:30:00.5]'],
	ARRAY['[', ']', '(', ')', ',', ':', '24', '60', '.999999', '-', ' ', 'allballs', 'pm'], :n);
SELECT 'arc_recv', * FROM pg_temp.fuzz_recv('arc',
	ARRAY[arc_send('[350°,10°]'), arc_send('[10°,20°)'), arc_send('empty'), arc_send('full'),
	      arc_send('[-8.881784197001252e-16,0]')], :n);
SELECT 'timearc_recv', * FROM pg_temp.fuzz_recv('timearc',
	ARRAY[timearc_send('[22:00,02:00)'), timearc_send('full'), timearc_send('[08:00,08:00]')], :n);
SELECT 'circular_corr_state_in', * FROM pg_temp.fuzz_text('circular_corr_state',
	ARRAY[(SELECT circular_corr_agg(a, b, 360)::text FROM (VALUES (10.0, 20.0), (100, 90), (200, 230)) v(a, b)),
	      (SELECT circular_linear_corr_agg(a, b, 24)::text FROM (VALUES (1.0, 2.0), (5, 'NaN'), (20, -3e100)) v(a, b))],
	ARRAY['0', 'f', 'ff', '00', '7fffffffffffffff', '8000000000000000', '7ff8000000000000', 'g', ' ', '01', '02'], :n);
SELECT 'circular_corr_state_recv', * FROM pg_temp.fuzz_recv('circular_corr_state',
	ARRAY(SELECT circular_corr_state_send(s) FROM (VALUES
		((SELECT circular_corr_agg(a, b, 360) FROM (VALUES (10.0, 20.0), (100, 90), (200, 230)) v(a, b))),
		((SELECT circular_linear_corr_agg(a, b, 24) FROM (VALUES (1.0, 2.0), (5, 'NaN'), (20, -3e100)) v(a, b)))) v(s)), :n);
SELECT 'vector_float8', * FROM pg_temp.fuzz_vector('float8', :n);
SELECT 'vector_float4', * FROM pg_temp.fuzz_vector('float4', :n);
SELECT 'vector_cube', * FROM pg_temp.fuzz_vector('cube', :n);
SELECT 'watson_williams_from_serial', * FROM pg_temp.fuzz_bytea('watson_williams_from_serial',
	ARRAY[int8send(2) || '\x00'::bytea || int4send(1) || float8send(1.5)
	      || circular_stats_send('(1,2,0,360,0x1000000000000000000000000000000000000,0x1000000000000000000000000000000000000,0x2000000000000000000000000000000000000)'::circular_stats),
	      int8send(0) || '\x00'::bytea || int4send(0)], :n);
SELECT 'circular_mean_ci_from_serial', * FROM pg_temp.fuzz_bytea('circular_mean_ci_from_serial',
	ARRAY['\x01'::bytea || float8send(0.95)
	      || circular_stats_send((SELECT circular_stats_agg(x, 360) FROM (VALUES (10.0), (20), (40)) v(x))),
	      '\x01'::bytea || float8send('NaN') || circular_stats_send('(1,0,0,0,0x0,0x0,0x0)'::circular_stats)], :n);
