/*
 * windrose.c
 *		wind_rose_rows: the counts of wind_rose as report rows (calms first,
 *		then sector by sector, band by band) with compass labels, speed-band
 *		labels and the percentage of all rows.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "funcapi.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "errors.h"
#include "numerics/report.h"

PG_FUNCTION_INFO_V1(wind_rose_rows);

/* The rows of a wind rose: sector, direction, band, speed, count, percent. */
Datum
wind_rose_rows(PG_FUNCTION_ARGS)
{
	ArrayType  *ca = PG_GETARG_ARRAYTYPE_P(0);
	int			sectors = PG_GETARG_INT32(1);
	ArrayType  *ba = PG_GETARG_ARRAYTYPE_P(2);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	int64	   *c;
	double	   *b;
	int			nb,
				nc,
				s,
				j;
	int64		total = 0;

	if (ARR_NDIM(ca) != 1 || ARR_HASNULL(ca) || ARR_ELEMTYPE(ca) != INT8OID ||
		ARR_NDIM(ba) != 1 || ARR_HASNULL(ba) || ARR_ELEMTYPE(ba) != FLOAT8OID)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("counts and speed breaks must be one-dimensional arrays without nulls")));
	nc = ARR_DIMS(ca)[0];
	nb = ARR_DIMS(ba)[0];
	c = (int64 *) ARR_DATA_PTR(ca);
	b = (double *) ARR_DATA_PTR(ba);
	if (sectors < 1 || nb < 1 || (int64) nc != 1 + (int64) sectors * nb)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("counts do not match the sectors and speed breaks"),
				 errdetail("A wind rose of %d sectors and %d speed breaks has %lld counts, not %d.",
						   sectors, nb, (long long) (1 + (int64) sectors * nb), nc)));
	for (j = 0; j < nc; j++)
		total += c[j];
	InitMaterializedSRF(fcinfo, 0);
	for (s = -1; s < sectors; s++)
		for (j = 0; j < (s < 0 ? 1 : nb); j++)
		{
			Datum		v[6];
			bool		isnull[6] = {false, false, false, false, false, false};
			int64		n = s < 0 ? c[0] : c[1 + (int64) s * nb + j];
			const char *name = rep_compass_name(s, sectors);

			v[0] = Int32GetDatum(s);
			isnull[0] = s < 0;
			v[1] = CStringGetTextDatum(s < 0 ? "calm" : name ? name
									   : angle_double_text(360.0 * s / sectors));
			v[2] = Int32GetDatum(j);
			isnull[2] = s < 0;
			if (s < 0)
				v[3] = CStringGetTextDatum(psprintf("< %s", angle_double_text(b[0])));
			else if (j + 1 < nb)
				v[3] = CStringGetTextDatum(psprintf("[%s, %s)", angle_double_text(b[j]),
													angle_double_text(b[j + 1])));
			else
				v[3] = CStringGetTextDatum(psprintf(">= %s", angle_double_text(b[j])));
			v[4] = Int64GetDatum(n);
			v[5] = Float8GetDatum(total > 0 ? 100.0 * (double) n / (double) total : 0.0);
			tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, v, isnull);
		}
	return (Datum) 0;
}
