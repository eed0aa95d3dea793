-- Helpers shared by the sql/bad_*.sql files (session-local, in pg_temp).
--
-- pg_temp.try(query): run a query returning one value; gives its text
-- ('NULL' for a null), or 'ERROR <SQLSTATE>: <message>'.  XX000 (internal
-- error) is flagged loudly: it must never appear in an expected file.
CREATE FUNCTION pg_temp.try(q text, with_detail bool DEFAULT false) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	r text;
	d text;
BEGIN
	EXECUTE q INTO r;
	RETURN coalesce(r, 'NULL');
EXCEPTION WHEN OTHERS THEN
	GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
	RETURN CASE WHEN SQLSTATE = 'XX000' THEN '!!! INTERNAL ERROR ' ELSE '' END
		|| 'ERROR ' || SQLSTATE || ': ' || SQLERRM
		|| CASE WHEN with_detail AND d <> '' THEN ' -- ' || d ELSE '' END;
END $$;

-- pg_temp.recv(hex, type): feed the bytes to the type's binary receive
-- function, as a client's binary COPY or binary parameter would: write
-- them as one bytea field of a binary COPY file, then COPY that file into
-- a column of the type (binary COPY does not check field types).  Gives
-- the value's text form, or the error as pg_temp.try does.
CREATE FUNCTION pg_temp.recv(hex text, typ regtype, with_detail bool DEFAULT false) RETURNS text LANGUAGE plpgsql
SET client_min_messages = warning AS $$
DECLARE
	f text := current_setting('data_directory') || '/angle_regress_recv.bin';
	r text;
	d text;
BEGIN
	DROP TABLE IF EXISTS pg_temp.recv_src, pg_temp.recv_dst;
	CREATE TEMP TABLE recv_src (b bytea);
	INSERT INTO recv_src VALUES (decode(hex, 'hex'));
	EXECUTE format('COPY pg_temp.recv_src TO %L WITH (FORMAT binary)', f);
	EXECUTE format('CREATE TEMP TABLE recv_dst (v %s)', typ);
	BEGIN
		EXECUTE format('COPY pg_temp.recv_dst FROM %L WITH (FORMAT binary)', f);
		SELECT v::text INTO r FROM pg_temp.recv_dst;
		RETURN coalesce(r, 'NULL');
	EXCEPTION WHEN OTHERS THEN
		GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL;
		RETURN CASE WHEN SQLSTATE = 'XX000' THEN '!!! INTERNAL ERROR ' ELSE '' END
			|| 'ERROR ' || SQLSTATE || ': ' || SQLERRM
			|| CASE WHEN with_detail AND d <> '' THEN ' -- ' || d ELSE '' END;
	END;
END $$;
