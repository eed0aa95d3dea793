/*
 * state.c
 *		The circular_stats type: validation and text and binary I/O.
 *
 * Input distrusts its bytes: a value is accepted only if the aggregates
 * could have built it (README: "`circular_stats` state type").
 */
#include "postgres.h"

#include <math.h>
#include <string.h>

#include "common/shortest_dec.h"
#include "fmgr.h"
#include "libpq/pqformat.h"

#include "circstats.h"
#include "errors.h"

/* ---------- helpers ---------- */

/* A fresh empty state in the current memory context. */
CircStats *
circ_stats_new(void)
{
	CircStats  *st = palloc0(CIRC_STATS_SIZE);

	SET_VARSIZE(st, CIRC_STATS_SIZE);
	st->version = CIRC_STATS_VERSION;
	return st;
}

/* A fresh empty version 2 state of order q. */
CircStats2 *
circ_stats2_new(int64 order)
{
	CircStats2 *st = palloc0(CIRC_STATS2_SIZE);

	SET_VARSIZE(st, CIRC_STATS2_SIZE);
	st->base.version = CIRC_STATS_VERSION2;
	st->order = order;
	return st;
}

/*
 * An emptied state becomes the one empty state, of version 1: with no
 * rows there are no sums of any order to keep.  In place (it shrinks).
 */
void
circ_canonical_empty(CircStats *st)
{
	if (st->n == 0 && CIRC_IS_V2(st))
	{
		st->version = CIRC_STATS_VERSION;
		SET_VARSIZE(st, CIRC_STATS_SIZE);
	}
}

/*
 * What a transition function returns for a row with a NULL value, weight
 * or period: the state unchanged, or a new empty one for a NULL state.
 */
Datum
circ_skip_null_row(FunctionCallInfo fcinfo)
{
	if (PG_ARGISNULL(0))
		PG_RETURN_POINTER(circ_stats_new());
	PG_RETURN_DATUM(PG_GETARG_DATUM(0));
}

/* ---------- validation ---------- */

/*
 * Check that a state read from outside is one the aggregates could have
 * built; returns NULL if so, else the reason.
 */
static const char *
circ_stats_invalid(const CircStats *st)
{
	int64		live;
	Wide		minw;

	if (st->version != CIRC_STATS_VERSION &&
		st->version != CIRC_STATS_VERSION2)
		return "The format version is not 1 or 2.";
	if (st->pad[0] || st->pad[1] || st->pad[2])
		return "The padding bytes are not zero.";
	if (st->n < 0 || st->nnan < 0 || st->nnan > st->n)
		return "The row counts are inconsistent.";
	if (st->n == 0)
	{
		/* +0 only: -0 would print as "-0", which text input refuses */
		if (st->period != 0.0 || signbit(st->period) ||
			!wide_zero(&st->s) || !wide_zero(&st->c) ||
			!wide_zero(&st->w))
			return "An empty state must have zero period and sums.";
		return NULL;
	}
	if (!(st->period > 0.0) || isinf(st->period))
		return "The period is not a positive finite number.";
	if (wide_neg(&st->w) || st->w.l[3] >= (UINT64CONST(1) << 62))
		return "The total weight is out of range.";
	live = st->n - st->nnan;
	/* each counted row adds at least 2^64 grid units of weight */
	minw = wide_shifted((int128) live, 64);
	if (wide_cmp(&st->w, &minw) < 0)
		return "The total weight is too small for the row count.";
	if (live == 0)
	{
		if (!wide_zero(&st->s) || !wide_zero(&st->c))
			return "A state of NaN rows only must have zero sums.";
		return NULL;
	}
	if (!wide_abs_le(&st->s, &st->w) || !wide_abs_le(&st->c, &st->w))
		return "A sine or cosine sum exceeds the total weight.";
	if (hypot(wide_to_double(&st->s), wide_to_double(&st->c)) >
		wide_to_double(&st->w) * (1.0 + ldexp(1.0, -40)))
		return "The resultant exceeds the total weight.";
	return NULL;
}

/*
 * The same for a version 2 state: a valid first-order part, an order in
 * [1, CIRC_MAX_ORDER], and sums of order q that are zero when no finite
 * row is counted, else within the total weight (each row's term has
 * magnitude at most its weight).  For q = 1 they are the first-order sums
 * themselves, the terms being computed the same way.
 */
const char *
circ_stats2_invalid(const CircStats2 *st)
{
	const char *why = circ_stats_invalid(&st->base);

	if (why != NULL)
		return why;
	if (st->base.version != CIRC_STATS_VERSION2)
		return "The format version is not 2.";
	if (st->base.n == 0)
		return "An empty state must be of version 1.";
	if (st->order < 1 || st->order > CIRC_MAX_ORDER)
		return "The order of the second sums is not between 1 and 1000000.";
	if (st->base.n == st->base.nnan)
	{
		if (!wide_zero(&st->sq) || !wide_zero(&st->cq))
			return "A state without finite rows must have zero sums of order q.";
		return NULL;
	}
	if (st->order == 1 &&
		(memcmp(&st->sq, &st->base.s, sizeof(Wide)) != 0 ||
		 memcmp(&st->cq, &st->base.c, sizeof(Wide)) != 0))
		return "The sums of order 1 differ from the first-order sums.";
	if (!wide_abs_le(&st->sq, &st->base.w) ||
		!wide_abs_le(&st->cq, &st->base.w))
		return "A sine or cosine sum of order q exceeds the total weight.";
	if (hypot(wide_to_double(&st->sq), wide_to_double(&st->cq)) >
		wide_to_double(&st->base.w) * (1.0 + ldexp(1.0, -40)))
		return "The resultant of order q exceeds the total weight.";
	return NULL;
}

/*
 * An upper bound on |a| / 2^64 (within a relative 2^-50), when |a| < 2^191:
 * with m the sign mask, |a| = ((a ^ m) - m), below ((l2:l1) ^ m) + 1 in
 * units of 2^64 for either sign.  False when a does not fit.
 */
static inline bool
sum_bound(const Wide *a, double *bound)
{
	uint64		m = (uint64) ((int64) a->l[3] >> 63);
	uint64		hi = a->l[2] ^ m;

	if (a->l[3] != m || (int64) hi < 0)
		return false;
	*bound = (double) (int64) hi * 0x1p64 +
		(double) (int64) ((a->l[1] ^ m) >> 1) * 2.0 + 2.0;
	return true;
}

/*
 * Check a state after rows or a state were removed from it (inverse
 * transition and inverse combine functions), before an emptied state is
 * reset.  Removing what was added gives exactly the state of the rows that
 * remain, which is valid; anything else (only possible in direct calls,
 * or in user-defined aggregates built from our support functions) would
 * produce a value that text and binary input reject, so it is refused.
 */
void
circ_check_removal(const CircStats *st)
{
	const char *why;

	/*
	 * The common case (rows remain, total weight in [2^128, 2^191), sums
	 * below 2^191), cheaply: a resultant test with a margin of 2^-45 on
	 * doubles that bound the sums from above and the weight from below (in
	 * units of 2^64, within a relative 2^-50), so that passing it proves
	 * |s| < w and |c| < w exactly, and the resultant within w.  The weight
	 * is then above the (n - nnan) 2^64 of the row count.  Anything else,
	 * or any doubt, takes the full check below.
	 */
	if (st->n > 0 && st->nnan >= 0 && st->nnan < st->n &&
		st->w.l[3] == 0 && st->w.l[2] != 0 && (int64) st->w.l[2] >= 0)
	{
		double		s,
					c,
					w = (double) (int64) st->w.l[2] * 0x1p64 +
			(double) (int64) (st->w.l[1] >> 1) * 2.0;

		if (sum_bound(&st->s, &s) && sum_bound(&st->c, &c) &&
			s * s + c * c <= w * w * (1.0 - 0x1p-45))
			return;
	}

	if (st->n == 0)
		why = (st->nnan == 0 && wide_zero(&st->s) && wide_zero(&st->c) &&
			   wide_zero(&st->w)) ? NULL :
			"No row would remain, but the counts or sums would not be zero.";
	else
		why = circ_stats_invalid(st);
	if (why != NULL)
		angle_error_bad_removal(why);
}

/* ---------- text and binary I/O ---------- */

/* Append a Wide as signed hexadecimal. */
static void
wide_out(StringInfo buf, const Wide *a)
{
	Wide		m = *a;
	bool		started = false;

	if (wide_neg(a))
	{
		appendStringInfoChar(buf, '-');
		m = wide_negate(a);
	}
	appendStringInfoString(buf, "0x");
	for (int i = 3; i >= 0; i--)
	{
		if (started)
			appendStringInfo(buf, "%016llx", (unsigned long long) m.l[i]);
		else if (m.l[i] != 0 || i == 0)
		{
			appendStringInfo(buf, "%llx", (unsigned long long) m.l[i]);
			started = true;
		}
	}
}

/* Parse a signed hexadecimal Wide of magnitude < 2^255 at *p. */
static bool
wide_in(const char **p, Wide *a)
{
	const char *s = *p;
	bool		neg = false;
	int			ndig = 0;
	Wide		r = {{0, 0, 0, 0}};

	if (*s == '-')
	{
		neg = true;
		s++;
	}
	if (s[0] != '0' || (s[1] != 'x' && s[1] != 'X'))
		return false;
	s += 2;
	for (;;)
	{
		int			d;

		if (*s >= '0' && *s <= '9')
			d = *s - '0';
		else if (*s >= 'a' && *s <= 'f')
			d = *s - 'a' + 10;
		else if (*s >= 'A' && *s <= 'F')
			d = *s - 'A' + 10;
		else
			break;
		if (r.l[3] >> 59)		/* would reach 2^255 */
			return false;
		for (int i = 3; i > 0; i--)
			r.l[i] = (r.l[i] << 4) | (r.l[i - 1] >> 60);
		r.l[0] = (r.l[0] << 4) | (uint64) d;
		ndig++;
		s++;
	}
	if (ndig == 0 || ndig > 64)
		return false;
	*a = neg ? wide_negate(&r) : r;
	*p = s;
	return true;
}

/* Parse a signed decimal int64 at *p. */
static bool
int64_in(const char **p, int64 *v)
{
	char	   *end;
	long long	x;

	if (!(**p == '-' || (**p >= '0' && **p <= '9')))
		return false;
	errno = 0;
	x = strtoll(*p, &end, 10);
	if (errno != 0 || end == *p)
		return false;
	*v = (int64) x;
	*p = end;
	return true;
}

/*
 * Parse the period at *p: an unsigned decimal number (digits, an optional
 * point and fraction, an optional exponent), the form circular_stats_out
 * prints.  No sign, hexadecimal, "NaN" or "Infinity".  A subnormal result
 * is accepted (strtod reports ERANGE for it, as float8in allows); an
 * overflow or an underflow to zero of a nonzero literal is not.
 */
static bool
period_in(const char **p, double *v)
{
	const char *s = *p;
	const char *start = s;
	bool		digits = false;
	bool		point = false;
	bool		nonzero = false;
	char	   *end;
	double		x;

	for (; (*s >= '0' && *s <= '9') || *s == '.'; s++)
	{
		if (*s == '.')
		{
			if (point)
				return false;
			point = true;
			continue;
		}
		digits = true;
		nonzero |= (*s != '0');
	}
	if (!digits)
		return false;
	if (*s == 'e' || *s == 'E')
	{
		s++;
		if (*s == '+' || *s == '-')
			s++;
		if (!(*s >= '0' && *s <= '9'))
			return false;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	errno = 0;
	x = strtod(start, &end);
	if (end != s)
		return false;
	if (errno == ERANGE && (isinf(x) || (x == 0.0 && nonzero)))
		return false;
	*v = x;
	*p = s;
	return true;
}

/* The detail of a syntax error: the expected form of the version. */
static const char *
syntax_detail(int64 version)
{
	if (version == CIRC_STATS_VERSION2)
		return "The expected form of version 2 is (2,count,nan_count,period,sin_sum,cos_sum,weight_sum,order,sin_sum_q,cos_sum_q) with hexadecimal sums.";
	return "The expected form is (version,count,nan_count,period,sin_sum,cos_sum,weight_sum) with hexadecimal sums.";
}

/* Expect character ch at *p. */
static bool
expect_char(const char **p, char ch)
{
	if (**p != ch)
		return false;
	(*p)++;
	return true;
}

/*
 * Text input: (version,n,nnan,period,S,C,W) with S, C, W in signed hex
 * units of 2^-144.
 */
PG_FUNCTION_INFO_V1(circular_stats_in);
Datum
circular_stats_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	const char *p = str;
	CircStats2 *st2 = circ_stats2_new(0);
	CircStats  *st = &st2->base;
	int64		version = CIRC_STATS_VERSION;
	const char *why;

	while (*p == ' ')
		p++;
	if (!expect_char(&p, '(') || !int64_in(&p, &version) ||
		!expect_char(&p, ',') || !int64_in(&p, &st->n) ||
		!expect_char(&p, ',') || !int64_in(&p, &st->nnan) ||
		!expect_char(&p, ','))
		goto syntax;
	if (!period_in(&p, &st->period))
		goto syntax;
	if (!expect_char(&p, ',') || !wide_in(&p, &st->s) ||
		!expect_char(&p, ',') || !wide_in(&p, &st->c) ||
		!expect_char(&p, ',') || !wide_in(&p, &st->w))
		goto syntax;
	/* version 2: ,q,Sq,Cq */
	if (version == CIRC_STATS_VERSION2 &&
		(!expect_char(&p, ',') || !int64_in(&p, &st2->order) ||
		 !expect_char(&p, ',') || !wide_in(&p, &st2->sq) ||
		 !expect_char(&p, ',') || !wide_in(&p, &st2->cq)))
		goto syntax;
	if (!expect_char(&p, ')'))
		goto syntax;
	while (*p == ' ')
		p++;
	if (*p != '\0')
		goto syntax;
	if (version == CIRC_STATS_VERSION2)
		why = circ_stats2_invalid(st2);
	else if (version == CIRC_STATS_VERSION)
	{
		st->version = CIRC_STATS_VERSION;
		SET_VARSIZE(st, CIRC_STATS_SIZE);
		why = circ_stats_invalid(st);
	}
	else
		why = "The format version is not 1 or 2.";
	if (why == NULL)
		PG_RETURN_POINTER(st);
#if PG_VERSION_NUM >= 160000
	ereturn(fcinfo->context, (Datum) 0,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid circular_stats value: \"%s\"", str),
			 errdetail("%s", why)));
#else
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid circular_stats value: \"%s\"", str),
			 errdetail("%s", why)));
#endif

syntax:
#if PG_VERSION_NUM >= 160000
	ereturn(fcinfo->context, (Datum) 0,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type circular_stats: \"%s\"", str),
			 errdetail("%s", syntax_detail(version))));
#else
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid input syntax for type circular_stats: \"%s\"", str),
			 errdetail("%s", syntax_detail(version))));
#endif
	PG_RETURN_NULL();
}

/* Text output. */
PG_FUNCTION_INFO_V1(circular_stats_out);
Datum
circular_stats_out(PG_FUNCTION_ARGS)
{
	CircStats  *st = PG_GETARG_CIRCSTATS(0);
	StringInfoData buf;
	char		per[DOUBLE_SHORTEST_DECIMAL_LEN];

	/*
	 * The shortest decimal that reads back exactly, whatever
	 * extra_float_digits is: the text form is the dump format.
	 */
	double_to_shortest_decimal_buf(st->period, per);

	initStringInfo(&buf);
	appendStringInfo(&buf, "(%d," INT64_FORMAT "," INT64_FORMAT ",%s,",
					 st->version, st->n, st->nnan, per);
	wide_out(&buf, &st->s);
	appendStringInfoChar(&buf, ',');
	wide_out(&buf, &st->c);
	appendStringInfoChar(&buf, ',');
	wide_out(&buf, &st->w);
	if (CIRC_IS_V2(st))
	{
		const CircStats2 *st2 = (const CircStats2 *) st;

		appendStringInfo(&buf, "," INT64_FORMAT ",", st2->order);
		wide_out(&buf, &st2->sq);
		appendStringInfoChar(&buf, ',');
		wide_out(&buf, &st2->cq);
	}
	appendStringInfoChar(&buf, ')');
	PG_RETURN_CSTRING(buf.data);
}

/* Binary output: version byte, n, nnan, period, then 12 limbs. */
PG_FUNCTION_INFO_V1(circular_stats_send);
Datum
circular_stats_send(PG_FUNCTION_ARGS)
{
	CircStats  *st = PG_GETARG_CIRCSTATS(0);
	StringInfoData buf;
	const Wide *ws[3] = {&st->s, &st->c, &st->w};

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, st->version);
	pq_sendint64(&buf, st->n);
	pq_sendint64(&buf, st->nnan);
	pq_sendfloat8(&buf, st->period);
	for (int k = 0; k < 3; k++)
		for (int i = 3; i >= 0; i--)
			pq_sendint64(&buf, (int64) ws[k]->l[i]);
	if (CIRC_IS_V2(st))
	{
		const CircStats2 *st2 = (const CircStats2 *) st;

		pq_sendint64(&buf, st2->order);
		for (int i = 3; i >= 0; i--)
			pq_sendint64(&buf, (int64) st2->sq.l[i]);
		for (int i = 3; i >= 0; i--)
			pq_sendint64(&buf, (int64) st2->cq.l[i]);
	}
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Length of the binary form: version 1, and version 2 (order, 8 limbs). */
#define CIRC_STATS_WIRE_SIZE (1 + 8 + 8 + 8 + 12 * 8)
#define CIRC_STATS2_WIRE_SIZE (CIRC_STATS_WIRE_SIZE + 8 + 8 * 8)

/* Binary input, validated like text input. */
PG_FUNCTION_INFO_V1(circular_stats_recv);
Datum
circular_stats_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	CircStats2 *st2 = circ_stats2_new(0);
	CircStats  *st = &st2->base;
	Wide	   *ws[3] = {&st->s, &st->c, &st->w};
	const char *why;
	bool		v2 = buf->len - buf->cursor >= 1 &&
		(uint8) buf->data[buf->cursor] == CIRC_STATS_VERSION2;
	int			size = v2 ? CIRC_STATS2_WIRE_SIZE : CIRC_STATS_WIRE_SIZE;

	if (buf->len - buf->cursor != size)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary circular_stats value"),
				 errdetail("The value has %d bytes instead of %d.",
						   buf->len - buf->cursor, size)));
	st->version = (uint8) pq_getmsgbyte(buf);
	st->n = pq_getmsgint64(buf);
	st->nnan = pq_getmsgint64(buf);
	st->period = pq_getmsgfloat8(buf);
	for (int k = 0; k < 3; k++)
		for (int i = 3; i >= 0; i--)
			ws[k]->l[i] = (uint64) pq_getmsgint64(buf);
	if (v2)
	{
		st2->order = pq_getmsgint64(buf);
		for (int i = 3; i >= 0; i--)
			st2->sq.l[i] = (uint64) pq_getmsgint64(buf);
		for (int i = 3; i >= 0; i--)
			st2->cq.l[i] = (uint64) pq_getmsgint64(buf);
		why = circ_stats2_invalid(st2);
	}
	else
	{
		SET_VARSIZE(st, CIRC_STATS_SIZE);
		why = st->version == CIRC_STATS_VERSION2 ?
			"The format version is not 1 or 2." : circ_stats_invalid(st);
	}
	if (why != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary circular_stats value"),
				 errdetail("%s", why)));
	PG_RETURN_POINTER(st);
}
