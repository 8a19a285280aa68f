// Applies the problem matcher .github/cxkit-matcher.json the way GitHub's
// runner does (each line against each matcher's regexp, as a JavaScript
// regular expression; a capture left out takes the matcher's default
// severity), for test_ci_recipes.sh:
//   node ci_matcher_check.js MATCHER GOLDEN_DIR PAIRS_DIR
// 1. Named lines of the goldens, with the captures written out by hand.
// 2. Every line of every golden (tests/golden/*/*.out): what it captures is
//    a place and a known severity, no workflow command or indented line is
//    matched, and every compiler-style diagnostic is.
// 3. PAIRS_DIR/NAME.text and NAME.github: the same run in the text format and
//    with GITHUB_ACTIONS=true; what the matcher finds in the first must be
//    the annotations the program writes itself in the second.
// Prints ok/FAIL lines; exits 1 on a failure.
"use strict";
const fs = require("fs");
const path = require("path");

const [matcherFile, goldenDir, pairsDir] = process.argv.slice(2);
const config = JSON.parse(fs.readFileSync(matcherFile, "utf8"));
let failed = false;
const fail = (message) => { console.log("FAIL: " + message); failed = true; };

// The runner's own checks (IssueMatcherConfig.Validate): an owner each, a
// known default severity, one pattern here, group numbers within the regexp.
const matchers = [];
for (const m of config.problemMatcher || []) {
  if (!m.owner) fail("a matcher has no owner");
  if (!["", "error", "warning", "notice"].includes((m.severity || "").toLowerCase())) {
    fail(`matcher ${m.owner}: unknown default severity '${m.severity}'`);
  }
  if (!Array.isArray(m.pattern) || m.pattern.length !== 1) {
    fail(`matcher ${m.owner}: expected one pattern`);
    continue;
  }
  const p = m.pattern[0];
  const regexp = new RegExp(p.regexp);
  const groups = new RegExp(p.regexp + "|").exec("").length - 1;
  for (const key of ["file", "line", "column", "severity", "message"]) {
    if (p[key] !== undefined && !(p[key] >= 1 && p[key] <= groups)) {
      fail(`matcher ${m.owner}: '${key}' is group ${p[key]}, the regexp has ${groups}`);
    }
  }
  if (p.message === undefined) fail(`matcher ${m.owner}: no message group`);
  matchers.push({ owner: m.owner, severity: m.severity || "", p, regexp });
}
if (matchers.length === 0) fail("no problem matcher");

// match LINE: [] or one {owner, file, line, column, severity, message} per
// matcher that matches (the runner takes the first; more than one is an error here).
function match(line) {
  const found = [];
  for (const m of matchers) {
    const g = m.regexp.exec(line);
    if (!g) continue;
    const at = (key) => (m.p[key] === undefined ? undefined : g[m.p[key]]);
    found.push({
      owner: m.owner,
      file: at("file"),
      line: at("line"),
      column: at("column"),
      severity: (at("severity") || m.severity || "error").toLowerCase(),
      message: at("message"),
    });
  }
  return found;
}
const show = (c) => c ? `${c.severity} ${c.file}:${c.line}:${c.column} '${c.message}'` : "no match";

// Golden lines: the output after the '$ command' line, without the markers.
function goldenLines(file) {
  return fs.readFileSync(file, "utf8").split("\n").slice(1)
    .filter((l) => l !== "--- stderr" && !/^--- exit \d+$/.test(l) && l !== "");
}
const goldens = [];
for (const program of fs.readdirSync(goldenDir)) {
  const dir = path.join(goldenDir, program);
  if (!fs.statSync(dir).isDirectory()) continue;
  for (const name of fs.readdirSync(dir)) {
    if (name.endsWith(".out")) goldens.push(path.join(dir, name));
  }
}
const allLines = new Set();
for (const g of goldens) for (const l of goldenLines(g)) allLines.add(l);

// 1. Named lines, from test inputs whose lines do not move. Each must still
// be in a golden, so the table follows the programs' real output; undefined
// is a capture the line does not have.
const named = [
  ["tests/golden/cx-audit/input/hostile.yaml:7:5: error: formula [eliminate]: unnecessary and unfriendly: eliminate it at once",
   { file: "tests/golden/cx-audit/input/hostile.yaml", line: "7", column: "5", severity: "error",
     message: "formula [eliminate]: unnecessary and unfriendly: eliminate it at once" }],
  ["tests/golden/cx-audit/input/hostile.yaml:13:5: warning: markdown [promote]: unnecessary but friendly: a competitive edge; create more like it; marked friendly, yet cited by 1 complaint: review its classification",
   { file: "tests/golden/cx-audit/input/hostile.yaml", line: "13", column: "5", severity: "warning",
     message: "markdown [promote]: unnecessary but friendly: a competitive edge; create more like it; marked friendly, yet cited by 1 complaint: review its classification" }],
  // GitHub knows no severity 'note': the second matcher makes notes notices.
  ["examples/standards/harbourview-hotels.yaml:1:1: note: salesmanship [coverage]: no standard for the personal area 'Salesmanship' (salesmanship): expected at least one",
   { file: "examples/standards/harbourview-hotels.yaml", line: "1", column: "1", severity: "notice",
     message: "salesmanship [coverage]: no standard for the personal area 'Salesmanship' (salesmanship): expected at least one" }],
  ["tests/golden/cx-audit/input/malformed.yaml:8:14: error: invalid YAML: a list opened with '[' is not closed: expected ',' or ']'",
   { file: "tests/golden/cx-audit/input/malformed.yaml", line: "8", column: "14", severity: "error",
     message: "invalid YAML: a list opened with '[' is not closed: expected ',' or ']'" }],
  ["tests/data/surveys/bad-cell.csv:5:18: warning: skipped: row 4, column 6 ('ca-partnership'): the answer '7' is not on the scale: expected a whole number from 1 to 5, a scale label, n/a, or a value listed in the mapping",
   { file: "tests/data/surveys/bad-cell.csv", line: "5", column: "18", severity: "warning",
     message: "skipped: row 4, column 6 ('ca-partnership'): the answer '7' is not on the scale: expected a whole number from 1 to 5, a scale label, n/a, or a value listed in the mapping" }],
  ["examples/audit/no-such-file.yaml: error: cannot open the file: No such file or directory",
   { file: "examples/audit/no-such-file.yaml", line: undefined, column: undefined, severity: "error",
     message: "cannot open the file: No such file or directory" }],
  // A usage error names the program where a file would be: the runner drops
  // a file that does not exist, so it is an annotation without a place.
  ["cx-audit: error: --format: pdf not in {text,json,csv,markdown,html,junit,sarif,github}",
   { file: "cx-audit", line: undefined, column: undefined, severity: "error",
     message: "--format: pdf not in {text,json,csv,markdown,html,junit,sarif,github}" }],
  // Not findings, named by a part of the line (every golden line holding it
  // must stay unmatched): a waived policy (the github format leaves it out
  // too), the text under a finding, a translated report (the matcher reads
  // English: run CI with --lang en), a bare 'error:' (git and others print
  // 'warning: ...' lines too), a summary, a workflow command.
  [": error (waived until 2027-03-31): schedule-change-notice [eliminate]: unnecessary and unfriendly: eliminate it at once", null],
  ["    We don't clean windows.", null],
  [": предупреждение: special-occasions [concise]: ", null],
  ["error: no policies file given: expected one or more POLICIES files (see --help)", null],
  ["2 errors, 3 warnings, 6 notes, 1 waived; 2 unwaived policies at or above error (--fail-on) fail the run", null],
  ["::error file=examples/audit/no-such-file.yaml::cannot open the file: No such file or directory", null],
];
let namedOk = 0;
for (const [line, want] of named) {
  if (want === null) {
    const holding = [...allLines].filter((l) => l.includes(line));
    const matchedToo = holding.filter((l) => match(l).length > 0);
    if (holding.length === 0) fail(`no golden line holds '${line}' any more`);
    else if (matchedToo.length > 0) fail(`matched, yet not a finding: ${matchedToo[0]}`);
    else namedOk++;
    continue;
  }
  if (!allLines.has(line)) { fail(`the named line is in no golden any more: ${line}`); continue; }
  const got = match(line);
  if (got.length > 1) { fail(`${got.length} matchers match: ${line}`); continue; }
  const g = got[0] || null;
  const same = g !== null && ["file", "line", "column", "severity", "message"].every((k) => g[k] === want[k]);
  if (same) namedOk++;
  else fail(`${line}\n  expected ${show(want)}\n  captured ${show(g)}`);
}
console.log(`ok: ${namedOk} of ${named.length} named golden lines captured as written in the test`);

// 2. Every golden line. A diagnostic, found without the matcher: a line that
// does not start with a blank or '::' and holds ': error: ', ': warning: '
// or ': note: ' after a place (a path, then :LINE or :LINE:COL).
function diagnostic(line) {
  if (/^\s/.test(line) || line.startsWith("::") || line.startsWith("$ ")) return false;
  for (const word of ["error", "warning", "note"]) {
    const at = line.indexOf(`: ${word}: `);
    if (at <= 0) continue;
    const place = line.slice(0, at).split(":");
    while (place.length > 1 && /^[0-9]+$/.test(place[place.length - 1])) place.pop();
    return place.join(":").length > 0;
  }
  return false;
}
let matched = 0;
let lines = 0;
for (const g of goldens) {
  for (const line of goldenLines(g)) {
    lines++;
    const got = match(line);
    if (got.length > 1) fail(`${path.relative(".", g)}: ${got.length} matchers match: ${line}`);
    const c = got[0];
    if (c) {
      matched++;
      if (/^\s/.test(line) || line.startsWith("::")) fail(`${g}: an indented line or a workflow command matched: ${line}`);
      if (!c.file || (c.line !== undefined && !/^[1-9][0-9]*$/.test(c.line)) ||
          (c.column !== undefined && !/^[1-9][0-9]*$/.test(c.column)) || !c.message ||
          !["error", "warning", "notice"].includes(c.severity) || !line.startsWith(c.file)) {
        fail(`${g}: ${line}\n  captured ${show(c)}`);
      }
    }
    if (diagnostic(line) !== Boolean(c)) {
      fail(`${path.relative(".", g)}: ${c ? "matched, yet not a diagnostic" : "a diagnostic, not matched"}: ${line}`);
    }
  }
}
console.log(`ok: ${matched} diagnostics matched among ${lines} lines of ${goldens.length} goldens, and nothing else`);

// 3. The programs' own annotations, from workflow commands:
// ::error file=F,line=L,col=C,title=T::MESSAGE (escaped %25 %0D %0A, and %3A %2C in properties).
const unescape = (s) => s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%3A/g, ":").replace(/%2C/g, ",").replace(/%25/g, "%");
function annotation(line) {
  const m = /^::(error|warning|notice)( [^:]*)?::(.*)$/.exec(line);
  if (!m || !m[2]) return null;  // a summary without a place
  const props = {};
  for (const kv of m[2].trim().split(",")) {
    const eq = kv.indexOf("=");
    props[kv.slice(0, eq)] = unescape(kv.slice(eq + 1));
  }
  return { severity: m[1], file: props.file, line: props.line, column: props.col, message: unescape(m[3]).split("\n")[0] };
}
const key = (c) => `${c.severity} ${c.file}:${c.line || ""}:${c.column || ""}`;
let pairs = 0;
let compared = 0;
for (const name of fs.readdirSync(pairsDir).filter((n) => n.endsWith(".text")).sort()) {
  const base = path.join(pairsDir, name.slice(0, -5));
  const found = fs.readFileSync(base + ".text", "utf8").split("\n").map((l) => match(l)[0]).filter(Boolean);
  const wanted = fs.readFileSync(base + ".github", "utf8").split("\n").map(annotation).filter(Boolean);
  const a = found.map(key).sort();
  const b = wanted.map(key).sort();
  if (a.join("\n") !== b.join("\n")) {
    fail(`${name}: the matcher finds\n  ${a.join("\n  ")}\nthe program annotates\n  ${b.join("\n  ")}`);
    continue;
  }
  // Messages: the text line's is the annotation's, after 'id [rule]: ' for a finding.
  for (const w of wanted) {
    const f = found.find((c) => key(c) === key(w) &&
      (c.message === w.message || c.message.endsWith("]: " + w.message)));
    if (!f) fail(`${name}: no text line has the message of ${key(w)} '${w.message}'`);
  }
  if (wanted.length === 0) fail(`${name}: the program annotates nothing, so nothing is compared`);
  pairs++;
  compared += wanted.length;
}
if (pairs === 0) fail("no run of the programs to compare with");
console.log(`ok: in ${pairs} runs the matcher finds the ${compared} annotations the programs write themselves`);
process.exit(failed ? 1 : 0);
