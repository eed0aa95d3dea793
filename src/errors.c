/*
 * errors.c
 *		The user-facing errors raised by more than one part of the
 *		extension, so that each has one wording and one SQLSTATE.  Values
 *		are printed as the shortest text that reads back as the same double
 *		(as float8 output does), never rounded by %g.
 */
#include "postgres.h"

#include "common/shortest_dec.h"

#include "errors.h"

/* The shortest text that reads back as x, whatever extra_float_digits. */
const char *
angle_double_text(double x)
{
	char	   *buf = palloc(DOUBLE_SHORTEST_DECIMAL_LEN);

	double_to_shortest_decimal_buf(x, buf);
	return buf;
}

/* Error for a period that is not a positive finite number. */
pg_noinline void
angle_error_invalid_period(double p)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("period must be a positive finite number"),
			 errdetail("The period is %s.", angle_double_text(p))));
}

/* Error for rows or states of different periods in one group. */
pg_noinline void
angle_error_mixed_periods(double a, double b)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("period must be the same for all rows of a group"),
			 errdetail("Periods %s and %s were aggregated together.",
					   angle_double_text(a), angle_double_text(b))));
}

/* Error for a row count that would pass 2^63 - 1. */
pg_noinline void
angle_error_row_count(void)
{
	ereport(ERROR,
			(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
			 errmsg("row count is out of range"),
			 errdetail("A group can count at most 2^63 - 1 rows.")));
}

/* Error for removing from a state what was never added to it. */
pg_noinline void
angle_error_bad_removal(const char *why)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("cannot remove a value that was not added to the circular_stats state"),
			 errdetail("%s", why)));
}

/* Error for a unit name that text input would not accept after a number. */
pg_noinline void
angle_error_unknown_unit(const char *unit)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("unit \"%s\" is not a recognized angle unit", unit),
			 errdetail("The unit must be one that angle text input accepts: deg, degree, degrees, d or the degree sign; rad, radian or radians; grad or gon; turn or turns; arcmin, m, the prime or '; arcsec, s, the double prime or \".")));
}
