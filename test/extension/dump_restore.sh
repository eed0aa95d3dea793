#!/usr/bin/env bash
# pg_dump -> restore of a table of angles gives identical values, also into
# databases of other encodings.  Run inside a cluster (PG* variables set),
# e.g. from scripts/test.sh --inside.  Prints TAP lines.
set -uo pipefail
db=angle_dump_src
tmp=$(mktemp -d)
n=0
fails=0
echo "1..8"

# TAP result line for a condition given as a shell command status.
check() {
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fails=$((fails + 1)); fi
}

# A digest of the exact bits of every angle in database $1.
digest() {
	psql -XAtq -d "$1" -c "SELECT md5(string_agg(encode(angle_send(a), 'hex'), ',' ORDER BY id)) FROM t" 2>&1
}

psql -Xq -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
createdb -T template0 -E UTF8 "$db"
psql -Xq -v ON_ERROR_STOP=1 -d "$db" >/dev/null <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION angle CASCADE;
CREATE TABLE t (id int PRIMARY KEY, a angle);
INSERT INTO t
SELECT i, angle(CASE WHEN e = 0 THEN m::float8 * power(2::float8, -1074)
                     ELSE (1 + m::float8 / 4503599627370496) * power(2::float8, e - 1023) END
                * CASE WHEN b < 0 THEN -1 ELSE 1 END, 'deg')
  FROM (SELECT i, b, (b >> 52) & 2047 AS e, b & ((1::bigint << 52) - 1) AS m
          FROM (SELECT i, ('x' || substr(md5(i::text), 1, 16))::bit(64)::bigint AS b
                  FROM generate_series(1, 5000) i) s) s2
 WHERE e < 2047;
INSERT INTO t VALUES (-1, '-0'), (-2, '30°'), (-3, '5e-324'), (-4, '1.7976931348623157e308'), (-5, '12°30''36"');
SQL
want=$(digest "$db")

# 1. plain dump, restored into a UTF8 database
createdb -T template0 -E UTF8 angle_dump_utf8
pg_dump -d "$db" >"$tmp/utf8.sql" 2>"$tmp/err"
psql -Xq -v ON_ERROR_STOP=1 -d angle_dump_utf8 -f "$tmp/utf8.sql" >/dev/null 2>>"$tmp/err"
[ "$(digest angle_dump_utf8)" = "$want" ]; check $? "plain dump restores identical values (UTF8)"
grep -q '30°' "$tmp/utf8.sql"; check $? "a UTF8 dump writes the degree sign"

# 2. the same UTF-8 dump into LATIN1 and SQL_ASCII databases
createdb -T template0 -E LATIN1 --locale=C angle_dump_latin1
psql -Xq -v ON_ERROR_STOP=1 -d angle_dump_latin1 -f "$tmp/utf8.sql" >/dev/null 2>>"$tmp/err"
[ "$(digest angle_dump_latin1)" = "$want" ]; check $? "UTF8 dump restores identical values into LATIN1"
createdb -T template0 -E SQL_ASCII --locale=C angle_dump_ascii
psql -Xq -v ON_ERROR_STOP=1 -d angle_dump_ascii -f "$tmp/utf8.sql" >/dev/null 2>>"$tmp/err"
[ "$(digest angle_dump_ascii)" = "$want" ]; check $? "UTF8 dump restores identical values into SQL_ASCII"

# 3. a database without a degree sign: dump in its encoding, written in ASCII
createdb -T template0 -E ISO_8859_5 --locale=C angle_dump_cyr
pg_dump -E ISO_8859_5 -d "$db" >"$tmp/cyr.sql" 2>>"$tmp/err"
! grep -q '°' "$tmp/cyr.sql" && grep -q '30deg' "$tmp/cyr.sql"; check $? "a dump in ISO_8859_5 writes deg instead of the degree sign"
psql -Xq -v ON_ERROR_STOP=1 -d angle_dump_cyr -f "$tmp/cyr.sql" >/dev/null 2>>"$tmp/err"
[ "$(digest angle_dump_cyr)" = "$want" ]; check $? "ISO_8859_5 dump restores identical values"

# 4. custom format through pg_restore, with a display unit set for the database
psql -Xq -d "$db" -c "ALTER DATABASE $db SET angle.output_unit = 'dms'" >/dev/null
createdb -T template0 -E UTF8 angle_dump_custom
pg_dump -Fc -d "$db" -f "$tmp/dump.custom" 2>>"$tmp/err"
pg_restore -d angle_dump_custom "$tmp/dump.custom" 2>>"$tmp/err"
[ "$(digest angle_dump_custom)" = "$want" ]; check $? "custom-format dump with angle.output_unit = dms restores identical values"
grep -aq '12°30′36″' "$tmp/dump.custom" 2>/dev/null || pg_restore -f - "$tmp/dump.custom" | grep -q '12°30′36″'
check $? "that dump was written in d-m-s"

if [ "$fails" -gt 0 ]; then sed 's/^/# /' "$tmp/err"; fi
for d in "$db" angle_dump_utf8 angle_dump_latin1 angle_dump_ascii angle_dump_cyr angle_dump_custom; do
	psql -Xq -d postgres -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1
done
rm -rf "$tmp"
[ "$fails" -eq 0 ]
