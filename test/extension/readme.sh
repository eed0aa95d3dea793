#!/usr/bin/env bash
# Every ```sql block of README.md runs, in order, in one session of a fresh
# database, and every statement's result equals its result comment.
#
# The convention (README "Development"): a statement ends on a line ending
# in ";"; a comment after that ";" is the expected output, as psql -At
# prints it with " | " between columns and "; " between rows (an error:
# "ERROR:  message").  Text after two or more spaces and "(" is a note,
# not compared: "-- -80  (exact)".  A statement without a result comment
# must run without error.  Comment lines are ignored.  A block opened with
# ```sql norun is not run (GitHub still highlights it as SQL).
#
# Self-checks: the same test on a README whose first result is changed, and
# on one with a statement that fails, must fail.
#
# The database gets the extension first (CREATE EXTENSION IF NOT EXISTS
# angle CASCADE), as the reader's database has it.
#
# Run inside a cluster (PGHOST/PGPORT/PGUSER set); the extension must be
# installed.  Prints TAP.  bash test/extension/readme.sh [README]
set -uo pipefail
cd "$(dirname "$0")/../.."
readme=${1:-README.md}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; dropdb --if-exists angle_readme >/dev/null 2>&1' EXIT
export TMPDIR=$tmp
python3 - "$readme" <<'PY'
import os, re, subprocess, sys

def blocks(text):
    """The ```sql blocks (not norun) as lists of (line number, line)."""
    out, cur, skip = [], None, False
    for n, line in enumerate(text.split('\n'), 1):
        if cur is None and re.match(r'^```sql\b', line):
            cur, skip = [], 'norun' in line
        elif cur is not None and line.startswith('```'):
            if not skip:
                out.append(cur)
            cur = None
        elif cur is not None:
            cur.append((n, line))
    return out

def statements(text):
    """(line, sql, expected or None) for every statement of every block."""
    stmts = []
    for b in blocks(text):
        buf, first = [], None
        for n, line in b:
            if not buf and (line.strip() == '' or line.lstrip().startswith('--')):
                continue
            m = re.match(r'^(.*;)\s*--\s?(.*)$', line)
            code, want = (m.group(1), m.group(2)) if m else (line, None)
            buf.append(code)
            first = first or n
            if code.rstrip().endswith(';'):
                if want is not None:
                    want = re.split(r'\s{2,}\(', want)[0].strip()
                stmts.append((first, '\n'.join(buf), want))
                buf, first = [], None
        if buf:
            stmts.append((first, '\n'.join(buf), None))
    return stmts

def run(stmts):
    """Run the statements in one session of a fresh database; their outputs."""
    subprocess.run(['dropdb', '--if-exists', 'angle_readme'], capture_output=True)
    subprocess.run(['createdb', 'angle_readme'], check=True, capture_output=True)
    script = os.path.join(os.environ['TMPDIR'], 'readme.sql')
    with open(script, 'w') as f:
        f.write('SET client_min_messages = warning;\nCREATE EXTENSION IF NOT EXISTS angle CASCADE;\n'
                '\\set VERBOSITY terse\n')
        for i, (_, sql, _) in enumerate(stmts):
            f.write('\\echo @@@ %d\n%s\n' % (i, sql))
        f.write('\\echo @@@ end\n')
    # psql's stdout and stderr in one stream, in order: line-buffered
    p = subprocess.run(['stdbuf', '-oL', '-eL', 'psql', '-X', '-q', '-A', '-t', '-F', ' | ',
                        '-d', 'angle_readme', '-f', script],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    outs, cur = {}, None
    for line in p.stdout.split('\n'):
        m = re.match(r'^@@@ (\d+|end)$', line)
        if m:
            cur = m.group(1)
            outs[cur] = []
        elif cur is not None:
            outs[cur].append(re.sub(r' at character \d+$', '', re.sub(r'^psql:[^:]*:\d+: ', '', line)))
    return [[l for l in outs.get(str(i), []) if l != ''] for i in range(len(stmts))]

def check(text):
    """(ok, description, detail) for every statement."""
    stmts = statements(text)
    res = []
    for (line, sql, want), out in zip(stmts, run(stmts)):
        got = '; '.join(out)
        head = sql.split('\n')[-1].strip()[:70]
        if want is None:
            ok = not any(l.startswith('ERROR:') for l in out)
            res.append((ok, 'README.md:%d runs: %s' % (line, head), got))
        else:
            res.append((got == want, 'README.md:%d gives %s: %s' % (line, want[:40], head),
                        'got: %s' % got))
    return res

text = open(sys.argv[1], encoding='utf-8').read()
results = check(text)
print('1..%d' % (len(results) + 3))
n = 0
for ok, desc, detail in results:
    n += 1
    print('%s %d - %s' % ('ok' if ok else 'not ok', n, desc))
    if not ok:
        print('# ' + detail.replace('\n', '\n# '))
n += 1
print('%s %d - README.md has runnable examples (%d statements, %d with results)'
      % ('ok' if len(results) > 40 else 'not ok', n, len(results),
         sum(1 for s in statements(text) if s[2] is not None)))
# self-checks: a changed result and a failing statement must be caught
m = re.search(r'(;\s*--\s?)(\S+)', text)
wrong = text[:m.start(2)] + 'x' + text[m.start(2):]
bad = [r for r in check(wrong) if not r[0]]
n += 1
print('%s %d - a changed result comment fails the test (%s)'
      % ('ok' if len(bad) == 1 else 'not ok', n, bad[0][1] if bad else 'not detected'))
failing = text.replace('```sql\n', '```sql\nSELECT angle_diff(359, 1);\n', 1)
bad = [r for r in check(failing) if not r[0]]
n += 1
print('%s %d - a statement that fails, without a result comment, fails the test (%d failure)'
      % ('ok' if len(bad) == 1 else 'not ok', n, len(bad)))
PY
