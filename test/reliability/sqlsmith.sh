#!/usr/bin/env bash
# The short sqlsmith run of the suite: 2000 queries as an unprivileged
# role against tables of every type of the extension (scripts/sqlsmith.sh
# does the work and prints the TAP lines).
cd "$(dirname "$0")/../.." && SQLSMITH_N=${SQLSMITH_N:-2000} SQLSMITH_SECS=${SQLSMITH_SECS:-300} exec bash scripts/sqlsmith.sh
