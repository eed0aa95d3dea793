/*
 * splitmix64.h
 *		The splitmix64 generator (Steele, Lea and Flood, 2014) that the test
 *		programs draw their deterministic inputs from: the same stream on
 *		every machine for a given seed.
 */
#ifndef ANGLE_TEST_SPLITMIX64_H
#define ANGLE_TEST_SPLITMIX64_H

#include <stdint.h>

/* The next 64 random bits of the stream whose state is *state. */
static inline uint64_t
splitmix64(uint64_t *state)
{
	uint64_t	z = (*state += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

#endif							/* ANGLE_TEST_SPLITMIX64_H */
