/*
 * arc_btree.c
 *		A btree order of angles by their position on the circle
 *		(angle_position_ops), and the planner support that lets a btree
 *		index in that order serve angle <@ arc.
 *
 * angle_ops orders angles by value, so '370°' sorts after '20°' and no
 * range of such an index holds the angles of an arc.  In position order
 * (numerics/arc.h: the exact canonical position, compared exactly from
 * 0) the angles of an arc that does not pass through 0 are one range,
 * and so are those of an arc that ends just before 0 ([lo, 0)).  An arc
 * through 0 is two ranges; an index condition is a conjunction, so the
 * support function rewrites such a clause, when an index of this order
 * on the column could serve it and no GiST index could, as the OR of the
 * two halves, each one range (a bitmap OR of two index scans).
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/nbtree.h"
#include "access/table.h"
#include "catalog/namespace.h"
#include "catalog/pg_am.h"
#include "catalog/pg_opclass.h"
#include "fmgr.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "nodes/pathnodes.h"
#include "nodes/supportnodes.h"
#include "parser/parsetree.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/sortsupport.h"
#include "utils/syscache.h"

#include "angle/angle.h"
#include "arc/arc_glue.h"

/* Position order of two angles: -1, 0 (the same direction) or 1. */
static inline int
pos_cmp(double a, double b)
{
	return arc_pos_cmp(arc_pos(a, ARC_DEG), arc_pos(b, ARC_DEG), ARC_DEG);
}

PG_FUNCTION_INFO_V1(angle_position_cmp);

/* btree support of angle_position_ops: three-way position comparison. */
Datum
angle_position_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(pos_cmp(PG_GETARG_ANGLE(0), PG_GETARG_ANGLE(1)));
}

/* Sort comparator in position order. */
static int
position_fastcmp(Datum x, Datum y, SortSupport ssup)
{
	return pos_cmp(DatumGetAngle(x), DatumGetAngle(y));
}

PG_FUNCTION_INFO_V1(angle_position_sortsupport);

/* btree sort support of angle_position_ops. */
Datum
angle_position_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	ssup->comparator = position_fastcmp;
	PG_RETURN_VOID();
}

/* The five comparison operators of the position order. */
#define POSITION_OP(NAME, TEST) \
PG_FUNCTION_INFO_V1(angle_position_##NAME); \
Datum \
angle_position_##NAME(PG_FUNCTION_ARGS) \
{ \
	int			c = pos_cmp(PG_GETARG_ANGLE(0), PG_GETARG_ANGLE(1)); \
	PG_RETURN_BOOL(TEST); \
}

POSITION_OP(lt, c < 0)
POSITION_OP(le, c <= 0)
POSITION_OP(eq, c == 0)
POSITION_OP(ge, c >= 0)
POSITION_OP(gt, c > 0)

/* Is opfamily a btree family ordered by angle_position_cmp? */
static bool
is_position_family(Oid opfamily, Oid angletype)
{
	Oid			proc = get_opfamily_proc(opfamily, angletype, angletype,
										 BTORDER_PROC);
	FmgrInfo	f;

	if (!OidIsValid(proc))
		return false;
	fmgr_info(proc, &f);
	return f.fn_addr == angle_position_cmp;
}

/* The clause "key OP position" with OP of the family's strategy. */
static Expr *
position_clause(Oid opfamily, Oid angletype, int strategy, Node *key,
				double position)
{
	Oid			op = get_opfamily_member(opfamily, angletype, angletype, strategy);

	if (!OidIsValid(op))
		elog(ERROR, "angle_position_ops lacks strategy %d", strategy);
	return make_opclause(op, BOOLOID, false, (Expr *) copyObject(key),
						 (Expr *) makeConst(angletype, -1, InvalidOid,
											sizeof(float8),
											Float8GetDatum(position),
											false, FLOAT8PASSBYVAL),
						 InvalidOid, InvalidOid);
}

/*
 * The index conditions that give exactly the angles of a, or NIL when
 * they are not one range of the position order: the full arc (every
 * row), an arc through 0 other than [lo, 0).  Positions run from 0
 * (smallest) to just below 360, so [lo, hi) is "from lo, before hi" and
 * [lo, 0) is "from lo".  The empty arc is "before 0": no row.
 */
static List *
arc_conditions(const Arc *a, Oid opfamily, Oid angletype, Node *key)
{
	List	   *r = NIL;
	bool		to_end = a->hi == 0.0 && !(a->flags & ARC_HI_INC);

	if (a->flags & ARC_EMPTY)
		return list_make1(position_clause(opfamily, angletype,
										  BTLessStrategyNumber, key, 0.0));
	if (a->flags & ARC_FULL)
		return NIL;
	if (arc_pos_cmp(a->lo, a->hi, ARC_DEG) > 0 && !to_end)
		return NIL;
	if (a->lo != 0.0)
		r = lappend(r, position_clause(opfamily, angletype,
									   BTGreaterEqualStrategyNumber, key, a->lo));
	if (!to_end)
		r = lappend(r, position_clause(opfamily, angletype,
									   (a->flags & ARC_HI_INC) ?
									   BTLessEqualStrategyNumber :
									   BTLessStrategyNumber, key, a->hi));
	return r;
}

/* The arguments of an operator or function clause, or NIL. */
static List *
clause_args(Node *n)
{
	if (IsA(n, OpExpr))
		return ((OpExpr *) n)->args;
	if (IsA(n, FuncExpr))
		return ((FuncExpr *) n)->args;
	return NIL;
}

/* The access method of an operator class. */
static Oid
opclass_am(Oid opc)
{
	HeapTuple	t = SearchSysCache1(CLAOID, ObjectIdGetDatum(opc));
	Oid			am;

	if (!HeapTupleIsValid(t))
		return InvalidOid;
	am = ((Form_pg_opclass) GETSTRUCT(t))->opcmethod;
	ReleaseSysCache(t);
	return am;
}

/*
 * Does the table column v have a btree index in position order on it
 * alone as a key column, and no GiST index on it (which serves an arc
 * through 0 in one scan, index-only)?
 */
static bool
split_helps(PlannerInfo *root, Var *v)
{
	RangeTblEntry *rte;
	Relation	rel;
	List	   *ixs;
	ListCell   *lc;
	bool		btree = false,
				gist = false;

	if (v->varlevelsup != 0 || v->varattno <= 0 ||
		v->varno < 1 || v->varno > list_length(root->parse->rtable))
		return false;
	rte = rt_fetch(v->varno, root->parse->rtable);
	if (rte->rtekind != RTE_RELATION)
		return false;
	rel = table_open(rte->relid, NoLock);
	ixs = RelationGetIndexList(rel);
	foreach(lc, ixs)
	{
		HeapTuple	t = SearchSysCache1(INDEXRELID, ObjectIdGetDatum(lfirst_oid(lc)));
		Form_pg_index ix;
		int			k;

		if (!HeapTupleIsValid(t))
			continue;
		ix = (Form_pg_index) GETSTRUCT(t);
		for (k = 0; k < ix->indnkeyatts; k++)
		{
			Oid			opc;
			Oid			am;
			bool		isnull;
			Datum		d;
			oidvector  *opcs;

			if (ix->indkey.values[k] != v->varattno)
				continue;
			d = SysCacheGetAttr(INDEXRELID, t, Anum_pg_index_indclass, &isnull);
			if (isnull)
				continue;
			opcs = (oidvector *) DatumGetPointer(d);
			opc = opcs->values[k];
			am = opclass_am(opc);
			if (am == GIST_AM_OID)
				gist = true;
			else if (am == BTREE_AM_OID &&
					 is_position_family(get_opclass_family(opc), v->vartype))
				btree = true;
		}
		ReleaseSysCache(t);
	}
	list_free(ixs);
	table_close(rel, NoLock);
	return btree && !gist;
}

/*
 * angle <@ arc through 0, as (angle <@ [lo, 0)) OR (angle <@ [0, hi]):
 * exactly the same rows (lo and hi are canonical, so each half is an arc
 * the arc type holds), NULL exactly when the original is.  The operator
 * is looked up in the schema of the clause's function, never through the
 * search path; without it the clause stays as it is.
 */
static Node *
split_clause(FuncExpr *f, Node *key, const Arc *a, bool key_first)
{
	Arc			halves[2] = {{a->lo, 0.0, 0, 0},
							 {0.0, a->hi, a->flags & ARC_HI_INC, 0}};
	char	   *nsp = get_namespace_name(get_func_namespace(f->funcid));
	Oid			arctype = exprType(key_first ? lsecond(f->args) : linitial(f->args));
	Oid			op;
	List	   *ors = NIL;
	int			i;

	if (nsp == NULL)
		return NULL;
	op = OpernameGetOprid(list_make2(makeString(nsp),
									 makeString(key_first ? "<@" : "@>")),
						  key_first ? exprType(key) : arctype,
						  key_first ? arctype : exprType(key));
	if (!OidIsValid(op) || get_opcode(op) != f->funcid)
		return NULL;
	for (i = 0; i < 2; i++)
	{
		Expr	   *c = (Expr *) makeConst(arctype, -1, InvalidOid, sizeof(Arc),
										   PointerGetDatum(arc_copy(halves[i])),
										   false, false);
		Expr	   *k = (Expr *) copyObject(key);

		ors = lappend(ors, make_opclause(op, BOOLOID, false,
										 key_first ? k : c, key_first ? c : k,
										 InvalidOid, f->inputcollid));
	}
	return (Node *) makeBoolExpr(OR_EXPR, ors, -1);
}

/*
 * Arcs through 0 at least this wide are left whole: a sequential scan
 * serves them better, and it would test the two halves of each row.
 */
#define SPLIT_MAX_WIDTH 90.0

PG_FUNCTION_INFO_V1(angle_arc_support);

/*
 * Planner support of angle <@ arc and arc @> angle: index conditions for
 * a btree index in position order, and the split of an arc through 0.
 * Only a constant arc is used; anything else leaves the clause as it is.
 */
Datum
angle_arc_support(PG_FUNCTION_ARGS)
{
	Node	   *rawreq = (Node *) PG_GETARG_POINTER(0);

	if (IsA(rawreq, SupportRequestIndexCondition))
	{
		SupportRequestIndexCondition *req = (SupportRequestIndexCondition *) rawreq;
		List	   *args = clause_args(req->node);
		Node	   *key,
				   *other;
		List	   *conds;

		if (list_length(args) != 2 || req->indexarg > 1)
			PG_RETURN_POINTER(NULL);
		key = list_nth(args, req->indexarg);
		other = list_nth(args, 1 - req->indexarg);
		if (!IsA(other, Const) || ((Const *) other)->constisnull ||
			!is_position_family(req->opfamily, exprType(key)))
			PG_RETURN_POINTER(NULL);
		conds = arc_conditions(DatumGetArcP(((Const *) other)->constvalue),
							   req->opfamily, exprType(key), key);
		if (conds == NIL)
			PG_RETURN_POINTER(NULL);
		req->lossy = false;
		PG_RETURN_POINTER(conds);
	}
	if (IsA(rawreq, SupportRequestSimplify))
	{
		SupportRequestSimplify *req = (SupportRequestSimplify *) rawreq;
		List	   *args = req->fcall->args;
		Node	   *a0,
				   *a1;
		bool		key_first;
		Node	   *key;
		Const	   *c;
		const Arc  *a;

		if (req->root == NULL || list_length(args) != 2)
			PG_RETURN_POINTER(NULL);
		a0 = linitial(args);
		a1 = lsecond(args);
		key_first = IsA(a0, Var);
		key = key_first ? a0 : a1;
		c = (Const *) (key_first ? a1 : a0);
		if (!IsA(key, Var) || !IsA(c, Const) || c->constisnull)
			PG_RETURN_POINTER(NULL);
		a = DatumGetArcP(c->constvalue);
		if ((a->flags & (ARC_EMPTY | ARC_FULL)) ||
			arc_pos_cmp(a->lo, a->hi, ARC_DEG) <= 0 ||
			(a->hi == 0.0 && !(a->flags & ARC_HI_INC)) ||
			arc_width(a, ARC_DEG) >= SPLIT_MAX_WIDTH ||
			!split_helps(req->root, (Var *) key))
			PG_RETURN_POINTER(NULL);
		PG_RETURN_POINTER(split_clause(req->fcall, key, a, key_first));
	}
	PG_RETURN_POINTER(NULL);
}
