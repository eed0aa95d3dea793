/*
 * angle_parse.c
 *		Reading angle text: numbers with units, sexagesimal forms and compass
 *		points, converted to degrees with as few roundings as possible.
 *
 * The degree sign and the primes are matched in the server encoding, so a
 * dump written in UTF-8 restores into a LATIN1 or EUC_JP database; the
 * ASCII spellings (deg, d, m, s, ', ") work everywhere.
 */
#include "postgres.h"

#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>

#include "catalog/namespace.h"
#include "fmgr.h"
#include "mb/pg_wchar.h"

#include "angle/angle.h"
#include "numerics/eft.h"
#include "numerics/trig.h"

/* The symbols, UTF-8, and their server-encoding forms ("" if none). */
static const char *const sym_utf8[ANGLE_NSYM] = {"\xC2\xB0", "\xE2\x80\xB2", "\xE2\x80\xB3"};
static char sym_server[ANGLE_NSYM][16];
static bool sym_ready = false;

/* Convert the UTF-8 string src to encoding enc into dst; false if not. */
static bool
utf8_to_encoding(const char *src, int enc, char *dst)
{
	if (enc == PG_UTF8)
	{
		strcpy(dst, src);
		return true;
	}
#if PG_VERSION_NUM >= 140000
	if (enc != PG_SQL_ASCII)
	{
		Oid			proc = FindDefaultConversionProc(PG_UTF8, enc);
		int			len = strlen(src);

		if (OidIsValid(proc))
		{
			int			n;

			dst[0] = '\0';
			n = DatumGetInt32(OidFunctionCall6(proc, Int32GetDatum(PG_UTF8),
											   Int32GetDatum(enc),
											   CStringGetDatum(src),
											   CStringGetDatum(dst),
											   Int32GetDatum(len),
											   BoolGetDatum(true)));
			return n == len && dst[0] != '\0';
		}
	}
#endif
	return false;
}

/*
 * The server-encoding bytes of symbol i (ANGLE_SYM_DEGREE...), or NULL when
 * the server encoding has no such character.  SQL_ASCII reads UTF-8.
 */
const char *
angle_server_symbol(int i)
{
	if (!sym_ready)
	{
		int			enc = GetDatabaseEncoding();
		int			k;

		for (k = 0; k < ANGLE_NSYM; k++)
		{
			if (enc == PG_SQL_ASCII)
				strcpy(sym_server[k], sym_utf8[k]);
			else if (!utf8_to_encoding(sym_utf8[k], enc, sym_server[k]))
				sym_server[k][0] = '\0';
		}
		sym_ready = true;
	}
	return sym_server[i][0] ? sym_server[i] : NULL;
}

/*
 * Can a client in encoding enc receive symbol i?  SQL_ASCII clients get
 * ASCII only.
 */
bool
angle_client_has_symbol(int enc, int i)
{
	char		buf[16];

	if (enc == PG_SQL_ASCII)
		return false;
	return utf8_to_encoding(sym_utf8[i], enc, buf);
}

/*
 * x in the given unit as degrees; false when the result overflows or a
 * nonzero value underflows to zero.
 */
bool
angle_from_unit(double x, AngleUnit unit, double *deg)
{
	double		r;

	switch (unit)
	{
		case AU_RAD:
			r = radians_to_degrees(x);
			break;
		case AU_TURN:
			r = x * 360.0;
			break;
		case AU_GRAD:
			{
				/*
				 * x * 9 overflows for |x| > DBL_MAX / 9 although x * 0.9
				 * does not: work on x / 16 there (exact) and scale back.
				 */
				double		sc = fabs(x) > 1e300 ? 16.0 : 1.0;
				double		xs = x / sc;
				double		lo,
							hi = two_prod(xs, 9.0, &lo);

				r = dd_div(hi, lo, 10.0) * sc;
				break;
			}
		case AU_ARCMIN:
			r = x / 60.0;
			break;
		case AU_ARCSEC:
			r = x / 3600.0;
			break;
		default:
			r = x;
			break;
	}
	if (isinf(r) || isnan(r) || (r == 0.0 && x != 0.0))
		return false;
	*deg = r;
	return true;
}

/* deg degrees in the given unit (the inverse of angle_from_unit). */
double
angle_to_unit(double deg, AngleUnit unit)
{
	switch (unit)
	{
		case AU_RAD:
			return degrees_to_radians(deg);
		case AU_TURN:
			return deg / 360.0;
		case AU_GRAD:
			return deg / 0.9;
		case AU_ARCMIN:
			return deg * 60.0;
		case AU_ARCSEC:
			return deg * 3600.0;
		default:
			return deg;
	}
}

/* The 16 compass points, clockwise from north in steps of 22.5 degrees. */
static const char *const compass[16] = {
	"n", "nne", "ne", "ene", "e", "ese", "se", "sse",
	"s", "ssw", "sw", "wsw", "w", "wnw", "nw", "nnw"
};

/* Unit spellings, longest first where one is a prefix of another. */
typedef struct UnitWord
{
	const char *word;
	AngleUnit	unit;
	bool		letter;			/* d, m, s: only inside d-m-s forms */
} UnitWord;

static const UnitWord unit_words[] = {
	{"degrees", AU_DEG, false}, {"degree", AU_DEG, false}, {"deg", AU_DEG, false},
	{"radians", AU_RAD, false}, {"radian", AU_RAD, false}, {"rad", AU_RAD, false},
	{"grad", AU_GRAD, false}, {"gon", AU_GRAD, false},
	{"turns", AU_TURN, false}, {"turn", AU_TURN, false},
	{"arcmin", AU_ARCMIN, false}, {"arcsec", AU_ARCSEC, false},
	{"d", AU_DEG, true}, {"m", AU_ARCMIN, true}, {"s", AU_ARCSEC, true},
	{"'", AU_ARCMIN, false}, {"\"", AU_ARCSEC, false},
};

/* Match a unit at *p; advance *p and return true when one is found. */
static bool
match_unit(const char **p, AngleUnit *unit, bool *letter)
{
	const char *s = *p;
	int			i;

	for (i = 0; i < ANGLE_NSYM; i++)
	{
		const char *sym = angle_server_symbol(i);

		if (sym && strncmp(s, sym, strlen(sym)) == 0)
		{
			*p = s + strlen(sym);
			*unit = i == 0 ? AU_DEG : i == 1 ? AU_ARCMIN : AU_ARCSEC;
			*letter = false;
			return true;
		}
	}
	for (i = 0; i < lengthof(unit_words); i++)
	{
		const char *w = unit_words[i].word;
		int			n = strlen(w);

		if (pg_strncasecmp(s, w, n) == 0 &&
			!(isalpha((unsigned char) w[0]) && isalpha((unsigned char) s[n])))
		{
			*p = s + n;
			*unit = unit_words[i].unit;
			*letter = unit_words[i].letter;
			return true;
		}
	}
	return false;
}

/*
 * Scan an unsigned decimal number (no NaN, Infinity or hex) at *p.
 * Sets *integral when it has neither a point nor an exponent.
 */
static AngleParse
scan_number(const char **p, double *val, bool *integral)
{
	const char *s = *p;
	const char *start = s;
	int			digits = 0;
	char		buf[64];
	char	   *copy;
	char	   *end;

	*integral = true;
	while (isdigit((unsigned char) *s))
		s++, digits++;
	if (*s == '.')
	{
		*integral = false;
		s++;
		while (isdigit((unsigned char) *s))
			s++, digits++;
	}
	if (digits == 0)
		return AP_SYNTAX;
	if ((*s == 'e' || *s == 'E') &&
		(isdigit((unsigned char) s[1]) ||
		 ((s[1] == '+' || s[1] == '-') && isdigit((unsigned char) s[2]))))
	{
		*integral = false;
		s += 2;
		while (isdigit((unsigned char) *s))
			s++;
	}
	/*
	 * strtod on the text itself reads the same number when it stops where
	 * the scan did; it reads further only for forms refused here (0x1p3),
	 * and then a copy of the scanned part is read instead.
	 */
	errno = 0;
	*val = strtod(start, &end);
	if (end != s)
	{
		copy = (s - start < sizeof(buf)) ? buf : palloc(s - start + 1);
		memcpy(copy, start, s - start);
		copy[s - start] = '\0';
		errno = 0;
		*val = strtod(copy, &end);
		if (copy != buf)
			pfree(copy);
	}
	if (errno == ERANGE && (*val == 0.0 || isinf(*val)))
		return AP_RANGE;
	*p = s;
	return AP_OK;
}

/* Skip ASCII white space, stopping at end. */
static const char *
skip_space(const char *s, const char *end)
{
	while (s < end && isspace((unsigned char) *s))
		s++;
	return s;
}

/*
 * The unit named by the whole of name (surrounding spaces allowed), with
 * every spelling text input accepts after a number: deg, degree(s), d, the
 * degree sign, rad, radian(s), grad, gon, turn(s), arcmin, m, the prime,
 * ', arcsec, s, the double prime and ", case-insensitive.  False if none.
 */
bool
angle_unit_by_name(const char *name, AngleUnit *unit)
{
	const char *s = skip_space(name, name + strlen(name));
	bool		letter;

	if (!match_unit(&s, unit, &letter))
		return false;
	s = skip_space(s, s + strlen(s));
	return *s == '\0';
}


/*
 * Degrees d, minutes m and seconds s (the parts of a d-m-s form with two or
 * three parts, the missing one zero), negated if neg, as degrees: the
 * reading of d-m-s text, shared with the output, which must read back.
 */
AngleParse
angle_dms_degrees(bool neg, double d, double m, double s, double *deg)
{
	/* (d * 3600 + m * 60 + s) / 3600, the sum kept exact */
	double		lo,
				e,
				hi = two_prod(d, 3600.0, &lo);

	hi = two_sum(hi, m * 60.0, &e);	/* m * 60 is exact */
	lo += e;
	hi = two_sum(hi, s, &e);
	lo += e;
	*deg = dd_div(hi, lo, 3600.0);
	if (isinf(*deg) || isinf(hi))
		return AP_RANGE;
	/* a nonzero value that underflows to zero, as for one unit */
	if (*deg == 0.0 && (d != 0.0 || m != 0.0 || s != 0.0))
		return AP_RANGE;
	if (neg)
		*deg = -*deg;
	return AP_OK;
}

/*
 * Parse angle text into degrees.  Forms: a number with an optional unit
 * (a bare number is degrees), d-m-s forms such as 12°30'15" or 12d30m15s
 * with an optional sign in front, and the 16 compass points.
 */
AngleParse
angle_parse(const char *str, double *deg)
{
	const char *s = str;
	const char *e = s + strlen(s);
	bool		neg = false;
	int			ncomp = 0;
	int			level = -1;		/* 0 degrees, 1 minutes, 2 seconds */
	double		part[3] = {0.0, 0.0, 0.0};
	bool		last_integral = true;
	AngleUnit	single = AU_DEG;
	int			i;

	s = skip_space(s, e);
	while (e > s && isspace((unsigned char) e[-1]))
		e--;

	/*
	 * A compass point: 1 to 3 of the letters n, e, s, w (so a number, the
	 * common case, skips the table).
	 */
	if (e - s >= 1 && e - s <= 3 && strchr("nesw", *s | 0x20) != NULL)
	{
		for (i = 0; i < 16; i++)
			if (e - s == strlen(compass[i]) &&
				pg_strncasecmp(s, compass[i], e - s) == 0)
			{
				*deg = i * 22.5;
				return AP_OK;
			}
	}

	if (*s == '+' || *s == '-')
		neg = (*s++ == '-');

	while (s < e)
	{
		double		v;
		bool		integral;
		bool		letter = false;
		AngleUnit	unit = AU_DEG;
		bool		has_unit;
		AngleParse	r;
		int			lv;

		if (ncomp > 0 && !last_integral)
			return AP_SYNTAX;	/* only the last part may be fractional */
		r = scan_number(&s, &v, &integral);
		if (r != AP_OK)
			return r;
		s = skip_space(s, e);
		/* at the end (a bare number) no unit can follow */
		has_unit = s < e && match_unit(&s, &unit, &letter);
		if (has_unit)
			s = skip_space(s, e);
		if (!has_unit)
		{
			if (ncomp > 0 || s < e)
				return AP_SYNTAX;	/* "12 30", "12°30" */
			*deg = neg ? -v : v;
			return AP_OK;
		}
		if (unit == AU_RAD || unit == AU_GRAD || unit == AU_TURN)
		{
			if (ncomp > 0 || s < e)
				return AP_SYNTAX;
			single = unit;
			part[0] = v;
			ncomp = 1;
			break;
		}
		lv = unit == AU_DEG ? 0 : unit == AU_ARCMIN ? 1 : 2;
		if (lv <= level || (letter && ncomp == 0 && lv > 0))
			return AP_SYNTAX;	/* out of order, or a bare 30m */
		if (ncomp > 0 && !(v < 60.0))
			return AP_SYNTAX;	/* minutes and seconds below 60 */
		level = lv;
		part[lv] = v;
		if (ncomp == 0)
			single = unit;
		ncomp++;
		last_integral = integral;
	}
	if (ncomp == 0)
		return AP_SYNTAX;

	if (ncomp == 1)
	{
		double		v = part[0] + part[1] + part[2];	/* only one is set */

		if (!angle_from_unit(v, single, deg))
			return AP_RANGE;
	}
	else
		return angle_dms_degrees(neg, part[0], part[1], part[2], deg);
	if (neg)
		*deg = -*deg;
	return AP_OK;
}
