/*
 * corr_datum.h
 *		The circular_corr_state type, shared by corr_agg.c (aggregates and
 *		I/O) and corr_compare.c (equality and hashing).
 */
#ifndef CORR_DATUM_H
#define CORR_DATUM_H

#include "numerics/corr.h"

#define CORR_VERSION 1

/* The circular_corr_state type: a varlena around a CorrState. */
typedef struct CorrDatum
{
	int32		vl_len_;		/* varlena header (do not touch directly) */
	int32		version;		/* CORR_VERSION */
	CorrState	st;				/* as many sums as its kind has */
} CorrDatum;

#endif							/* CORR_DATUM_H */
