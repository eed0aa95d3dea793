-- Every property of every member of extension angle, one line per fact,
-- OIDs translated to names, sorted: two databases hold the same extension
-- exactly when this prints the same text.  Used by upgrade.sh.
WITH ext AS (SELECT oid FROM pg_extension WHERE extname = 'angle'),
members AS (
	SELECT d.classid, d.objid, d.objsubid FROM pg_depend d, ext
	 WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'),
mtypes AS (
	-- member types and their implicit array types (not members themselves)
	SELECT t.oid FROM members m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
	UNION
	SELECT t.typarray FROM members m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
	 WHERE t.typarray <> 0),
mfamilies AS (
	SELECT f.oid FROM members m JOIN pg_opfamily f ON m.classid = 'pg_opfamily'::regclass AND f.oid = m.objid
	UNION
	SELECT c.opcfamily FROM members m JOIN pg_opclass c ON m.classid = 'pg_opclass'::regclass AND c.oid = m.objid)
SELECT line FROM (
-- the extension itself
SELECT 'extension ' || e.extname || ' version=' || e.extversion || ' schema=' || e.extnamespace::regnamespace
       || ' relocatable=' || e.extrelocatable || ' config=' || coalesce(e.extconfig::text, '-')
       || ' condition=' || coalesce(e.extcondition::text, '-') AS line
  FROM pg_extension e, ext WHERE e.oid = ext.oid
UNION ALL
-- every member, of any catalogue
SELECT 'member ' || pg_describe_object(m.classid, m.objid, m.objsubid) FROM members m
UNION ALL
-- functions, aggregates included
SELECT 'function ' || p.oid::regprocedure
       || ' kind=' || p.prokind::text || ' namespace=' || p.pronamespace::regnamespace
       || ' args=(' || pg_get_function_arguments(p.oid) || ')'
       || ' result=' || pg_get_function_result(p.oid)
       || ' rettype=' || format_type(p.prorettype, NULL) || ' retset=' || p.proretset
       || ' nargs=' || p.pronargs || ' nargdefaults=' || p.pronargdefaults
       || ' argtypes=' || coalesce((SELECT string_agg(format_type(t, NULL), ',' ORDER BY i)
                                      FROM unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) WITH ORDINALITY u(t, i)), '-')
       || ' argmodes=' || coalesce(p.proargmodes::text, '-')
       || ' argnames=' || coalesce(p.proargnames::text, '-')
       || ' defaults=' || coalesce(pg_get_expr(p.proargdefaults, 0), '-')
       || ' variadic=' || coalesce(format_type(nullif(p.provariadic, 0), NULL), '-')
       || ' volatile=' || p.provolatile::text || ' strict=' || p.proisstrict || ' parallel=' || p.proparallel::text
       || ' leakproof=' || p.proleakproof || ' secdef=' || p.prosecdef
       || ' cost=' || p.procost || ' rows=' || p.prorows
       || ' support=' || coalesce(nullif(p.prosupport::oid, 0)::regprocedure::text, '-')
       || ' lang=' || l.lanname || ' src=' || coalesce(p.prosrc, '-') || ' bin=' || coalesce(p.probin, '-')
       || ' sqlbody=' || CASE WHEN p.prosqlbody IS NULL THEN '-' ELSE pg_get_functiondef(p.oid) END
       || ' config=' || coalesce(p.proconfig::text, '-') || ' trftypes=' || coalesce(p.protrftypes::text, '-')
       || ' acl=' || coalesce(p.proacl::text, '-')
  FROM members m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
  JOIN pg_language l ON l.oid = p.prolang
UNION ALL
SELECT 'aggregate ' || a.aggfnoid::regprocedure
       || ' kind=' || a.aggkind::text || ' ndirect=' || a.aggnumdirectargs
       || ' transfn=' || coalesce(nullif(a.aggtransfn::oid, 0)::regprocedure::text, '-')
       || ' finalfn=' || coalesce(nullif(a.aggfinalfn::oid, 0)::regprocedure::text, '-')
       || ' combinefn=' || coalesce(nullif(a.aggcombinefn::oid, 0)::regprocedure::text, '-')
       || ' serialfn=' || coalesce(nullif(a.aggserialfn::oid, 0)::regprocedure::text, '-')
       || ' deserialfn=' || coalesce(nullif(a.aggdeserialfn::oid, 0)::regprocedure::text, '-')
       || ' mtransfn=' || coalesce(nullif(a.aggmtransfn::oid, 0)::regprocedure::text, '-')
       || ' minvtransfn=' || coalesce(nullif(a.aggminvtransfn::oid, 0)::regprocedure::text, '-')
       || ' mfinalfn=' || coalesce(nullif(a.aggmfinalfn::oid, 0)::regprocedure::text, '-')
       || ' finalextra=' || a.aggfinalextra || ' mfinalextra=' || a.aggmfinalextra
       || ' finalmodify=' || a.aggfinalmodify::text || ' mfinalmodify=' || a.aggmfinalmodify::text
       || ' sortop=' || coalesce(nullif(a.aggsortop, 0)::regoperator::text, '-')
       || ' transtype=' || format_type(a.aggtranstype, NULL) || ' transspace=' || a.aggtransspace
       || ' mtranstype=' || coalesce(format_type(nullif(a.aggmtranstype, 0), NULL), '-')
       || ' mtransspace=' || a.aggmtransspace
       || ' initval=' || coalesce(a.agginitval, '-') || ' minitval=' || coalesce(a.aggminitval, '-')
  FROM members m JOIN pg_aggregate a ON m.classid = 'pg_proc'::regclass AND a.aggfnoid = m.objid
UNION ALL
SELECT 'type ' || format_type(t.oid, NULL) || ' name=' || t.typname || ' namespace=' || t.typnamespace::regnamespace
       || ' len=' || t.typlen || ' byval=' || t.typbyval || ' type=' || t.typtype::text
       || ' category=' || t.typcategory::text || ' preferred=' || t.typispreferred || ' defined=' || t.typisdefined
       || ' delim=' || t.typdelim::text || ' relid=' || coalesce(nullif(t.typrelid, 0)::regclass::text, '-')
       || ' subscript=' || coalesce(nullif(t.typsubscript::oid, 0)::regprocedure::text, '-')
       || ' elem=' || coalesce(format_type(nullif(t.typelem, 0), NULL), '-')
       || ' array=' || coalesce(format_type(nullif(t.typarray, 0), NULL), '-')
       || ' input=' || coalesce(nullif(t.typinput::oid, 0)::regprocedure::text, '-')
       || ' output=' || coalesce(nullif(t.typoutput::oid, 0)::regprocedure::text, '-')
       || ' receive=' || coalesce(nullif(t.typreceive::oid, 0)::regprocedure::text, '-')
       || ' send=' || coalesce(nullif(t.typsend::oid, 0)::regprocedure::text, '-')
       || ' modin=' || coalesce(nullif(t.typmodin::oid, 0)::regprocedure::text, '-')
       || ' modout=' || coalesce(nullif(t.typmodout::oid, 0)::regprocedure::text, '-')
       || ' analyze=' || coalesce(nullif(t.typanalyze::oid, 0)::regprocedure::text, '-')
       || ' align=' || t.typalign::text || ' storage=' || t.typstorage::text || ' notnull=' || t.typnotnull
       || ' basetype=' || coalesce(format_type(nullif(t.typbasetype, 0), NULL), '-')
       || ' typmod=' || t.typtypmod || ' ndims=' || t.typndims
       || ' collation=' || coalesce((SELECT c.collname FROM pg_collation c WHERE c.oid = t.typcollation), '-')
       || ' default=' || coalesce(t.typdefault, '-') || ' acl=' || coalesce(t.typacl::text, '-')
  FROM mtypes mt JOIN pg_type t ON t.oid = mt.oid
UNION ALL
SELECT 'operator ' || o.oid::regoperator || ' namespace=' || o.oprnamespace::regnamespace
       || ' kind=' || o.oprkind::text || ' result=' || format_type(o.oprresult, NULL)
       || ' code=' || coalesce(nullif(o.oprcode::oid, 0)::regprocedure::text, '-')
       || ' commutator=' || coalesce(nullif(o.oprcom, 0)::regoperator::text, '-')
       || ' negator=' || coalesce(nullif(o.oprnegate, 0)::regoperator::text, '-')
       || ' restrict=' || coalesce(nullif(o.oprrest::oid, 0)::regprocedure::text, '-')
       || ' join=' || coalesce(nullif(o.oprjoin::oid, 0)::regprocedure::text, '-')
       || ' merges=' || o.oprcanmerge || ' hashes=' || o.oprcanhash
  FROM members m JOIN pg_operator o ON m.classid = 'pg_operator'::regclass AND o.oid = m.objid
UNION ALL
SELECT 'opclass ' || pg_describe_object('pg_opclass'::regclass, c.oid, 0)
       || ' namespace=' || c.opcnamespace::regnamespace
       || ' family=' || pg_describe_object('pg_opfamily'::regclass, c.opcfamily, 0)
       || ' intype=' || format_type(c.opcintype, NULL) || ' default=' || c.opcdefault
       || ' keytype=' || coalesce(format_type(nullif(c.opckeytype, 0), NULL), '-')
  FROM members m JOIN pg_opclass c ON m.classid = 'pg_opclass'::regclass AND c.oid = m.objid
UNION ALL
SELECT 'opfamily ' || pg_describe_object('pg_opfamily'::regclass, f.oid, 0)
       || ' namespace=' || f.opfnamespace::regnamespace
  FROM mfamilies mf JOIN pg_opfamily f ON f.oid = mf.oid
UNION ALL
SELECT 'amop ' || pg_describe_object('pg_opfamily'::regclass, ao.amopfamily, 0)
       || ' strategy=' || ao.amopstrategy
       || ' types=' || format_type(ao.amoplefttype, NULL) || ',' || format_type(ao.amoprighttype, NULL)
       || ' operator=' || ao.amopopr::regoperator || ' purpose=' || ao.amoppurpose::text
       || ' sortfamily=' || coalesce(pg_describe_object('pg_opfamily'::regclass, nullif(ao.amopsortfamily, 0), 0), '-')
       || ' method=' || (SELECT amname FROM pg_am WHERE oid = ao.amopmethod)
  FROM mfamilies mf JOIN pg_amop ao ON ao.amopfamily = mf.oid
UNION ALL
SELECT 'amproc ' || pg_describe_object('pg_opfamily'::regclass, ap.amprocfamily, 0)
       || ' number=' || ap.amprocnum
       || ' types=' || format_type(ap.amproclefttype, NULL) || ',' || format_type(ap.amprocrighttype, NULL)
       || ' proc=' || ap.amproc::oid::regprocedure
  FROM mfamilies mf JOIN pg_amproc ap ON ap.amprocfamily = mf.oid
UNION ALL
SELECT 'cast ' || format_type(c.castsource, NULL) || ' -> ' || format_type(c.casttarget, NULL)
       || ' function=' || coalesce(nullif(c.castfunc, 0)::regprocedure::text, '-')
       || ' context=' || c.castcontext::text || ' method=' || c.castmethod::text
  FROM members m JOIN pg_cast c ON m.classid = 'pg_cast'::regclass AND c.oid = m.objid
UNION ALL
-- comments on members, and on the members of their operator families
SELECT 'comment ' || pg_describe_object(d.classoid, d.objoid, d.objsubid) || ': ' || d.description
  FROM pg_description d
 WHERE (d.classoid, d.objoid) IN (SELECT classid, objid FROM members)
    OR (d.classoid = 'pg_amop'::regclass AND d.objoid IN (SELECT oid FROM pg_amop WHERE amopfamily IN (SELECT oid FROM mfamilies)))
    OR (d.classoid = 'pg_amproc'::regclass AND d.objoid IN (SELECT oid FROM pg_amproc WHERE amprocfamily IN (SELECT oid FROM mfamilies)))
UNION ALL
-- members without a comment
SELECT 'uncommented ' || pg_describe_object(m.classid, m.objid, m.objsubid)
  FROM members m
 WHERE NOT EXISTS (SELECT 1 FROM pg_description d
                    WHERE d.classoid = m.classid AND d.objoid = m.objid AND d.objsubid = m.objsubid)
) facts
ORDER BY line COLLATE "C";
