#!/usr/bin/env bash
# META.json against the PGXN Meta Spec 1.0.0 (https://pgxn.org/spec/), by
# its own rules, with the Python standard library (no validator package is
# installed): valid JSON; the required keys (name, abstract, maintainer,
# license, provides, version, meta-spec) with their types; a name and
# extension names of the allowed characters; semantic versions; a license
# from the spec's list; provides entries with abstract, file and version,
# the file existing; prereqs by phase and relation; the release status;
# and the version equal to angle.control's default_version.  A self-check
# shows that each rule rejects a broken copy.  Needs no server.  Prints TAP.
set -uo pipefail
cd "$(dirname "$0")/../.."
python3 - <<'PY'
import copy, json, os, re

SEMVER = re.compile(r'^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+)?$')
LICENSES = {'agpl_3', 'apache_1_1', 'apache_2_0', 'artistic_1', 'artistic_2', 'bsd', 'freebsd',
            'gfdl_1_2', 'gfdl_1_3', 'gpl_1', 'gpl_2', 'gpl_3', 'lgpl_2_1', 'lgpl_3_0', 'mit',
            'mozilla_1_0', 'mozilla_1_1', 'openssl', 'perl_5', 'postgresql', 'qpl_1_0', 'ssleay',
            'sun', 'zlib', 'open_source', 'restricted', 'unrestricted', 'unknown'}
PHASES = {'configure', 'build', 'test', 'runtime', 'develop'}
RELATIONS = {'requires', 'recommends', 'suggests', 'conflicts'}

def problems(meta):
    p = []
    def need(key, typ):
        if key not in meta:
            p.append('missing required key %r' % key)
            return False
        if not isinstance(meta[key], typ):
            p.append('%r has the wrong type' % key)
            return False
        return True
    if need('name', str) and not re.match(r'^[A-Za-z][A-Za-z0-9_-]*$', meta['name']):
        p.append('bad name %r' % meta['name'])
    need('abstract', str)
    if need('maintainer', (str, list)) and isinstance(meta['maintainer'], list) and not meta['maintainer']:
        p.append('empty maintainer list')
    if need('license', (str, list, dict)):
        lic = meta['license']
        if isinstance(lic, str) and lic not in LICENSES:
            p.append('unknown license %r' % lic)
    if need('version', str) and not SEMVER.match(meta['version']):
        p.append('version %r is not a semantic version' % meta['version'])
    if need('meta-spec', dict):
        ms = meta['meta-spec']
        if ms.get('version') != '1.0.0':
            p.append('meta-spec version is not 1.0.0')
    if need('provides', dict):
        if not meta['provides']:
            p.append('provides is empty')
        for ext, v in meta['provides'].items():
            if not re.match(r'^[A-Za-z][A-Za-z0-9_-]*$', ext):
                p.append('bad extension name %r' % ext)
            if not isinstance(v, dict):
                p.append('provides.%s is not an object' % ext)
                continue
            for k in ('file', 'version'):
                if not isinstance(v.get(k), str):
                    p.append('provides.%s has no %s' % (ext, k))
            if isinstance(v.get('version'), str) and not SEMVER.match(v['version']):
                p.append('provides.%s.version is not a semantic version' % ext)
            for k in ('file', 'docfile'):
                if isinstance(v.get(k), str) and not os.path.exists(v[k]):
                    p.append('provides.%s.%s %s does not exist' % (ext, k, v[k]))
    if 'prereqs' in meta:
        for phase, rels in meta['prereqs'].items():
            if phase not in PHASES:
                p.append('unknown prereqs phase %r' % phase)
                continue
            for rel, mods in rels.items():
                if rel not in RELATIONS:
                    p.append('unknown prereqs relation %r' % rel)
                    continue
                for mod, ver in mods.items():
                    if not (ver == 0 or (isinstance(ver, str) and
                            re.match(r'^(0|[<>=!]=?\s*\S+|\d+(\.\d+){0,2})(\s*,\s*[<>=!]=?\s*\S+)*$', ver))):
                        p.append('bad version range %r for %s' % (ver, mod))
    if 'release_status' in meta and meta['release_status'] not in ('stable', 'testing', 'unstable'):
        p.append('bad release_status')
    if 'tags' in meta and not (isinstance(meta['tags'], list) and all(isinstance(t, str) and t for t in meta['tags'])):
        p.append('tags must be a list of nonempty strings')
    for k in meta:
        if k not in ('name', 'abstract', 'description', 'version', 'maintainer', 'license', 'provides',
                     'prereqs', 'release_status', 'resources', 'generated_by', 'tags', 'no_index',
                     'meta-spec') and not k.lower().startswith('x_'):
            p.append('unknown key %r (custom keys start with x_)' % k)
    return p

n = 0
def tap(ok, desc, detail=''):
    global n
    n += 1
    print('%s %d - %s' % ('ok' if ok else 'not ok', n, desc))
    if not ok and detail:
        print('# ' + detail)

print('1..4')
try:
    meta = json.load(open('META.json', encoding='utf-8'))
    tap(True, 'META.json is valid JSON')
except Exception as e:
    tap(False, 'META.json is valid JSON', str(e))
    meta = {}
p = problems(meta)
tap(not p, 'META.json follows the PGXN Meta Spec 1.0.0 (required keys, types, versions, license, provides, prereqs)', '; '.join(p))
control = open('angle.control').read()
default = re.search(r"^default_version\s*=\s*'([^']*)'", control, re.M).group(1)
vers = {meta.get('version'), meta.get('provides', {}).get('angle', {}).get('version')}
tap(vers == {default}, 'META.json version and provides.angle.version are %s (angle.control)' % default, str(vers))
# self-check: each broken copy is rejected
broken = []
def mutant(f):
    m = copy.deepcopy(meta)
    f(m)
    return m
for desc, m in [('no license', mutant(lambda m: m.pop('license'))),
                ('no provides', mutant(lambda m: m.pop('provides'))),
                ('version 0.6', mutant(lambda m: m.update(version='0.6'))),
                ('license GPL', mutant(lambda m: m.update(license='GPL'))),
                ('provides file missing', mutant(lambda m: m['provides']['angle'].update(file='nope.sql'))),
                ('meta-spec 2.0.0', mutant(lambda m: m['meta-spec'].update(version='2.0.0'))),
                ('phase "run"', mutant(lambda m: m['prereqs'].update(run={'requires': {'cube': 0}}))),
                ('key "homepage"', mutant(lambda m: m.update(homepage='x'))),
                ('name "angle ext"', mutant(lambda m: m.update(name='angle ext')))]:
    if not problems(m):
        broken.append(desc)
tap(not broken, 'the check rejects each of 9 broken copies of META.json', 'accepted: ' + ', '.join(broken))
PY
