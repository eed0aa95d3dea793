#!/usr/bin/env bash
# Every C symbol that the install and update scripts angle--*.sql
# refer to (AS 'MODULE_PATHNAME', 'sym' and bare LANGUAGE C function names)
# is exported by angle.so.  Prints TAP.  Uses the suite's build
# ($ANGLE_RUN/build, scripts/common.sh) or else ./angle.so (make first).
set -uo pipefail
cd "$(dirname "$0")/../.."
echo "1..1"
build=.
[ -n "${ANGLE_RUN:-}" ] && [ -f "$ANGLE_RUN/build/angle.so" ] && build=$ANGLE_RUN/build
so=$build/angle.so
if [ ! -f "$so" ]; then
	echo "not ok 1 - C symbols of angle--*.sql exported # no $so (run make)"
	exit 0
fi
# 'MODULE_PATHNAME', 'sym' pairs, and the function names of
# AS 'MODULE_PATHNAME' without a link symbol (the C name is the SQL name).
syms=$(python3 - sql/released/angle--*.sql "$build"/angle--*.sql <<'PY'
import re, sys
names = set()
for path in sys.argv[1:]:
    text = open(path).read()
    names.update(re.findall(r"'MODULE_PATHNAME'\s*,\s*'([A-Za-z_0-9]+)'", text))
    for m in re.finditer(r"CREATE\s+(?:OR\s+REPLACE\s+)?FUNCTION\s+([A-Za-z_0-9.]+)\s*\((?:[^;]*?)AS\s+'MODULE_PATHNAME'\s*(?!,)", text, re.S | re.I):
        names.add(m.group(1).split('.')[-1])
print("\n".join(sorted(names)))
PY
)
exported=$(nm -D --defined-only "$so" | awk '{print $3}')
missing=$(comm -23 <(printf '%s\n' "$syms" | sort -u) <(printf '%s\n' "$exported" | sort -u))
n=$(printf '%s\n' "$syms" | grep -c .)
if [ -z "$missing" ] && [ "$n" -gt 0 ]; then
	echo "ok 1 - C symbols of angle--*.sql exported: $n symbols"
else
	echo "not ok 1 - C symbols of angle--*.sql exported: missing $(echo $missing)"
fi
