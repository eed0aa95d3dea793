/*
 * histogram.c
 *		circular_histogram, wind_rose and compass_point: exact bin counts of
 *		circular values (numerics/bins.c decides every edge exactly).  The
 *		aggregates keep their counts in an internal state with combine,
 *		serial and deserial functions (parallel safe), and return bigint[].
 */
#include "postgres.h"

#include <math.h>
#include <string.h>

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/timestamp.h"

#include "errors.h"
#include "numerics/circular.h"
#include "numerics/report.h"
#include "report.h"

#define REP_MAX_BINS 100000

/* Counts: histogram (nbreaks = 0) or wind rose (calms first). */
typedef struct BinState
{
	double		period;
	double		offset;
	int32		bins;
	int32		nbreaks;
	int64		ncounts;
	double	   *breaks;
	int64	   *counts;
} BinState;

/* Error 22023 for a bin or sector count outside [1, REP_MAX_BINS]. */
static void
check_bins(int bins, const char *what)
{
	if (bins < 1 || bins > REP_MAX_BINS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be between 1 and %d", what, REP_MAX_BINS),
				 errdetail("The %s is %d.", what, bins)));
}

/* Error 22023 for a NaN value, which no bin holds. */
static void
check_not_nan(double x, const char *what)
{
	if (isnan(x))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not be NaN", what),
				 errdetail("A NaN value cannot be counted in any bin.")));
	rep_check_value(x);
}

static BinState *
bin_new(MemoryContext ctx, double p, double off, int bins, const double *br, int nbr)
{
	BinState   *st = MemoryContextAllocZero(ctx, sizeof(BinState));

	st->period = p;
	st->offset = off;
	st->bins = bins;
	st->nbreaks = nbr;
	st->ncounts = nbr == 0 ? bins : 1 + (int64) bins * nbr;
	st->counts = MemoryContextAllocZero(ctx, sizeof(int64) * st->ncounts);
	st->breaks = MemoryContextAlloc(ctx, sizeof(double) * Max(nbr, 1));
	if (nbr > 0)
		memcpy(st->breaks, br, sizeof(double) * nbr);
	return st;
}

/* Error unless two states (or a state and a row) have the same layout. */
static void
bin_same(const BinState *st, double p, double off, int bins, const double *br, int nbr)
{
	if (st->period != p)
		angle_error_mixed_periods(st->period, p);
	if (st->offset != off || st->bins != bins || st->nbreaks != nbr ||
		(nbr > 0 && memcmp(st->breaks, br, sizeof(double) * nbr) != 0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("bins, offset and speed breaks must be the same for all rows of a group"),
				 errdetail("Two rows of one group asked for different bins.")));
}

/* The time offset of the time form: an interval without months. */
static double
interval_usecs(Interval *iv)
{
	if (iv->month != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("offset must not contain months"),
				 errdetail("A month has no fixed length on a 24-hour circle.")));
	return (double) iv->time + (double) iv->day * REP_TIME_PERIOD;
}

/*
 * Transition of circular_histogram: args (state, value, [period,] bins
 * [, offset]); kind says how the value and offset are read.
 */
static Datum
hist_accum(FunctionCallInfo fcinfo, int kind, bool has_offset)
{
	MemoryContext ctx = rep_agg_context(fcinfo, "circular_histogram_accum");
	BinState   *st = PG_ARGISNULL(0) ? NULL : (BinState *) PG_GETARG_POINTER(0);
	int			a = kind == REP_FLOAT8 ? 3 : 2,
				i,
				bins;
	double		x,
				p,
				off = 0.0;

	for (i = 1; i < PG_NARGS(); i++)
		if (PG_ARGISNULL(i))
		{
			if (st == NULL)
				PG_RETURN_NULL();
			PG_RETURN_POINTER(st);
		}
	if (kind == REP_FLOAT8)
	{
		p = PG_GETARG_FLOAT8(2);
		if (!circ_period_ok(p))
			angle_error_invalid_period(p);
		x = PG_GETARG_FLOAT8(1);
	}
	else
	{
		p = kind == REP_TIME ? REP_TIME_PERIOD : 360.0;
		x = kind == REP_TIME ? rep_time_value(PG_GETARG_DATUM(1)) : PG_GETARG_FLOAT8(1);
	}
	bins = PG_GETARG_INT32(a);
	if (has_offset)
		off = kind == REP_TIME ? interval_usecs(PG_GETARG_INTERVAL_P(a + 1))
			: PG_GETARG_FLOAT8(a + 1);
	if (st == NULL)
	{
		check_bins(bins, "number of bins");
		check_not_nan(off, "offset");
		st = bin_new(ctx, p, off, bins, NULL, 0);
	}
	else
		bin_same(st, p, off, bins, NULL, 0);
	check_not_nan(x, "value");
	st->counts[rep_bin(x, p, bins, off)]++;
	PG_RETURN_POINTER(st);
}

#define HIST_ACCUM(name, kind, off) \
PG_FUNCTION_INFO_V1(name); \
Datum name(PG_FUNCTION_ARGS); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	return hist_accum(fcinfo, kind, off); \
}

/* Transition functions of circular_histogram: count a row in its bin. */
HIST_ACCUM(circular_histogram_accum, REP_FLOAT8, false)
HIST_ACCUM(circular_histogram_accum_offset, REP_FLOAT8, true)
HIST_ACCUM(circular_histogram_accum_time, REP_TIME, false)
HIST_ACCUM(circular_histogram_accum_time_offset, REP_TIME, true)
HIST_ACCUM(circular_histogram_accum_angle, REP_ANGLE, false)
HIST_ACCUM(circular_histogram_accum_angle_offset, REP_ANGLE, true)

/* The speed breaks: finite, strictly increasing, no NULL, at least one. */
static double *
speed_breaks(ArrayType *a, int *n)
{
	double	   *b;
	int			i;

	if (ARR_NDIM(a) != 1 || ARR_HASNULL(a) || ARR_ELEMTYPE(a) != FLOAT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("speed breaks must be a non-empty one-dimensional array without nulls")));
	*n = ARR_DIMS(a)[0];
	b = (double *) ARR_DATA_PTR(a);
	if (*n > REP_MAX_BINS)
		check_bins(*n, "number of speed breaks");
	for (i = 0; i < *n; i++)
		if (!isfinite(b[i]) || (i > 0 && !(b[i] > b[i - 1])))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("speed breaks must be finite and strictly increasing"),
					 errdetail("Break %d is %s.", i + 1, angle_double_text(b[i]))));
	return b;
}

/*
 * Transition of wind_rose: args (state, direction, speed, sectors, breaks).
 * A calm (speed below the first break) is counted whatever its direction,
 * also a NULL one; other rows need a direction.  Sector k of s is centred
 * on k 360/s degrees (north first, clockwise), band j holds speeds in
 * [break j, break j+1), the last band is open above.
 */
static Datum
rose_accum(FunctionCallInfo fcinfo)
{
	MemoryContext ctx = rep_agg_context(fcinfo, "wind_rose_accum");
	BinState   *st = PG_ARGISNULL(0) ? NULL : (BinState *) PG_GETARG_POINTER(0);
	double	   *br,
				v,
				d;
	int			nbr,
				sectors,
				band;

	if (PG_ARGISNULL(2) || PG_ARGISNULL(3) || PG_ARGISNULL(4))
	{
		if (st == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(st);
	}
	sectors = PG_GETARG_INT32(3);
	br = speed_breaks(PG_GETARG_ARRAYTYPE_P(4), &nbr);
	if (st == NULL)
	{
		check_bins(sectors, "number of sectors");
		st = bin_new(ctx, 360.0, 0.0, sectors, br, nbr);
	}
	else
		bin_same(st, 360.0, 0.0, sectors, br, nbr);
	v = PG_GETARG_FLOAT8(2);
	check_not_nan(v, "speed");
	if (v < br[0])
	{
		st->counts[0]++;
		PG_RETURN_POINTER(st);
	}
	if (PG_ARGISNULL(1))
		PG_RETURN_POINTER(st);
	d = PG_GETARG_FLOAT8(1);
	check_not_nan(d, "direction");
	for (band = nbr - 1; v < br[band]; band--)
		;
	st->counts[1 + (int64) rep_bin(d, 360.0, sectors, 0.0) * nbr + band]++;
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(wind_rose_accum);

/* Transition function of wind_rose (float8 degrees and angle forms). */
Datum
wind_rose_accum(PG_FUNCTION_ARGS)
{
	return rose_accum(fcinfo);
}

PG_FUNCTION_INFO_V1(circular_bins_combine);

/* Combine function of circular_histogram and wind_rose: add the counts. */
Datum
circular_bins_combine(PG_FUNCTION_ARGS)
{
	MemoryContext ctx = rep_agg_context(fcinfo, "circular_bins_combine");
	BinState   *a = PG_ARGISNULL(0) ? NULL : (BinState *) PG_GETARG_POINTER(0);
	BinState   *b = PG_ARGISNULL(1) ? NULL : (BinState *) PG_GETARG_POINTER(1);
	int64		i;

	if (b == NULL)
	{
		if (a == NULL)
			PG_RETURN_NULL();
		PG_RETURN_POINTER(a);
	}
	if (a == NULL)
		a = bin_new(ctx, b->period, b->offset, b->bins, b->breaks, b->nbreaks);
	else
		bin_same(a, b->period, b->offset, b->bins, b->breaks, b->nbreaks);
	for (i = 0; i < a->ncounts; i++)
		a->counts[i] += b->counts[i];
	PG_RETURN_POINTER(a);
}

PG_FUNCTION_INFO_V1(circular_bins_serial);

/* Serial function: period, offset, bins, breaks and counts as a bytea. */
Datum
circular_bins_serial(PG_FUNCTION_ARGS)
{
	BinState   *st = (BinState *) PG_GETARG_POINTER(0);
	Size		len = 2 * sizeof(double) + 2 * sizeof(int32) +
		sizeof(double) * st->nbreaks + sizeof(int64) * st->ncounts;
	bytea	   *out = palloc(VARHDRSZ + len);
	char	   *p = VARDATA(out);

	SET_VARSIZE(out, VARHDRSZ + len);
	memcpy(p, &st->period, sizeof(double));
	memcpy(p + 8, &st->offset, sizeof(double));
	memcpy(p + 16, &st->bins, sizeof(int32));
	memcpy(p + 20, &st->nbreaks, sizeof(int32));
	memcpy(p + 24, st->breaks, sizeof(double) * st->nbreaks);
	memcpy(p + 24 + sizeof(double) * st->nbreaks, st->counts,
		   sizeof(int64) * st->ncounts);
	PG_RETURN_BYTEA_P(out);
}

PG_FUNCTION_INFO_V1(circular_bins_deserial);

/* Deserial function: a state from circular_bins_serial's bytea. */
Datum
circular_bins_deserial(PG_FUNCTION_ARGS)
{
	MemoryContext ctx = rep_agg_context(fcinfo, "circular_bins_deserial");
	bytea	   *in = PG_GETARG_BYTEA_P(0);
	const char *p = VARDATA(in);
	double		per,
				off;
	int32		bins,
				nbr;
	BinState   *st;

	memcpy(&per, p, sizeof(double));
	memcpy(&off, p + 8, sizeof(double));
	memcpy(&bins, p + 16, sizeof(int32));
	memcpy(&nbr, p + 20, sizeof(int32));
	st = bin_new(ctx, per, off, bins, (const double *) (p + 24), nbr);
	if (VARSIZE(in) - VARHDRSZ != 24 + sizeof(double) * nbr + sizeof(int64) * st->ncounts)
		elog(ERROR, "invalid circular_bins state");
	memcpy(st->counts, p + 24 + sizeof(double) * nbr, sizeof(int64) * st->ncounts);
	PG_RETURN_POINTER(st);
}

PG_FUNCTION_INFO_V1(circular_bins_final);

/* Final function: the counts as bigint[], NULL when no row was counted. */
Datum
circular_bins_final(PG_FUNCTION_ARGS)
{
	BinState   *st = PG_ARGISNULL(0) ? NULL : (BinState *) PG_GETARG_POINTER(0);
	Datum	   *d;
	int64		i,
				total = 0;

	if (st == NULL)
		PG_RETURN_NULL();
	d = palloc(sizeof(Datum) * st->ncounts);
	for (i = 0; i < st->ncounts; i++)
	{
		d[i] = Int64GetDatum(st->counts[i]);
		total += st->counts[i];
	}
	if (total == 0)
		PG_RETURN_NULL();
	PG_RETURN_ARRAYTYPE_P(construct_array(d, st->ncounts, INT8OID, 8,
										  FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/* The compass point of x degrees; boundary rule of circular_histogram. */
static text *
compass(double x, int points)
{
	const char *name = rep_compass_name(0, points);

	if (name == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("number of compass points must be 4, 8, 16 or 32"),
				 errdetail("The number of points is %d.", points)));
	check_not_nan(x, "direction");
	return cstring_to_text(rep_compass_name(rep_bin(x, 360.0, points, 0.0), points));
}

PG_FUNCTION_INFO_V1(compass_point);

/* compass_point(degrees float8 | angle, points): 'N', 'NNE', 'NbE'. */
Datum
compass_point(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(compass(PG_GETARG_FLOAT8(0), PG_GETARG_INT32(1)));
}
