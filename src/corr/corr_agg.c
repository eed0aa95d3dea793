/*
 * corr_agg.c
 *		SQL glue of circular_corr and circular_linear_corr (0.10.0): the
 *		transition, combine, serial, deserial and final functions of their
 *		internal state (numerics/corr.c has the sums and the statistics).
 *
 * The state is the storable type circular_corr_state, a varlena around a
 * CorrState (6.3 kB for circular_corr, 2.5 kB for circular_linear_corr),
 * updated in place by the transition and combine functions when they run
 * as an aggregate's.  Its text input (hexadecimal) and binary input
 * distrust their bytes: a value is accepted only if rows could have built
 * it (corr_check), else 22P02 or 22P03; so the support functions, which
 * SQL can call with any state, only ever see valid states.
 */
#include "postgres.h"

#include <math.h>
#include <string.h>

#include "access/htup_details.h"
#include "fmgr.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "utils/date.h"

#include "errors.h"
#include "numerics/circular.h"
#include "numerics/corr.h"

#include "corr_datum.h"

#define CORR_DATUM_SIZE(kind) (offsetof(CorrDatum, st) + corr_state_size(kind))

/* Binary form: version and kind bytes, n, nnan, period, the limbs. */
#define CORR_WIRE_SIZE(kind) (2 + 3 * 8 + corr_nsums(kind) * XACC_LIMBS * 8)

/* How the values of a transition function come. */
#define IN_FLOAT8 0				/* float8 values, then a period */
#define IN_TIME 1				/* times of day: hours, period 24 */
#define IN_ANGLE 2				/* angles: degrees, period 360 */

/* A new, empty state in the current memory context. */
static CorrDatum *
corr_new(int kind)
{
	CorrDatum  *d = palloc(CORR_DATUM_SIZE(kind));

	SET_VARSIZE(d, CORR_DATUM_SIZE(kind));
	d->version = CORR_VERSION;
	corr_init(&d->st, kind);
	return d;
}

/*
 * The state argument to update: in place when called as an aggregate (the
 * state is then the aggregate's own), otherwise a copy; NULL for NULL.
 */
static CorrDatum *
corr_for_update(FunctionCallInfo fcinfo, int arg)
{
	Pointer		p;
	CorrDatum  *d;

	if (PG_ARGISNULL(arg))
		return NULL;
	p = DatumGetPointer(PG_GETARG_DATUM(arg));
	if (!VARATT_IS_EXTENDED(p) && AggCheckCallContext(fcinfo, NULL))
		return (CorrDatum *) p;
	d = (CorrDatum *) PG_DETOAST_DATUM_COPY(PG_GETARG_DATUM(arg));
	return d;
}

/* 22023: a state of the other aggregate. */
static void
corr_wrong_kind(int kind)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("circular correlation state of the wrong kind"),
			 errdetail("The state is not one of %s.",
					   kind == CORR_CC ? "circular_corr" : "circular_linear_corr")));
}

/* An angle argument as a value in its circle. */
static double
corr_value(FunctionCallInfo fcinfo, int arg, int in)
{
	if (in == IN_TIME)
		return (double) PG_GETARG_TIMEADT(arg) / (double) USECS_PER_HOUR;
	return PG_GETARG_FLOAT8(arg);
}

/* Error for an infinite value, or an x too large for its square. */
static void
corr_check_value(double v, bool linear)
{
	if (isinf(v))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("input is out of range"),
				 errdetail("Circular correlation needs finite values, but %s was given.",
						   angle_double_text(v))));
	if (linear && fabs(v) >= ldexp(1.0, CORR_X_MAX_EXP))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("linear value is out of range"),
				 errdetail("circular_linear_corr needs |x| < 2^510 (about 3.35e153), so that its exact sums of squares cannot overflow, but %s was given.",
						   angle_double_text(v))));
}

/*
 * The common transition: (state, a, b or x [, period]).  A row with a NULL
 * argument is skipped; a row with a NaN is counted and makes every
 * statistic NaN.
 */
static Datum
corr_accum(FunctionCallInfo fcinfo, int kind, int in)
{
	CorrDatum  *d;
	CorrState  *st;
	MemoryContext ctx,
				old;
	double		a,
				b,
				period;
	bool		linear = kind == CORR_CL;

	for (int i = 1; i < PG_NARGS(); i++)
		if (PG_ARGISNULL(i))
		{
			if (PG_ARGISNULL(0))
				PG_RETURN_NULL();
			PG_RETURN_DATUM(PG_GETARG_DATUM(0));
		}
	if (in == IN_FLOAT8)
	{
		period = PG_GETARG_FLOAT8(3);
		if (!circ_period_ok(period))
			angle_error_invalid_period(period);
	}
	else
		period = in == IN_TIME ? 24.0 : 360.0;
	a = corr_value(fcinfo, 1, in);
	b = linear ? PG_GETARG_FLOAT8(2) : corr_value(fcinfo, 2, in);
	corr_check_value(a, false);
	corr_check_value(b, linear);
	d = corr_for_update(fcinfo, 0);
	if (d == NULL)
	{
		if (!AggCheckCallContext(fcinfo, &ctx))
			ctx = CurrentMemoryContext;
		old = MemoryContextSwitchTo(ctx);
		d = corr_new(kind);
		MemoryContextSwitchTo(old);
	}
	st = &d->st;
	if (st->kind != kind)
		corr_wrong_kind(kind);
	if (st->n > 0 && st->period != period)
		angle_error_mixed_periods(st->period, period);
	if (st->n == PG_INT64_MAX)
		angle_error_row_count();
	if (isnan(a) || isnan(b))
		st->nnan++;
	else if (linear)
		corr_cl_add(st, a, b, period);
	else
		corr_cc_add(st, a, b, period);
	st->n++;
	st->period = period;
	PG_RETURN_POINTER(d);
}

#define CORR_ACCUM(name, kind, in) \
PG_FUNCTION_INFO_V1(name); \
Datum name(PG_FUNCTION_ARGS); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	return corr_accum(fcinfo, kind, in); \
}

/* Transition functions: add a row. */
CORR_ACCUM(circular_corr_accum, CORR_CC, IN_FLOAT8)
CORR_ACCUM(circular_corr_accum_time, CORR_CC, IN_TIME)
CORR_ACCUM(circular_corr_accum_angle, CORR_CC, IN_ANGLE)
CORR_ACCUM(circular_linear_corr_accum, CORR_CL, IN_FLOAT8)
CORR_ACCUM(circular_linear_corr_accum_time, CORR_CL, IN_TIME)
CORR_ACCUM(circular_linear_corr_accum_angle, CORR_CL, IN_ANGLE)

PG_FUNCTION_INFO_V1(circular_corr_combine);

/* Combine function: the sums of both states (parallel workers, merging). */
Datum
circular_corr_combine(PG_FUNCTION_ARGS)
{
	CorrDatum  *a,
			   *b;

	if (PG_ARGISNULL(1))
	{
		if (PG_ARGISNULL(0))
			PG_RETURN_NULL();
		PG_RETURN_DATUM(PG_GETARG_DATUM(0));
	}
	b = (CorrDatum *) PG_DETOAST_DATUM(PG_GETARG_DATUM(1));
	if (PG_ARGISNULL(0))
	{
		MemoryContext ctx,
					old;

		/* a copy of b, in the aggregate's memory */
		if (!AggCheckCallContext(fcinfo, &ctx))
			ctx = CurrentMemoryContext;
		old = MemoryContextSwitchTo(ctx);
		a = palloc(VARSIZE(b));
		memcpy(a, b, VARSIZE(b));
		MemoryContextSwitchTo(old);
		PG_RETURN_POINTER(a);
	}
	a = corr_for_update(fcinfo, 0);
	if (a->st.kind != b->st.kind)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot combine circular correlation states of different kinds"),
				 errdetail("One state is of circular_corr, the other of circular_linear_corr.")));
	if (a->st.n > 0 && b->st.n > 0 && a->st.period != b->st.period)
		angle_error_mixed_periods(a->st.period, b->st.period);
	if (b->st.n > PG_INT64_MAX - a->st.n)
		angle_error_row_count();
	corr_merge(&a->st, &b->st);
	PG_RETURN_POINTER(a);
}

/* The state from binary-form bytes, or an error of code errc. */
static CorrDatum *
corr_from_wire(StringInfo buf, int errc)
{
	int			version,
				kind;
	CorrDatum  *d;
	const char *why = NULL;

	if (buf->len - buf->cursor < 2)
		why = "The value is shorter than its header.";
	else
	{
		version = pq_getmsgbyte(buf);
		kind = pq_getmsgbyte(buf);
		if (version != CORR_VERSION)
			why = "The format version is not 1.";
		else if (kind != CORR_CC && kind != CORR_CL)
			why = "The state kind is neither 1 (circular_corr) nor 2 (circular_linear_corr).";
		else if (buf->len - buf->cursor != CORR_WIRE_SIZE(kind) - 2)
			why = "The length does not match the state kind.";
	}
	if (why != NULL)
		ereport(ERROR,
				(errcode(errc),
				 errmsg("invalid circular_corr_state value"),
				 errdetail("%s", why)));
	d = corr_new(kind);
	d->st.n = pq_getmsgint64(buf);
	d->st.nnan = pq_getmsgint64(buf);
	d->st.period = pq_getmsgfloat8(buf);
	for (int k = 0; k < corr_nsums(kind); k++)
		for (int i = XACC_LIMBS - 1; i >= 0; i--)
			d->st.sum[k].l[i] = (uint64) pq_getmsgint64(buf);
	if ((why = corr_check(&d->st)) != NULL)
		ereport(ERROR,
				(errcode(errc),
				 errmsg("invalid circular_corr_state value"),
				 errdetail("%s", why)));
	return d;
}

/* The binary form of a state. */
static bytea *
corr_to_wire(const CorrDatum *d)
{
	StringInfoData buf;
	int			kind = d->st.kind;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, (uint8) d->version);
	pq_sendbyte(&buf, (uint8) kind);
	pq_sendint64(&buf, d->st.n);
	pq_sendint64(&buf, d->st.nnan);
	pq_sendfloat8(&buf, d->st.period);
	for (int k = 0; k < corr_nsums(kind); k++)
		for (int i = XACC_LIMBS - 1; i >= 0; i--)
			pq_sendint64(&buf, (int64) d->st.sum[k].l[i]);
	return pq_endtypsend(&buf);
}

PG_FUNCTION_INFO_V1(circular_corr_state_recv);

/* Binary input, validated (22P03). */
Datum
circular_corr_state_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);

	PG_RETURN_POINTER(corr_from_wire(buf, ERRCODE_INVALID_BINARY_REPRESENTATION));
}

PG_FUNCTION_INFO_V1(circular_corr_state_send);

/* Binary output. */
Datum
circular_corr_state_send(PG_FUNCTION_ARGS)
{
	PG_RETURN_BYTEA_P(corr_to_wire((CorrDatum *) PG_DETOAST_DATUM(PG_GETARG_DATUM(0))));
}

PG_FUNCTION_INFO_V1(circular_corr_state_in);

/* Text input: the hexadecimal digits of the binary form, validated (22P02). */
Datum
circular_corr_state_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	size_t		len = strlen(str);
	StringInfoData buf;

	if (len % 2 != 0 || len > 2 * (size_t) CORR_WIRE_SIZE(CORR_CC) ||
		strspn(str, "0123456789abcdefABCDEF") != len)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid input syntax for type circular_corr_state"),
				 errdetail("The text form is the binary form in hexadecimal digits, two a byte.")));
	initStringInfo(&buf);
	for (size_t i = 0; i < len; i += 2)
	{
		char		h[3] = {str[i], str[i + 1], 0};

		appendStringInfoChar(&buf, (char) strtol(h, NULL, 16));
	}
	PG_RETURN_POINTER(corr_from_wire(&buf, ERRCODE_INVALID_TEXT_REPRESENTATION));
}

PG_FUNCTION_INFO_V1(circular_corr_state_out);

/* Text output: the binary form in hexadecimal. */
Datum
circular_corr_state_out(PG_FUNCTION_ARGS)
{
	bytea	   *b = corr_to_wire((CorrDatum *) PG_DETOAST_DATUM(PG_GETARG_DATUM(0)));
	const unsigned char *p = (const unsigned char *) VARDATA(b);
	int			len = VARSIZE(b) - VARHDRSZ;
	char	   *out = palloc(2 * len + 1);

	for (int i = 0; i < len; i++)
	{
		out[2 * i] = "0123456789abcdef"[p[i] >> 4];
		out[2 * i + 1] = "0123456789abcdef"[p[i] & 15];
	}
	out[2 * len] = '\0';
	PG_RETURN_CSTRING(out);
}

/* The circular_correlation row of a state; NULL when no row counts. */
static Datum
corr_final(FunctionCallInfo fcinfo, int kind)
{
	CorrState  *st;
	CorrResult	res;
	TupleDesc	td;
	Datum		v[4];
	bool		nulls[4];

	if (PG_ARGISNULL(0))
		PG_RETURN_NULL();
	st = &((CorrDatum *) PG_DETOAST_DATUM(PG_GETARG_DATUM(0)))->st;
	if (st->n == 0)
		PG_RETURN_NULL();
	if (st->kind != kind)
		corr_wrong_kind(kind);
	if (get_call_result_type(fcinfo, NULL, &td) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	td = BlessTupleDesc(td);
	if (kind == CORR_CC)
		corr_cc_result(st, &res);
	else
		corr_cl_result(st, &res);
	v[0] = Float8GetDatum(res.r);
	v[1] = Float8GetDatum(res.statistic);
	v[2] = Float8GetDatum(res.p_value);
	v[3] = Int64GetDatum(st->n);
	nulls[0] = !res.r_defined;
	nulls[1] = nulls[2] = !res.test_defined;
	nulls[3] = false;
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(td, v, nulls)));
}

PG_FUNCTION_INFO_V1(circular_corr_final);

/* Final function of circular_corr. */
Datum
circular_corr_final(PG_FUNCTION_ARGS)
{
	return corr_final(fcinfo, CORR_CC);
}

PG_FUNCTION_INFO_V1(circular_linear_corr_final);

/* Final function of circular_linear_corr. */
Datum
circular_linear_corr_final(PG_FUNCTION_ARGS)
{
	return corr_final(fcinfo, CORR_CL);
}
