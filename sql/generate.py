#!/usr/bin/env python3
"""Write the install script angle--VERSION.sql from sql/source/*.sql.

The source files are read in name order.  Their text is copied verbatim,
except for directives: a line starting with "@" opens one, and the lines
below it that are indented or blank (a "#" line is a note and is dropped)
are its body; the first unindented line closes it.

  @function NAME(ARGS) RETURNS TYPE AS SYMBOL [LABELS]
      comment
      A C function of MODULE_PATHNAME and its COMMENT.  LABELS change the
      defaults IMMUTABLE STRICT PARALLEL SAFE: a volatility, CALLED ON NULL
      INPUT, PARALLEL RESTRICTED/UNSAFE, LEAKPROOF, COST n, ROWS n.

  @operator OP (LEFT, RIGHT) FUNCTION [, OPTIONS]
      comment
      CREATE OPERATOR and its COMMENT; LEFT may be NONE (prefix operator).

  @aggregate_state TYPE | INITCOND | COMBINEFUNC [| SERIALFUNC | DESERIALFUNC]
      The transition type of the aggregates that follow, its initial
      value ("-": none, the state starts NULL) and combine function (the
      same for the moving aggregate), and for an internal state its serial
      and deserial functions.

  @aggregate_forms [LABELS]
      FORM | ARGUMENTS | SFUNC | MINVFUNC | C SUFFIX | WHAT
      The argument lists of the aggregates.  Unless C SUFFIX is "-", each
      form also defines its transition function SFUNC(state, types) (C
      symbol SFUNC + suffix) and inverse MINVFUNC(state, types), commented
      "aggregate transition: add WHAT" and "moving-aggregate inverse
      transition: remove WHAT", with the LABELS of @function (e.g. CALLED
      ON NULL INPUT) on both.

  @aggregates
      NAME | FORMS | FINALFUNC | COMMENT [| WEIGHTED COMMENT]
      One aggregate for each of the space-separated FORMS; a form named
      "X weighted" is written "X+w" and commented COMMENT + ", weighted"
      unless a WEIGHTED COMMENT is given.  Every aggregate is PARALLEL SAFE
      and a moving aggregate with the same state, final and combine.

Types created by the sources (CREATE TYPE name) are written
@extschema@-qualified wherever a directive names them; so are the
functions the directives create and reference.  Everything else resolves
through the search path PostgreSQL sets for extension scripts
(@extschema@, then the schemas of required extensions; pg_catalog first).

The script is checked before it is written: no CREATE OR REPLACE, every
created function labelled for volatility, strictness and parallel safety
and commented (or dropped again by the script), every aggregate commented,
and every SQL function either SET search_path or with a SQL-standard body
(RETURN ...), which is bound when it is created.

Standard library only.  Usage: generate.py [--version V] [-o FILE]
"""

import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SOURCE = os.path.join(HERE, 'source')
EXT = '@extschema@.'


class SourceError(Exception):
    pass


def quote(text):
    return "'" + text.replace("'", "''") + "'"


def split_top(text, sep=','):
    """Split on sep outside parentheses and quotes."""
    parts, depth, cur, inq = [], 0, '', False
    for ch in text:
        if ch == "'":
            inq = not inq
        elif not inq and ch == '(':
            depth += 1
        elif not inq and ch == ')':
            depth -= 1
        if ch == sep and depth == 0 and not inq:
            parts.append(cur.strip())
            cur = ''
        else:
            cur += ch
    if cur.strip():
        parts.append(cur.strip())
    return parts


class Generator:
    def __init__(self):
        self.types = set()          # extension types, to qualify
        self.state = None           # (type, initcond, combinefunc)
        self.forms = {}             # form -> (args, sfunc, minvfunc)
        self.out = []

    # -- names --------------------------------------------------------
    def qtype(self, t):
        t = t.strip()
        base = t[:-2] if t.endswith('[]') else t
        if base in self.types:
            return EXT + t
        return t

    def parse_args(self, args):
        """'a float8, b angle DEFAULT x' -> (qualified text, [types])."""
        full, types = [], []
        for arg in split_top(args):
            default = ''
            m = re.match(r'(.*?)\s+(DEFAULT\s+.*|=\s*.*)$', arg, re.S)
            if m:
                arg, default = m.group(1), ' ' + m.group(2)
            words = arg.split()
            mode = []
            if words and words[0].upper() in ('IN', 'OUT', 'INOUT', 'VARIADIC'):
                mode = [words.pop(0)]
            if len(words) == 1:
                name, typ = [], words[0]
            elif len(words) == 2:
                name, typ = [words[0]], words[1]
            else:
                raise SourceError('argument %r: write one-word types (float8, not double precision)' % arg)
            typ = self.qtype(typ)
            types.append(typ)
            full.append(' '.join(mode + name + [typ]) + default)
        return ', '.join(full), ', '.join(types)

    # -- directives -----------------------------------------------------
    def d_function(self, head, body):
        m = re.match(r'(\w+)\((.*)\)\s+RETURNS\s+(\S+)\s+AS\s+(\w+)\s*(.*)$', head)
        if not m:
            raise SourceError('@function: expected NAME(ARGS) RETURNS TYPE AS SYMBOL [LABELS]')
        name, args, ret, sym, labels = m.groups()
        self.function(name, args, ret, sym, labels, ' '.join(body))

    def function(self, name, args, ret, sym, labels, comment):
        if not comment:
            raise SourceError('function %s has no comment' % name)
        vol, strict, par, extra = 'IMMUTABLE', 'STRICT', 'PARALLEL SAFE', []
        toks = labels.split()
        i = 0
        while i < len(toks):
            t = toks[i].upper()
            if t in ('IMMUTABLE', 'STABLE', 'VOLATILE'):
                vol = t
            elif t == 'STRICT':
                strict = 'STRICT'
            elif t == 'CALLED' and [x.upper() for x in toks[i:i + 4]] == ['CALLED', 'ON', 'NULL', 'INPUT']:
                strict, i = 'CALLED ON NULL INPUT', i + 3
            elif t == 'PARALLEL' and i + 1 < len(toks):
                par, i = 'PARALLEL ' + toks[i + 1].upper(), i + 1
            elif t == 'LEAKPROOF':
                extra.append('LEAKPROOF')
            elif t in ('COST', 'ROWS') and i + 1 < len(toks):
                extra.append(t + ' ' + toks[i + 1])
                i += 1
            else:
                raise SourceError('function %s: unknown label %r' % (name, toks[i]))
            i += 1
        full, types = self.parse_args(args)
        self.out.append('CREATE FUNCTION %s%s(%s) RETURNS %s\n'
                        "\tAS 'MODULE_PATHNAME', '%s'\n"
                        '\tLANGUAGE C %s;\n'
                        % (EXT, name, full, self.qtype(ret), sym,
                           ' '.join([vol, strict, par] + extra)))
        self.out.append('COMMENT ON FUNCTION %s%s(%s) IS\n\t%s;\n'
                        % (EXT, name, types, quote(comment)))

    def d_operator(self, head, body):
        m = re.match(r'(\S+)\s+\(([^,]+),([^)]+)\)\s+(\w+)\s*(?:,\s*(.*))?$', head)
        if not m:
            raise SourceError('@operator: expected OP (LEFT, RIGHT) FUNCTION [, OPTIONS]')
        op, left, right, fn, opts = m.groups()
        left, right = left.strip(), right.strip()
        if not body:
            raise SourceError('operator %s has no comment' % op)
        parts = []
        if left.upper() != 'NONE':
            parts.append('LEFTARG = ' + self.qtype(left))
        parts.append('RIGHTARG = ' + self.qtype(right))
        parts.append('FUNCTION = ' + EXT + fn)
        if opts:
            parts.append(opts)
        self.out.append('CREATE OPERATOR %s%s (%s);\n' % (EXT, op, ', '.join(parts)))
        self.out.append('COMMENT ON OPERATOR %s%s (%s, %s) IS %s;\n'
                        % (EXT, op, self.qtype(left), self.qtype(right), quote(' '.join(body))))

    def d_aggregate_state(self, head, body):
        cols = [c.strip() for c in head.split('|')]
        if len(cols) not in (3, 5):
            raise SourceError('@aggregate_state: expected TYPE | INITCOND | COMBINEFUNC'
                              ' [| SERIALFUNC | DESERIALFUNC]')
        self.state = cols + [None, None] if len(cols) == 3 else cols

    def rows(self, body, ncols, what):
        for line in body:
            cols = [c.strip() for c in line.split('|')]
            if len(cols) not in ncols:
                raise SourceError('%s: %d columns in %r' % (what, len(cols), line))
            yield cols

    def d_aggregate_forms(self, head, body):
        if self.state is None:
            raise SourceError('@aggregate_forms before @aggregate_state')
        stype = self.state[0]
        for form, args, sfunc, minvfunc, suffix, what in self.rows(body, (6,), '@aggregate_forms'):
            key = form.replace(' weighted', '+w')
            self.forms[key] = (args, sfunc, minvfunc)
            if suffix == '-':
                continue
            suffix = '' if suffix == '(none)' else suffix
            types = self.parse_args(args)[1]
            sargs = stype + ', ' + types
            self.function(sfunc, sargs, stype, sfunc + suffix, head,
                          'aggregate transition: add ' + what)
            self.function(minvfunc, sargs, stype, minvfunc + suffix, head,
                          'moving-aggregate inverse transition: remove ' + what)

    def d_aggregates(self, head, body):
        stype, init, combine, serial, deserial = self.state
        for cols in self.rows(body, (4, 5), '@aggregates'):
            name, forms, final, comment = cols[:4]
            wcomment = cols[4] if len(cols) == 5 else comment + ', weighted'
            for form in forms.split():
                if form not in self.forms:
                    raise SourceError('aggregate %s: unknown form %r' % (name, form))
                args, sfunc, minvfunc = self.forms[form]
                full, types = self.parse_args(args)
                st = self.qtype(stype)
                noinit = init == '-'
                self.out.append(
                    'CREATE AGGREGATE %s%s(%s) (\n' % (EXT, name, full)
                    + '\tSFUNC = %s%s,\n' % (EXT, sfunc)
                    + '\tSTYPE = %s,\n' % st
                    + ('' if noinit else '\tINITCOND = %s,\n' % init)
                    + '\tFINALFUNC = %s%s,\n' % (EXT, final)
                    + '\tCOMBINEFUNC = %s%s,\n' % (EXT, combine)
                    + ('' if serial is None else
                       '\tSERIALFUNC = %s%s,\n\tDESERIALFUNC = %s%s,\n'
                       % (EXT, serial, EXT, deserial))
                    + '\tMSFUNC = %s%s,\n' % (EXT, sfunc)
                    + '\tMINVFUNC = %s%s,\n' % (EXT, minvfunc)
                    + '\tMSTYPE = %s,\n' % st
                    + ('' if noinit else '\tMINITCOND = %s,\n' % init)
                    + '\tMFINALFUNC = %s%s,\n' % (EXT, final)
                    + '\tPARALLEL = SAFE\n);\n')
                self.out.append('COMMENT ON AGGREGATE %s%s(%s) IS\n\t%s;\n'
                                % (EXT, name, types,
                                   quote(wcomment if form.endswith('+w') else comment)))

    # -- files ------------------------------------------------------------
    def run_file(self, path):
        with open(path, encoding='utf-8') as f:
            lines = f.read().split('\n')
        i = 0
        while i < len(lines):
            line = lines[i]
            if not line.startswith('@'):
                for m in re.finditer(r"^CREATE TYPE (?:@extschema@\.)?(\w+)", line):
                    self.types.add(m.group(1))
                self.out.append(line + '\n')
                i += 1
                continue
            start = i
            word, _, head = line[1:].partition(' ')
            body = []
            i += 1
            while i < len(lines) and (lines[i][:1] in (' ', '\t') or lines[i] == ''):
                if lines[i].strip() == '':
                    # a blank line ends the body unless indented lines follow
                    j = i
                    while j < len(lines) and lines[j].strip() == '':
                        j += 1
                    if j >= len(lines) or lines[j][:1] not in (' ', '\t'):
                        break
                elif not lines[i].strip().startswith('#'):
                    body.append(lines[i].strip())
                i += 1
            fn = getattr(self, 'd_' + word, None)
            if fn is None:
                raise SourceError('%s:%d: unknown directive @%s' % (path, start + 1, word))
            try:
                fn(head.strip(), body)
            except SourceError as e:
                raise SourceError('%s:%d: %s' % (os.path.relpath(path, ROOT), start + 1, e))

    def text(self):
        return re.sub(r'\n{3,}', '\n\n', ''.join(self.out)).rstrip('\n') + '\n'


def statements(sql):
    """Split a script into statements (no dollar quoting in these sources)."""
    sql = re.sub(r'--[^\n]*', '', sql)
    return [s.strip() for s in split_top(sql, ';') if s.strip()]


def check(sql):
    """The extension-script rules; returns a list of problems."""
    problems = []
    if re.search(r'\bOR\s+REPLACE\b', sql, re.I):
        problems.append('CREATE OR REPLACE is not allowed in an extension script')
    stmts = statements(sql)
    created, commented, dropped = {}, set(), set()

    def key(name, args):
        name = name.replace(EXT, '')
        types = []
        for a in split_top(args):
            a = re.sub(r'\s+DEFAULT\s+.*$', '', a, flags=re.S).split()
            if a and a[0].upper() in ('IN', 'OUT', 'INOUT', 'VARIADIC'):
                a = a[1:]
            types.append(a[-1].replace(EXT, '') if a else '')
        return '%s(%s)' % (name, ','.join(types))

    for s in stmts:
        one = ' '.join(s.split())
        m = re.match(r'CREATE (FUNCTION|AGGREGATE) ([\w@.]+)\s*\((.*?)\)\s*(RETURNS|\()', one, re.I)
        if m:
            k = key(m.group(2), m.group(3))
            created[k] = m.group(1).upper()
            if m.group(1).upper() == 'FUNCTION':
                if not re.search(r'\b(IMMUTABLE|STABLE|VOLATILE)\b', one):
                    problems.append('%s: no volatility label' % k)
                if not re.search(r'\b(STRICT|CALLED ON NULL INPUT|RETURNS NULL ON NULL INPUT)\b', one):
                    problems.append('%s: no strictness label' % k)
                if not re.search(r'\bPARALLEL (SAFE|RESTRICTED|UNSAFE)\b', one):
                    problems.append('%s: no parallel label' % k)
                # a SQL-standard body (RETURN ...) is bound when created,
                # like the C functions' names: no search path at run time
                if re.search(r'LANGUAGE (sql|plpgsql)\b', one, re.I) and 'SET search_path' not in one \
                        and not re.search(r'\bLANGUAGE sql\b[^;]*\bRETURN\b', one, re.I):
                    problems.append('%s: SQL function without SET search_path' % k)
            continue
        m = re.match(r'COMMENT ON (FUNCTION|AGGREGATE) ([\w@.]+)\s*\((.*?)\) IS', one, re.I)
        if m:
            commented.add(key(m.group(2), m.group(3)))
            continue
        m = re.match(r'DROP FUNCTION ([\w@.]+)\s*\((.*?)\)', one, re.I)
        if m:
            dropped.add(key(m.group(1), m.group(2)))
    for k, kind in sorted(created.items()):
        if k not in commented and k not in dropped:
            problems.append('%s %s has no COMMENT' % (kind.lower(), k))
    return problems


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--version', help='extension version (default: angle.control)')
    ap.add_argument('-o', '--output', help='output file (default: angle--VERSION.sql)')
    ap.add_argument('--check', nargs='*', metavar='SCRIPT',
                    help='only check the given hand-written scripts')
    a = ap.parse_args()
    if a.check is not None:
        bad = 0
        for path in a.check:
            with open(path, encoding='utf-8') as f:
                for p in check(f.read()):
                    print('%s: %s' % (path, p), file=sys.stderr)
                    bad += 1
        return 1 if bad else 0
    version = a.version
    if not version:
        with open(os.path.join(ROOT, 'angle.control'), encoding='utf-8') as f:
            version = re.search(r"default_version\s*=\s*'([^']+)'", f.read()).group(1)
    out = a.output or os.path.join(ROOT, 'angle--%s.sql' % version)
    g = Generator()
    g.out.append('/* angle--%s.sql: generated by sql/generate.py from the files in sql/source/; do not edit */\n\n'
                 % version)
    g.out.append('\\echo Use "CREATE EXTENSION angle" to load this file. \\quit\n\n')
    try:
        for name in sorted(os.listdir(SOURCE)):
            if name.endswith('.sql'):
                g.run_file(os.path.join(SOURCE, name))
    except SourceError as e:
        print('generate.py: %s' % e, file=sys.stderr)
        return 1
    text = g.text()
    problems = check(text)
    if problems:
        for p in problems:
            print('generate.py: %s' % p, file=sys.stderr)
        return 1
    tmp = out + '.tmp'
    with open(tmp, 'w', encoding='utf-8') as f:
        f.write(text)
    os.replace(tmp, out)
    return 0


if __name__ == '__main__':
    sys.exit(main())
