/*
 * arc_io.c
 *		Text and binary I/O of the arc (degrees) and timearc (time of day)
 *		types, and their constructors.
 *
 * Text: 'empty', 'full', '[a,b]' (end included) or '[a,b)' (end
 * excluded), the start always included; an arc also reads a compass
 * point alone ('NE': its sector, as arc(text) gives).  A bound of an arc is any
 * angle text (every unit, d-m-s, compass points: angle_parse.c), of a
 * timearc any time text.  Bounds are stored and shown as canonical
 * positions (numerics/arc.h): '[370°,380°]' reads back as '[10°,20°]'.
 * Binary: lo, hi (float8 degrees, or int64 microseconds) and a flag byte,
 * all checked (22P03).
 */
#include "postgres.h"

#include <math.h>

#include "fmgr.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/date.h"

#include "angle/angle.h"
#include "arc/arc_glue.h"
#include "errors.h"

extern Datum angle_out(PG_FUNCTION_ARGS);

/* Soft errors on PG16+ (returning rv), plain errors before. */
#if PG_VERSION_NUM >= 160000
#define ARC_ERETURN(ctx, rv, ...) ereturn(ctx, rv, __VA_ARGS__)
#else
#define ARC_ERETURN(ctx, rv, ...) \
	do { ereport(ERROR, __VA_ARGS__); return rv; } while (0)
#endif

/* Read one bound (a NUL-terminated piece of str) into *v. */
static bool
read_bound(char *piece, bool is_time, const char *str, Node *ctx, double *v)
{
	const char *typ = is_time ? "timearc" : "arc";

	if (is_time)
	{
		Datum		d;

#if PG_VERSION_NUM >= 160000
		if (!DirectInputFunctionCallSafe(time_in, piece, InvalidOid, -1, ctx, &d))
			return false;
#else
		d = DirectFunctionCall3(time_in, CStringGetDatum(piece),
								ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
#endif
		*v = (double) DatumGetTimeADT(d);
		return true;
	}
	switch (angle_parse(piece, v))
	{
		case AP_OK:
			return true;
		case AP_RANGE:
			ARC_ERETURN(ctx, false,
						(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						 errmsg("\"%s\" is out of range for type %s", str, typ),
						 errdetail("A bound must be a finite number of degrees.")));
		default:
			ARC_ERETURN(ctx, false,
						(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						 errmsg("invalid input syntax for type %s: \"%s\"", typ, str),
						 errdetail("The bound \"%s\" is not an angle.", piece)));
	}
}

/*
 * Is s .. e one of the 16 compass points?  Then *out is its sector,
 * [c - 11.25°, c + 11.25°) (exact), so that the 16 sectors partition the
 * circle.
 */
static bool
compass_sector(const char *s, const char *e, Arc *out)
{
	const char *q;
	char	   *name;
	double		c;

	if (e == s || e - s > 3)
		return false;
	for (q = s; q < e; q++)
		if (strchr("NESWnesw", *q) == NULL)
			return false;
	name = pnstrdup(s, e - s);
	if (angle_parse(name, &c) != AP_OK)
		return false;
	*out = arc_make(c - 11.25, c + 11.25, false, ARC_DEG);
	return true;
}

/* Parse arc or timearc text into *out; false after a soft error. */
static bool
parse_arc(char *str, bool is_time, Node *ctx, Arc *out)
{
	const char *typ = is_time ? "timearc" : "arc";
	double		p = is_time ? ARC_USEC : ARC_DEG;
	char	   *s = str,
			   *e,
			   *comma;
	double		from,
				to;
	bool		inc;

	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
		e--;
	if (e - s == 5 && pg_strncasecmp(s, "empty", 5) == 0)
	{
		*out = arc_special(ARC_EMPTY);
		return true;
	}
	if (e - s == 4 && pg_strncasecmp(s, "full", 4) == 0)
	{
		*out = arc_special(ARC_FULL);
		return true;
	}
	if (!is_time && compass_sector(s, e, out))
		return true;
	comma = memchr(s, ',', e - s);
	if (e - s < 5 || *s != '[' || (e[-1] != ']' && e[-1] != ')') ||
		comma == NULL || memchr(comma + 1, ',', e - comma - 1) != NULL)
		ARC_ERETURN(ctx, false,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for type %s: \"%s\"", typ, str),
					 errdetail("An %s is written empty, full, [start,end] or [start,end).", typ)));
	inc = e[-1] == ']';
	if (!read_bound(pnstrdup(s + 1, comma - s - 1), is_time, str, ctx, &from) ||
		!read_bound(pnstrdup(comma + 1, e - comma - 2), is_time, str, ctx, &to))
		return false;
	*out = arc_make(from, to, inc, p);
	return true;
}

/* Text of a bound. */
static char *
bound_text(double v, bool is_time)
{
	if (is_time)
		return DatumGetCString(DirectFunctionCall1(time_out,
												   TimeADTGetDatum((TimeADT) v)));
	return DatumGetCString(DirectFunctionCall1(angle_out, Float8GetDatum(v)));
}

/* Text of an arc or timearc. */
static char *
arc_text(const Arc *a, bool is_time)
{
	if (a->flags & ARC_EMPTY)
		return pstrdup("empty");
	if (a->flags & ARC_FULL)
		return pstrdup("full");
	return psprintf("[%s,%s%c", bound_text(a->lo, is_time),
					bound_text(a->hi, is_time),
					(a->flags & ARC_HI_INC) ? ']' : ')');
}

/* Read a binary arc or timearc, distrusting every byte. */
static Arc *
arc_from_binary(StringInfo buf, bool is_time)
{
	Arc			a = {0.0, 0.0, 0, 0};
	double		p = is_time ? ARC_USEC : ARC_DEG;

	if (buf->len - buf->cursor != 17)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external %s value", is_time ? "timearc" : "arc"),
				 errdetail("The value must be exactly 17 bytes, not %d.",
						   buf->len - buf->cursor)));
	if (is_time)
	{
		int64		lo = pq_getmsgint64(buf),
					hi = pq_getmsgint64(buf);

		if (lo < 0 || lo >= (int64) ARC_USEC || hi < 0 || hi >= (int64) ARC_USEC)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
					 errmsg("invalid external timearc value"),
					 errdetail("A bound must be a time of day in [00:00, 24:00).")));
		a.lo = (double) lo;
		a.hi = (double) hi;
	}
	else
	{
		a.lo = pq_getmsgfloat8(buf);
		a.hi = pq_getmsgfloat8(buf);
	}
	a.flags = pq_getmsgbyte(buf);
	if ((a.flags & ARC_HAS_EMPTY) || !arc_valid(&a, p))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external %s value", is_time ? "timearc" : "arc"),
				 errdetail("The bounds and flags do not form a normalized arc.")));
	return arc_copy(a);
}

/* Write a binary arc or timearc. */
static bytea *
arc_to_binary(const Arc *a, bool is_time)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	if (is_time)
	{
		pq_sendint64(&buf, (int64) a->lo);
		pq_sendint64(&buf, (int64) a->hi);
	}
	else
	{
		pq_sendfloat8(&buf, a->lo);
		pq_sendfloat8(&buf, a->hi);
	}
	pq_sendbyte(&buf, (uint8) a->flags);
	return pq_endtypsend(&buf);
}

/* The I/O functions of one type (T: arc or timearc). */
#define ARC_IO(T, IS_TIME) \
PG_FUNCTION_INFO_V1(T##_in); \
Datum \
T##_in(PG_FUNCTION_ARGS) \
{ \
	Arc			a; \
	if (!parse_arc(PG_GETARG_CSTRING(0), IS_TIME, fcinfo->context, &a)) \
		PG_RETURN_NULL(); \
	PG_RETURN_ARC_P(arc_copy(a)); \
} \
PG_FUNCTION_INFO_V1(T##_out); \
Datum \
T##_out(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_CSTRING(arc_text(PG_GETARG_ARC_P(0), IS_TIME)); \
} \
PG_FUNCTION_INFO_V1(T##_recv); \
Datum \
T##_recv(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_ARC_P(arc_from_binary((StringInfo) PG_GETARG_POINTER(0), IS_TIME)); \
} \
PG_FUNCTION_INFO_V1(T##_send); \
Datum \
T##_send(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BYTEA_P(arc_to_binary(PG_GETARG_ARC_P(0), IS_TIME)); \
}

/* Text and binary I/O of arc and timearc. */
ARC_IO(arc, false)
ARC_IO(timearc, true)

PG_FUNCTION_INFO_V1(arc_from_to);

/* arc(from, to): from from to to in increasing degrees, to included. */
Datum
arc_from_to(PG_FUNCTION_ARGS)
{
	PG_RETURN_ARC_P(arc_copy(arc_make(PG_GETARG_ANGLE(0), PG_GETARG_ANGLE(1),
									  true, ARC_DEG)));
}

PG_FUNCTION_INFO_V1(arc_around);

/* arc_around(center, half): arc(center - half, center + half), closed. */
Datum
arc_around(PG_FUNCTION_ARGS)
{
	double		c = PG_GETARG_ANGLE(0);
	double		h = PG_GETARG_ANGLE(1);

	if (h < 0.0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("half width of an arc must not be negative"),
				 errdetail("The half width was %s degrees.", angle_double_text(h))));
	if (h >= 180.0)
		PG_RETURN_ARC_P(arc_copy(arc_special(ARC_FULL)));
	PG_RETURN_ARC_P(arc_copy(arc_make(angle_check(c - h), angle_check(c + h),
									  true, ARC_DEG)));
}

PG_FUNCTION_INFO_V1(arc_compass);

/* arc(point): the sector of a 16-point compass point (compass_sector). */
Datum
arc_compass(PG_FUNCTION_ARGS)
{
	char	   *s = text_to_cstring(PG_GETARG_TEXT_PP(0));
	Arc			a;

	if (!compass_sector(s, s + strlen(s), &a))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("\"%s\" is not a compass point", s),
				 errdetail("A compass point is one of the 16 names N, NNE, NE, ENE, E, ..., NNW.")));
	PG_RETURN_ARC_P(arc_copy(a));
}

PG_FUNCTION_INFO_V1(timearc_from_to);

/* timearc(from, to): from from to to, to excluded; 24:00 is midnight. */
Datum
timearc_from_to(PG_FUNCTION_ARGS)
{
	PG_RETURN_ARC_P(arc_copy(arc_make((double) PG_GETARG_TIMEADT(0),
									  (double) PG_GETARG_TIMEADT(1),
									  false, ARC_USEC)));
}
