/*
 * zone.c
 *		The transition functions of the timestamptz forms of the circular
 *		statistics: the time of day of a timestamp with time zone in an
 *		explicitly named zone (as AT TIME ZONE), so that the result does
 *		not depend on the session's TimeZone setting.
 *
 * Each converts its timestamp and passes the row on to the time-of-day
 * transition function (accum.c) with the caller's context, so that, called
 * as an aggregate, the state is still updated in place and batched.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/timestamp.h"

#include "circstats.h"

/* The time of day of ts in the named zone. */
static TimeADT
local_time(Datum ts, Datum zone)
{
	Timestamp	local;
	int64		tod;

	if (TIMESTAMP_NOT_FINITE(DatumGetTimestampTz(ts)))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("timestamp out of range"),
				 errdetail("Circular statistics need finite timestamps, but an infinite one was given.")));
	local = DatumGetTimestamp(DirectFunctionCall2(timestamptz_zone, zone, ts));
	tod = local % USECS_PER_DAY;
	return tod < 0 ? tod + USECS_PER_DAY : tod;
}

/*
 * Call the time-of-day transition fn on (state, time [, weight]), where
 * the arguments are (state, timestamptz [, weight], zone).  A NULL
 * timestamp or zone becomes a NULL time, which fn skips.
 */
static Datum
call_time_form(FunctionCallInfo fcinfo, PGFunction fn)
{
	LOCAL_FCINFO(f, 3);
	int			nargs = PG_NARGS();
	int			zone = nargs - 1;
	Datum		result;

	InitFunctionCallInfoData(*f, fcinfo->flinfo, nargs - 1,
							 fcinfo->fncollation, fcinfo->context, NULL);
	f->args[0] = fcinfo->args[0];
	f->args[1].isnull = PG_ARGISNULL(1) || PG_ARGISNULL(zone);
	f->args[1].value = f->args[1].isnull ? (Datum) 0 :
		TimeADTGetDatum(local_time(PG_GETARG_DATUM(1), PG_GETARG_DATUM(zone)));
	if (nargs == 4)
		f->args[2] = fcinfo->args[2];
	result = fn(f);
	fcinfo->isnull = f->isnull;
	return result;
}

#define CIRC_ZONE_FN(name, target) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	return call_time_form(fcinfo, target); \
}

/* Transition: add a timestamp's time of day in a zone. */
CIRC_ZONE_FN(circular_stats_accum_tz, circular_stats_accum_time)
/* Transition: add a weighted timestamp's time of day in a zone. */
CIRC_ZONE_FN(circular_stats_accum_tz_weighted,
			 circular_stats_accum_time_weighted)
/* Inverse transition: remove a timestamp's time of day in a zone. */
CIRC_ZONE_FN(circular_stats_inv_tz, circular_stats_inv_time)
/* Inverse transition: remove a weighted timestamp's time of day. */
CIRC_ZONE_FN(circular_stats_inv_tz_weighted, circular_stats_inv_time_weighted)
/* Transition: add a timestamp's time of day to a version 2 state. */
CIRC_ZONE_FN(circular_stats2_accum_tz, circular_stats2_accum_time)
/* Transition: add a weighted timestamp's time of day (version 2). */
CIRC_ZONE_FN(circular_stats2_accum_tz_weighted,
			 circular_stats2_accum_time_weighted)
/* Inverse transition: remove a timestamp's time of day (version 2). */
CIRC_ZONE_FN(circular_stats2_inv_tz, circular_stats2_inv_time)
/* Inverse transition: remove a weighted timestamp's time of day. */
CIRC_ZONE_FN(circular_stats2_inv_tz_weighted,
			 circular_stats2_inv_time_weighted)
