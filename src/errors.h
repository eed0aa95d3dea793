/*
 * errors.h
 *		The user-facing errors that several parts of the extension raise,
 *		each written once (errors.c), and the text of a double in an error
 *		message.
 */
#ifndef ANGLE_ERRORS_H
#define ANGLE_ERRORS_H

/* The shortest text that reads back as x (palloc'd), for messages. */
extern const char *angle_double_text(double x);

/* 22023: a period that is not a positive finite number. */
extern void angle_error_invalid_period(double p);

/* 22023: rows or states of two periods in one group. */
extern void angle_error_mixed_periods(double a, double b);

/* 22003: a group's row count would pass 2^63 - 1. */
extern void angle_error_row_count(void);

/* 22023: rows or a state removed that were not added; why: the detail. */
extern void angle_error_bad_removal(const char *why);

/* 22023: a unit name that is not an angle unit of text input. */
extern void angle_error_unknown_unit(const char *unit);

#endif							/* ANGLE_ERRORS_H */
