/*
 * angle.h
 *		The angle type (src/angle/): a pass-by-value float8 number of
 *		degrees, always finite; its units, parser and output setting.
 */
#ifndef ANGLE_ANGLE_H
#define ANGLE_ANGLE_H

#include "fmgr.h"

#define DatumGetAngle(d)	DatumGetFloat8(d)
#define AngleGetDatum(x)	Float8GetDatum(x)
#define PG_GETARG_ANGLE(n)	PG_GETARG_FLOAT8(n)
#define PG_RETURN_ANGLE(x)	return AngleGetDatum(angle_check(x))

/* Units an angle can be read or shown in. */
typedef enum AngleUnit
{
	AU_DEG,
	AU_RAD,
	AU_TURN,
	AU_GRAD,
	AU_DMS,
	AU_ARCMIN,
	AU_ARCSEC
} AngleUnit;

/* Outcome of parsing angle text. */
typedef enum AngleParse
{
	AP_OK,
	AP_SYNTAX,					/* 22P02 */
	AP_RANGE					/* 22003 */
} AngleParse;

/* Non-ASCII symbols: degree sign, prime (arcmin), double prime (arcsec). */
#define ANGLE_SYM_DEGREE	0
#define ANGLE_SYM_PRIME		1
#define ANGLE_SYM_DPRIME	2
#define ANGLE_NSYM			3

/* angle_parse.c */
extern const char *angle_server_symbol(int i);
extern bool angle_client_has_symbol(int enc, int i);
extern AngleParse angle_parse(const char *str, double *deg);
extern AngleParse angle_dms_degrees(bool neg, double d, double m, double s,
									double *deg);
extern bool angle_from_unit(double x, AngleUnit unit, double *deg);
extern bool angle_unit_by_name(const char *name, AngleUnit *unit);
extern double angle_to_unit(double deg, AngleUnit unit);

/* angle_io.c */
extern double angle_check(double deg);

/* module.c: the angle.output_unit setting, an AngleUnit */
extern int	angle_output_unit;

#endif							/* ANGLE_ANGLE_H */
