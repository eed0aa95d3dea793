/*
 * angle_io.c
 *		The angle type's text and binary I/O (in the unit of the
 *		angle.output_unit setting, module.c) and the constructor from a
 *		number and a unit name.
 *
 * An angle is stored as a float8 number of degrees: every value a person
 * types in degrees (30, 22.5, 0.1) is then stored as the double nearest to
 * it and printed back unchanged, which radians could not do for 30 degrees.
 * Output is always bit-exact: a value that would not read back exactly in
 * the unit chosen by angle.output_unit is printed in degrees instead.
 */
#include "postgres.h"

#include <math.h>

#include "access/parallel.h"
#include "common/shortest_dec.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/guc.h"

#include "angle/angle.h"
#include "errors.h"
#include "numerics/trig.h"

/* Soft errors on PG16+, plain errors before. */
#if PG_VERSION_NUM >= 160000
#define ANGLE_ERETURN(ctx, ...) ereturn(ctx, (Datum) 0, __VA_ARGS__)
#else
#define ANGLE_ERETURN(ctx, ...) \
	do { ereport(ERROR, __VA_ARGS__); return (Datum) 0; } while (0)
#endif

/* Raise 22003 unless deg is finite; return it. */
double
angle_check(double deg)
{
	if (unlikely(isinf(deg) || isnan(deg)))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("angle out of range"),
				 errdetail("An angle must be a finite number of degrees.")));
	return deg;
}

/*
 * The client's encoding.  A parallel worker's own client encoding is the
 * database's (ParallelWorkerMain: it sends to the leader, not to the
 * client), but it has the leader's client_encoding setting, so it prints
 * what the leader would.
 */
static int
client_encoding_of_session(void)
{
	if (IsParallelWorker())
	{
		const char *name = GetConfigOption("client_encoding", true, false);
		int			enc = name != NULL ? pg_char_to_encoding(name) : -1;

		if (enc >= 0)
			return enc;
	}
	return pg_get_client_encoding();
}

/* Can the current client see symbol i?  Cached per client encoding. */
static bool
client_symbol_ok(int i)
{
	static int	cached_enc = -1;
	static bool ok[ANGLE_NSYM];
	int			enc = client_encoding_of_session();

	if (enc != cached_enc)
	{
		int			k;

		for (k = 0; k < ANGLE_NSYM; k++)
			ok[k] = GetDatabaseEncoding() != PG_SQL_ASCII &&
				angle_server_symbol(k) != NULL &&
				angle_client_has_symbol(enc, k);
		cached_enc = enc;
	}
	return ok[i];
}

/* Does text read back as exactly the double deg? */
static bool
reads_back(const char *text, double deg)
{
	double		v;

	return angle_parse(text, &v) == AP_OK &&
		memcmp(&v, &deg, sizeof(double)) == 0;
}

/* A palloc'd copy of the number num followed by suffix. */
static char *
with_suffix(const char *num, const char *suffix)
{
	size_t		n = strlen(num),
				ns = strlen(suffix);
	char	   *text = palloc(n + ns + 1);

	memcpy(text, num, n);
	memcpy(text + n, suffix, ns + 1);
	return text;
}

/* x in a unit with the given suffix, trying x's neighbours too. */
static char *
format_in_unit(double x, const char *suffix, double deg)
{
	double		cand[3];
	int			i;

	cand[0] = x;
	cand[1] = nextafter(x, HUGE_VAL);
	cand[2] = nextafter(x, -HUGE_VAL);
	for (i = 0; i < 3; i++)
	{
		char		num[DOUBLE_SHORTEST_DECIMAL_LEN];
		char	   *text;

		if (isinf(cand[i]) || (cand[i] == 0.0 && deg != 0.0))
			continue;
		double_to_shortest_decimal_buf(cand[i], num);
		text = with_suffix(num, suffix);
		if (reads_back(text, deg))
			return text;
		pfree(text);
	}
	return NULL;
}

#if defined(HAVE_INT128) && !defined(ANGLE_DMS_BY_PRINTF)

#define DMS_MAX_DECIMALS 17

/*
 * s >= 0 (below 60) rounded to k decimals for every k up to
 * DMS_MAX_DECIMALS, as printf's %.*f rounds it (the exact binary value,
 * ties to even): q[k] = round(s 10^k).  s = M 2^-sh exactly, and the digits
 * are those of the exact remainder R 2^-sh, R < 2^sh <= 2^115, so 10 R
 * fits in 128 bits.  Below 1e-19 every rounding is 0.
 */
static void
seconds_rounded(double s, uint64 *q)
{
	int			ex,
				sh,
				k;
	uint64		m,
				f;
	uint128		r,
				mask,
				half;

	if (s < 1e-19)
	{
		memset(q, 0, (DMS_MAX_DECIMALS + 1) * sizeof(uint64));
		return;
	}
	m = (uint64) ldexp(frexp(s, &ex), 53);	/* exact: 53 bits */
	sh = 53 - ex;				/* 47 <= sh <= 115 */
	mask = ((uint128) 1 << sh) - 1;
	half = (uint128) 1 << (sh - 1);
	f = (uint64) ((uint128) m >> sh);	/* floor(s 10^k), k = 0 */
	r = m & mask;
	for (k = 0;; k++)
	{
		uint128		t = r * 10;

		q[k] = f + (r > half || (r == half && (f & 1)));
		if (k == DMS_MAX_DECIMALS)
			break;
		f = f * 10 + (uint64) (t >> sh);	/* below 6e18 < 2^63 */
		r = t & mask;
	}
}

/* Append the decimal digits of v to p; return the end. */
static char *
put_digits(char *p, uint64 v, int width)
{
	char		tmp[24];
	int			n = 0;

	do
	{
		tmp[n++] = '0' + v % 10;
		v /= 10;
	} while (v != 0 || n < width);
	while (n > 0)
		*p++ = tmp[--n];
	return p;
}

/* Append the string w to p; return the end. */
static char *
put_str(char *p, const char *w)
{
	size_t		n = strlen(w);

	memcpy(p, w, n);
	return p + n;
}

/* Append q / 10^k with k decimals, as %.*f prints it; return the end. */
static char *
put_fixed(char *p, uint64 q, int k, const uint64 *p10)
{
	p = put_digits(p, q / p10[k], 1);
	if (k > 0)
	{
		*p++ = '.';
		p = put_digits(p, q % p10[k], k);
	}
	return p;
}

/*
 * deg as degrees-minutes-seconds with the fewest decimals of seconds that
 * read back exactly, or NULL if none does.  This is the text the loop
 * "print with k decimals, parse, compare" would choose, without printing
 * and parsing: the seconds are rounded exactly as printf rounds them,
 * read as strtod reads them (one correctly rounded division while the
 * digits fit in 53 bits, strtod itself beyond) and combined as the parser
 * combines them (angle_dms_degrees).  A rounding to 60 seconds does not
 * read back (the parser wants seconds below 60).
 */
static char *
format_dms(double deg)
{
	static const uint64 p10[DMS_MAX_DECIMALS + 1] = {
		UINT64CONST(1), UINT64CONST(10), UINT64CONST(100), UINT64CONST(1000),
		UINT64CONST(10000), UINT64CONST(100000), UINT64CONST(1000000),
		UINT64CONST(10000000), UINT64CONST(100000000),
		UINT64CONST(1000000000), UINT64CONST(10000000000),
		UINT64CONST(100000000000), UINT64CONST(1000000000000),
		UINT64CONST(10000000000000), UINT64CONST(100000000000000),
		UINT64CONST(1000000000000000), UINT64CONST(10000000000000000),
		UINT64CONST(100000000000000000)
	};
	double		a = fabs(deg);
	double		d = floor(a);
	double		m = (a - d) * 60.0;	/* a - d is exact */
	double		mi = floor(m);
	double		s = (m - mi) * 60.0;
	bool		neg = signbit(deg) != 0;
	uint64		q[DMS_MAX_DECIMALS + 1];
	int			k;

	if (a >= 1e15)
		return NULL;			/* whole degrees would not be readable */
	seconds_rounded(s, q);
	for (k = 0; k <= DMS_MAX_DECIMALS; k++)
	{
		double		v,
					back;

		if (k > 0 && q[k] == q[k - 1] * 10)
			continue;			/* the same number as with k - 1 decimals */
		if (q[k] < (UINT64CONST(1) << 53))
			v = (double) q[k] / (double) p10[k];	/* both exact */
		else
		{
			char		num[48];

			*put_fixed(num, q[k], k, p10) = '\0';
			v = strtod(num, NULL);
		}
		if (!(v < 60.0))
			continue;
		if (angle_dms_degrees(neg, d, mi, v, &back) == AP_OK &&
			memcmp(&back, &deg, sizeof(double)) == 0)
		{
			bool		sym = client_symbol_ok(ANGLE_SYM_DEGREE) &&
				client_symbol_ok(ANGLE_SYM_PRIME) &&
				client_symbol_ok(ANGLE_SYM_DPRIME);
			char	   *text = palloc(160);
			char	   *p = text;

			if (neg)
				*p++ = '-';
			p = put_digits(p, (uint64) d, 1);
			p = put_str(p, sym ? angle_server_symbol(ANGLE_SYM_DEGREE) : "d");
			p = put_digits(p, (uint64) mi, 1);
			p = put_str(p, sym ? angle_server_symbol(ANGLE_SYM_PRIME) : "m");
			p = put_fixed(p, q[k], k, p10);
			p = put_str(p, sym ? angle_server_symbol(ANGLE_SYM_DPRIME) : "s");
			*p = '\0';
			return text;
		}
	}
	return NULL;
}

#else							/* no 128-bit integers: print and parse */

/*
 * deg as degrees-minutes-seconds with the fewest decimals of seconds that
 * read back exactly, or NULL if none does.
 */
static char *
format_dms(double deg)
{
	double		a = fabs(deg);
	double		d = floor(a);
	double		m = (a - d) * 60.0;	/* a - d is exact */
	double		mi = floor(m);
	double		s = (m - mi) * 60.0;
	bool		sym = client_symbol_ok(ANGLE_SYM_DEGREE) &&
		client_symbol_ok(ANGLE_SYM_PRIME) &&
		client_symbol_ok(ANGLE_SYM_DPRIME);
	int			k;

	if (a >= 1e15)
		return NULL;			/* whole degrees would not be readable */
	for (k = 0; k <= 17; k++)
	{
		char	   *text;

		text = psprintf("%s%.0f%s%.0f%s%.*f%s", signbit(deg) ? "-" : "", d,
						sym ? angle_server_symbol(ANGLE_SYM_DEGREE) : "d", mi,
						sym ? angle_server_symbol(ANGLE_SYM_PRIME) : "m", k, s,
						sym ? angle_server_symbol(ANGLE_SYM_DPRIME) : "s");
		if (reads_back(text, deg))
			return text;
		pfree(text);
	}
	return NULL;
}

#endif

/* Text of an angle under the current settings; always reads back exactly. */
static char *
angle_to_text(double deg)
{
	char	   *text = NULL;
	char		num[DOUBLE_SHORTEST_DECIMAL_LEN];

	switch (angle_output_unit)
	{
		case AU_RAD:
			text = format_in_unit(degrees_to_radians(deg), "rad", deg);
			break;
		case AU_TURN:
			text = format_in_unit(deg / 360.0, "turn", deg);
			break;
		case AU_GRAD:
			text = format_in_unit(deg / 0.9, "grad", deg);
			break;
		case AU_DMS:
			text = format_dms(deg);
			break;
		default:
			break;
	}
	if (text)
		return text;
	double_to_shortest_decimal_buf(deg, num);
	return with_suffix(num, client_symbol_ok(ANGLE_SYM_DEGREE) ?
					   angle_server_symbol(ANGLE_SYM_DEGREE) : "deg");
}

PG_FUNCTION_INFO_V1(angle_in);

/* Text input: a number with a unit, a d-m-s form or a compass point. */
Datum
angle_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	double		deg = 0.0;

	switch (angle_parse(str, &deg))
	{
		case AP_OK:
			PG_RETURN_FLOAT8(deg);
		case AP_RANGE:
			ANGLE_ERETURN(fcinfo->context,
						  (errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
						   errmsg("\"%s\" is out of range for type angle", str),
						   errdetail("An angle must be a finite number of degrees.")));
		default:
			ANGLE_ERETURN(fcinfo->context,
						  (errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
						   errmsg("invalid input syntax for type %s: \"%s\"",
								  "angle", str)));
	}
}

PG_FUNCTION_INFO_V1(angle_out);

/* Text output in angle.output_unit, exact on reading back. */
Datum
angle_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(angle_to_text(PG_GETARG_ANGLE(0)));
}

PG_FUNCTION_INFO_V1(angle_recv);

/* Binary input: a float8 of degrees, which must be finite. */
Datum
angle_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	double		deg = pq_getmsgfloat8(buf);

	if (isinf(deg) || isnan(deg))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external angle value"),
				 errdetail("An angle must be a finite number of degrees.")));
	PG_RETURN_FLOAT8(deg);
}

PG_FUNCTION_INFO_V1(angle_send);

/* Binary output: a float8 of degrees. */
Datum
angle_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendfloat8(&buf, PG_GETARG_ANGLE(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

PG_FUNCTION_INFO_V1(angle_construct);

/* angle(value, unit): the value read in the named unit. */
Datum
angle_construct(PG_FUNCTION_ARGS)
{
	double		x = PG_GETARG_FLOAT8(0);
	text	   *unit_text = PG_GETARG_TEXT_PP(1);
	char	   *unit = text_to_cstring(unit_text);
	double		deg;
	AngleUnit	u;

	if (!angle_unit_by_name(unit, &u))
		angle_error_unknown_unit(unit);
	angle_check(x);
	if (!angle_from_unit(x, u, &deg))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("angle out of range"),
				 errdetail("%s %s is not a finite nonzero number of degrees.",
						   angle_double_text(x), unit)));
	PG_FREE_IF_COPY(unit_text, 1);
	PG_RETURN_FLOAT8(deg);
}
