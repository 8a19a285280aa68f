#!/usr/bin/env python3
"""cx-score against DuckDB and pandas on large survey exports.

One command (`make bench`, or `python3 bench/score_bench.py`).

What it reads: four layouts of an export of the 24 items of the built-in
questionnaire (configs/en/questionnaire/customer-service-quotient.yaml),
written by the seeded generator bench/generate.py (the same bytes every
run) at 100k and 1M respondents (BENCH_SIZES), into build/bench (BENCH_DIR;
a file already there is reused: delete it after changing the generator):
  - google-forms: the header of examples/surveys/google-forms.csv, every
    cell quoted, the answers as labels (Never ... Always, Not applicable),
    a unique Timestamp as the id, Store as the group, a comment with
    commas, doubled quotes and line breaks (about 374 bytes a row);
  - qualtrics: the 3 header rows of examples/surveys/qualtrics.csv,
    numeric answers 1-5 and 6 for n/a (bench/qualtrics-numeric.mapping.yaml),
    unique ResponseIds, Department as the group;
  - limesurvey: the header of examples/surveys/limesurvey.csv, answer
    codes A1-A6, every value quoted but NULLs, ROLE as the group (clients'
    staff section NULL, skipped);
  - digits: an id and bare digits 1-5 under the item ids (no mapping).

What it times, for each layout and size, REPEAT runs (BENCH_REPEAT,
default 5), in rounds (one run of each tool in turn, so that all are timed
over the same minutes), each after the file is read through the page
cache (untimed), giving the median and the min-max range:
  - `cat FILE > /dev/null` and `wc -l FILE`: reading the bytes once, the
    floor;
  - `openssl dgst -sha256 FILE` (Debian's openssl): the SHA-256 of the
    file, which every cx-score report carries (its provenance) and which
    it works out with the same library (OpenSSL's libcrypto, SHA-NI where
    the CPU has it). A digest is one pass in order on one core: cx-score
    cannot take less time than this;
  - `cx-score -f json --mapping M FILE` (the shipped mapping of the
    layout; the report includes the mapping's groups side by side);
  - `cx-score -f csv --mapping M FILE`: the same numbers as a CSV table,
    which carries no provenance, so no SHA-256 pass: the like-for-like
    with DuckDB and pandas, which hash nothing either;
  - DuckDB (@duckdb/node-api, the version in bench/package.json, npm
    installed into build-tools/duckdb, BENCH_TOOLS): a node script
    (bench/duckdb_score.mjs) running read_csv (all VARCHAR; digits typed),
    a CASE per item turning the labels or codes into 1..5 and n/a into
    NULL, then each section's percent and the overall percent; node's
    start and DuckDB's load are in the time. Skipped, saying why, when it
    cannot be installed;
  - pandas (Debian's python3-pandas, /usr/bin/python3 or BENCH_PYTHON):
    bench/pandas_score.py, read_csv, then the labels to 1..5 and NaN two
    ways, Series.map per column ("pandas map") and DataFrame.replace
    ("pandas replace", as the issue measured it), the same percents;
    Python's start and pandas' import are in the time.
Both compute what cx-score computes (lib/score/src/scorer.cpp, its default
method "seed"): a respondent's section percent is the sum of the section's
answered items / (5 x their number) x 100, n/a and empty cells left out, a
section with no answered item not scored; the section's percent is the
mean over the respondents it is scored for. The overall percent pools each
respondent's answered items of all sections the same way, and is the mean
over the respondents with any answered item.

Peak RSS: GNU time (/usr/bin/time -f %M, Debian's package time) around a
first, untimed run (for a tool that takes over a second: around every run,
that first one counted). MB/s = the file's MB (10^6 bytes) / the median.

The check: every section percent and the overall percent (and the number of
respondents the overall percent is over) of cx-score's CSV, of DuckDB and of
pandas must agree with cx-score's JSON to 1e-9. It prints "agree to 1e-9" or
each difference, and then exits 1.

Prints one Markdown table per layout (rows: tools; columns: median s,
range, x `wc -l`, MB/s, peak RSS MB) for the README, and under it cx-score's
time against DuckDB's and pandas'; then, at 1M rows, issue 16's goals met or
not, from the best of the runs as the issue measures them. Progress goes to
stderr. Timings vary
with the machine: run it on the machine you quote.

Environment: CX_SCORE (default build/bin/cx-score), BENCH_DIR, BENCH_SIZES
("100000,1000000"), BENCH_REPEAT (5), BENCH_LAYOUTS (all four), BENCH_TOOLS
(build-tools/duckdb), BENCH_PYTHON (/usr/bin/python3).
"""
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no bench/__pycache__ in the work tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate  # noqa: E402 (bench/generate.py)

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
CX_SCORE = os.environ.get("CX_SCORE", os.path.join(ROOT, "build", "bin", "cx-score"))
WORK = os.environ.get("BENCH_DIR", os.path.join(ROOT, "build", "bench"))
TOOLS = os.environ.get("BENCH_TOOLS", os.path.join(ROOT, "build-tools", "duckdb"))
PYTHON = os.environ.get("BENCH_PYTHON", "/usr/bin/python3")
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "100000,1000000").split(",") if s.strip()]
REPEAT = int(os.environ.get("BENCH_REPEAT", "5"))
ONLY = [s for s in os.environ.get("BENCH_LAYOUTS", "").split(",") if s]
TOLERANCE = 1e-9
# pandas two ways: Series.map per column (the fast way), and
# DataFrame.replace (the way the issue measured it); labels only, a numeric
# export reads the same both ways.
PANDAS_METHODS = ("map", "replace")
PEERS = ("DuckDB",) + tuple("pandas " + m for m in PANDAS_METHODS)
CX = ("cx-score", "cx-score -f csv")  # the JSON report, then the CSV table
POSSESSIVE = {"DuckDB": "DuckDB's", "pandas map": "pandas map's", "pandas replace": "pandas replace's"}
SLOW = 1.0  # seconds: a first run this long is counted, and every run is measured by GNU time
# Issue 16's goals, on 1M rows, best of 5 (the fastest run of each, in one
# run with the floors): at most this many times `wc -l`, this many times
# faster than DuckDB and pandas replace, and this peak RSS, on the three
# export layouts; bare digits have one goal, to stay within 5x `wc -l`
# (their times against the peers are shown, as no goal).
GOAL_ROWS, GOAL_WC, GOAL_WC_DIGITS, GOAL_DUCKDB, GOAL_PANDAS, GOAL_RSS_MB = 1000000, 6.0, 5.0, 2.0, 40.0, 32.0

TOP = 5  # the scale's maximum: a percent is sum / (TOP x items)
EXAMPLES = os.path.join(ROOT, "examples", "surveys")


def example_header(name, row=0):
    """The header cells of row `row` of a shipped export."""
    with open(os.path.join(EXAMPLES, name), encoding="utf-8-sig", newline="") as f:
        for i, cells in enumerate(csv.reader(f)):
            if i == row:
                return cells
    raise ValueError(name)


def items_of(header, first):
    return header[first:first + sum(n for _, n in generate.SECTIONS)]


# Per layout: the mapping cx-score uses, the first item column (the 24 item
# columns are contiguous and in the questionnaire's order in all four), the
# item columns' headers (for DuckDB's SQL), the answers' codes, pandas'
# read_csv arguments, and the rows DuckDB must drop (Qualtrics' header rows
# 2 and 3, read as data).
LABELS = {label: value for value, label in generate.LABELS.items()}
LAYOUTS = {
    "google-forms": {
        "mapping": os.path.join(EXAMPLES, "google-forms.mapping.yaml"),
        "first": 3, "header": example_header("google-forms.csv"),
        "codes": LABELS, "read_csv": {},
    },
    "qualtrics": {
        "mapping": os.path.join(BENCH, "qualtrics-numeric.mapping.yaml"),
        "first": 17, "header": example_header("qualtrics.csv"),
        "codes": {str(v): v for v in range(1, TOP + 1)}, "numeric": True, "na_codes": [6],
        "read_csv": {"skiprows": [1, 2]},
        "where": "\"ResponseId\" NOT IN ('Response ID', '{\"ImportId\":\"_recordId\"}')",
    },
    "limesurvey": {
        "mapping": os.path.join(EXAMPLES, "limesurvey.mapping.yaml"),
        "first": 8, "header": example_header("limesurvey.csv"),
        "codes": {"A%d" % v: v for v in range(1, TOP + 1)}, "read_csv": {},
    },
    "digits": {
        "mapping": None, "first": 1, "header": ["id"] + generate.item_ids(),
        "codes": None, "numeric": True, "na_codes": [], "read_csv": {},
    },
}


def sql_text(s):
    return "'" + s.replace("'", "''") + "'"


def sql_name(s):
    return '"' + s.replace('"', '""') + '"'


def duckdb_query(layout, path):
    """read_csv, a CASE per item (labels or codes to 1..5, anything else,
    n/a or empty, to NULL), each section's percent and the overall one."""
    spec = LAYOUTS[layout]
    options = "header = true, delim = ',', quote = '\"', escape = '\"'"
    if spec["codes"]:
        options += ", all_varchar = true"
    answers = []
    for k, name in enumerate(items_of(spec["header"], spec["first"])):
        if spec["codes"]:
            whens = " ".join("WHEN %s THEN %d" % (sql_text(code), v) for code, v in spec["codes"].items())
            answers.append("CASE %s %s END AS a%d" % (sql_name(name), whens, k))
        else:
            answers.append("%s AS a%d" % (sql_name(name), k))
    sums, k = [], 0
    for s, (_, n) in enumerate(generate.SECTIONS):
        cells = ["a%d" % i for i in range(k, k + n)]
        k += n
        sums.append(" + ".join("coalesce(%s, 0)" % c for c in cells) + " AS got%d" % s)
        sums.append(" + ".join("(%s IS NOT NULL)::INTEGER" % c for c in cells) + " AS n%d" % s)
    count = len(generate.SECTIONS)
    got_all = " + ".join("got%d" % s for s in range(count))
    n_all = " + ".join("n%d" % s for s in range(count))
    results = ["avg(got%d::DOUBLE / (%d * nullif(n%d, 0)) * 100) AS %s" % (s, TOP, s, sql_name(section))
               for s, (section, _) in enumerate(generate.SECTIONS)]
    results.append("avg((%s)::DOUBLE / (%d * nullif(%s, 0)) * 100) AS overall" % (got_all, TOP, n_all))
    results.append("count(nullif(%s, 0)) AS overall_n" % n_all)
    where = "\n  WHERE " + spec["where"] if spec.get("where") else ""
    return ("WITH answers AS (\n  SELECT\n    %s\n  FROM read_csv(%s, %s)%s\n),\n"
            "sections AS (\n  SELECT\n    %s\n  FROM answers\n)\nSELECT\n  %s\nFROM sections;\n" %
            (",\n    ".join(answers), sql_text(path), options, where, ",\n    ".join(sums), ",\n  ".join(results)))


def pandas_spec(layout, method):
    spec = LAYOUTS[layout]
    out = {"read_csv": spec["read_csv"], "first": spec["first"], "sections": generate.SECTIONS, "top": TOP,
           "method": method}
    if spec.get("numeric"):
        out["na_codes"] = spec["na_codes"]
    else:
        out["labels"] = spec["codes"]
    return json.dumps(out)


class Failed(Exception):
    pass


def run(cmd, rss_file=None, capture=False):
    """Runs cmd once: (seconds, stdout or None, peak RSS in KiB or None).

    The RSS is read by GNU time: a child of this Python would count
    Python's own pages, copied at fork, in its peak."""
    full = ["/usr/bin/time", "-f", "%M", "-o", rss_file] + cmd if rss_file else cmd
    start = time.perf_counter()
    p = subprocess.run(full, stdout=subprocess.PIPE if capture else subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        raise Failed("%s exited with %d: %s" % (" ".join(cmd), p.returncode,
                                                p.stderr.decode("utf-8", "replace").strip()[-2000:]))
    rss = None
    if rss_file:
        with open(rss_file) as f:
            rss = int(f.read().split()[-1])
    if p.stderr.strip():
        progress("  %s wrote to stderr: %s" % (os.path.basename(cmd[0]), p.stderr.decode("utf-8", "replace")[:500]))
    return elapsed, (p.stdout.decode("utf-8") if capture else None), rss


def warm(path):
    """Reads the file through the page cache (untimed), so that a run finds
    it there: some machines give cold pages back to the host within seconds."""
    subprocess.run(["cat", path], stdout=subprocess.DEVNULL, check=True)


def measure(tools, path):
    """For each (name, cmd) of `tools`: REPEAT wall times, the output and
    the peak RSS (KiB) of the first run, which GNU time watches; or the
    Failed it raised. A first run under SLOW seconds is a warm-up (GNU
    time's own start would show in a run of milliseconds): the REPEAT timed
    runs follow, bare. A slower first run is counted, and GNU time watches
    every run (the peak is their highest). The timed runs go round the
    tools, one of each in turn, so that every tool's best and median are of
    the same minutes (this machine's speed moves by a fifth from one minute
    to the next: five runs of cx-score in a row take one second, of pandas
    over a minute). `path`, the input, is read through the page cache
    before every run."""
    have_time = os.path.exists("/usr/bin/time")
    rss_file = tempfile.NamedTemporaryFile(prefix="rss-", dir=WORK, delete=False).name if have_time else None
    results, failures, watched = {}, {}, {}
    try:
        for name, cmd in tools:
            progress("  %s: first run" % name)
            try:
                warm(path)
                first, out, rss = run(cmd, rss_file, capture=True)
            except Failed as e:
                failures[name] = e
                continue
            watched[name] = first >= SLOW
            results[name] = ([first] if first >= SLOW else [], out, rss)
        for round_ in range(REPEAT):
            progress("  round %d of %d" % (round_ + 1, REPEAT))
            for name, cmd in tools:
                if name not in results or len(results[name][0]) >= REPEAT:
                    continue
                times, out, rss = results[name]
                try:
                    warm(path)
                    elapsed, _, r = run(cmd, rss_file if watched[name] else None)
                except Failed as e:
                    failures[name] = e
                    del results[name]
                    continue
                times.append(elapsed)
                if r is not None:
                    results[name] = (times, out, max(rss, r))
        return results, failures
    finally:
        if rss_file:
            os.unlink(rss_file)


def duckdb_setup():
    """(node, the DuckDB version) when @duckdb/node-api is there or can be
    installed into TOOLS with npm, else None, having said why."""
    pinned = json.load(open(os.path.join(BENCH, "package.json")))["dependencies"]["@duckdb/node-api"]
    installed = os.path.join(TOOLS, "node_modules", "@duckdb", "node-api", "package.json")
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node:
        progress("DuckDB skipped: node is not installed (Debian: apt-get install nodejs npm)")
        return None
    version = json.load(open(installed)).get("version") if os.path.exists(installed) else None
    if version != pinned:
        if not npm:
            progress("DuckDB skipped: npm is not installed (Debian: apt-get install npm), so @duckdb/node-api "
                     "cannot be installed into %s" % TOOLS)
            return None
        progress("installing @duckdb/node-api %s into %s" % (pinned, TOOLS))
        os.makedirs(TOOLS, exist_ok=True)
        shutil.copy(os.path.join(BENCH, "package.json"), os.path.join(TOOLS, "package.json"))
        p = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--no-save", "--prefix", TOOLS],
                           capture_output=True, text=True)
        if p.returncode != 0:
            progress("DuckDB skipped: npm install --prefix %s failed (exit %d):\n%s" %
                     (TOOLS, p.returncode, "\n".join((p.stderr or p.stdout).strip().splitlines()[:6])))
            return None
    p = subprocess.run([node, os.path.join(BENCH, "duckdb_score.mjs"), TOOLS, "--version"],
                       capture_output=True, text=True)
    if p.returncode != 0:
        progress("DuckDB skipped: @duckdb/node-api does not load:\n%s" % p.stderr.strip()[-1500:])
        return None
    return node, json.loads(p.stdout)["version"]


def pandas_setup():
    p = subprocess.run([PYTHON, "-c", "import pandas; print(pandas.__version__)"], capture_output=True, text=True)
    if p.returncode != 0:
        progress("pandas skipped: %s cannot import pandas (Debian: apt-get install python3-pandas)" % PYTHON)
        return None
    return p.stdout.strip()


def progress(text):
    print(text, file=sys.stderr, flush=True)


def cx_numbers(report):
    j = json.loads(report)
    sections = {s["id"]: s["percent"] for s in j["sections"]}
    if j.get("warning_count"):
        progress("  cx-score warned %d times: %s" % (j["warning_count"], "; ".join(j.get("warnings", [])[:3])))
    return {"sections": sections, "overall": j["overall"]["percent"], "overall_n": j["overall"]["n"]}


def cx_csv_numbers(table):
    """cx_numbers of cx-score's CSV table: the rows of all respondents."""
    out = {"sections": {}}
    for row in csv.DictReader(table.splitlines()):
        if row.get("group", "(all)") != "(all)" or row["status"] not in ("scored", "skipped"):
            continue
        percent = float(row["percent"]) if row["percent"] else None
        if row["section"] == "overall":
            out["overall"], out["overall_n"] = percent, int(row["n"])
        else:
            out["sections"][row["section"]] = percent
    return out


def differences(tool, want, got):
    """The numbers of got that are not those of want (cx-score's) to TOLERANCE."""
    out = []
    pairs = [(s, want["sections"][s], got["sections"].get(s)) for s in want["sections"]]
    pairs += [("overall", want["overall"], got["overall"]), ("overall n", want["overall_n"], got["overall_n"])]
    worst = 0.0
    for name, a, b in pairs:
        if a is None or b is None:
            if a is not b:
                out.append("%s %s: cx-score %r, %s %r" % (tool, name, a, tool, b))
            continue
        d = abs(a - b)
        if name != "overall n":
            worst = max(worst, d)
        if not d <= TOLERANCE:
            out.append("%s %s: cx-score %r, %s %r (difference %.3g)" % (tool, name, a, tool, b, d))
    return out, worst


def fmt_s(s):
    return "%.3f" % s if s < 10 else "%.1f" % s


def goal_lines(layout, results):
    """A line per cx-score way: its best time against the best of `wc -l`,
    DuckDB and pandas replace, and its peak RSS, each goal met or not."""
    best = {name: min(times) for name, (times, _, _) in results.items()}
    digits = layout == "digits"
    limit = GOAL_WC_DIGITS if digits else GOAL_WC
    lines = []
    for mine in CX:
        if mine not in best or "`wc -l`" not in best:
            continue
        cx = best[mine]
        checks = ["%.2f× `wc -l` (goal ≤ %g×: %s)" % (cx / best["`wc -l`"], limit,
                                                      "met" if cx / best["`wc -l`"] <= limit else "not met")]
        for peer, goal in (("DuckDB", GOAL_DUCKDB), ("pandas replace", GOAL_PANDAS)):
            if peer in best:
                checks.append("%.1f× faster than %s%s" % (best[peer] / cx, peer, "" if digits else " (goal ≥ %g×: %s)" % (
                    goal, "met" if best[peer] / cx >= goal else "not met")))
        rss = results[mine][2]
        if rss:
            checks.append("%.1f MB%s" % (rss / 1024, "" if digits else " (goal < %g: %s)" % (
                GOAL_RSS_MB, "met" if rss / 1024 < GOAL_RSS_MB else "not met")))
        lines.append("- %s, %s: %s" % (layout, mine, "; ".join(checks)))
    return lines


def main():
    os.makedirs(WORK, exist_ok=True)
    if not os.access(CX_SCORE, os.X_OK):
        sys.exit("error: %s is not built (make build, or set CX_SCORE)" % CX_SCORE)
    if not os.path.exists("/usr/bin/time"):
        progress("GNU time is not installed (Debian: apt-get install time): peak RSS is not shown")
    duck = duckdb_setup()
    pandas_version = pandas_setup()
    layouts = ONLY or list(LAYOUTS)
    for layout in layouts:
        if layout not in LAYOUTS:
            sys.exit("error: BENCH_LAYOUTS names %r: expected some of %s" % (layout, ", ".join(LAYOUTS)))
    with_duck = " DuckDB %s (@duckdb/node-api, node %s)," % (duck[1], subprocess.run(
        [duck[0], "--version"], capture_output=True, text=True).stdout.strip()) if duck else ""
    print("cx-score against%s pandas %s; the median of %d runs each, warm page cache; %d cores." %
          (with_duck, pandas_version or "(skipped)", REPEAT, os.cpu_count() or 1))
    if not duck:
        print("(DuckDB skipped: the reason is on stderr.)")
    problems, worst, checked, goals = [], 0.0, set(), []
    for layout in layouts:
        spec = LAYOUTS[layout]
        table = []
        ratios = []
        for rows in SIZES:
            path = os.path.join(WORK, "%s-%d.csv" % (layout, rows))
            if not os.path.exists(path):
                progress("generating %s" % path)
                start = time.perf_counter()
                generate.generate(layout, rows, path)
                progress("  %.1f s" % (time.perf_counter() - start))
                # A file just written is in dirty pages whose write-back would
                # slow the first runs (cat of 374 MB took 1.7 s instead of 0.06).
                os.sync()
            mb = os.path.getsize(path) / 1e6
            tools = [("`cat > /dev/null`", ["cat", path]), ("`wc -l`", ["wc", "-l", path])]
            if shutil.which("openssl"):
                tools.append(("`openssl dgst -sha256`", ["openssl", "dgst", "-sha256", path]))
            mapping = ["--mapping", spec["mapping"]] if spec["mapping"] else []
            tools.append(("cx-score", [CX_SCORE, "-f", "json"] + mapping + [path]))
            tools.append(("cx-score -f csv", [CX_SCORE, "-f", "csv"] + mapping + [path]))
            if duck:
                query = os.path.join(WORK, "duckdb-%s-%d.sql" % (layout, rows))
                with open(query, "w") as f:
                    f.write(duckdb_query(layout, path))
                tools.append(("DuckDB", [duck[0], os.path.join(BENCH, "duckdb_score.mjs"), TOOLS, query]))
            if pandas_version:
                for method in PANDAS_METHODS:
                    tools.append(("pandas " + method,
                                  [PYTHON, os.path.join(BENCH, "pandas_score.py"), pandas_spec(layout, method), path]))
            progress("%s %d rows (%.0f MB): %s" % (layout, rows, mb, ", ".join(name for name, _ in tools)))
            results, failures = measure(tools, path)
            for name, e in failures.items():
                problems.append("%s %d: %s" % (layout, rows, e))
                progress("  " + str(e))
            if "cx-score" in results:
                want = cx_numbers(results["cx-score"][1])
                for name in CX[1:] + PEERS:
                    if name not in results:
                        continue
                    if name == CX[1]:
                        got = cx_csv_numbers(results[name][1])
                    else:
                        got = json.loads(results[name][1])
                    if name == "DuckDB":
                        got = {"sections": {s: got[s] for s, _ in generate.SECTIONS}, "overall": got["overall"],
                               "overall_n": int(got["overall_n"])}
                    diffs, w = differences(name, want, got)
                    worst = max(worst, w)
                    checked.add(name)
                    problems += ["%s %d: %s" % (layout, rows, d) for d in diffs]
            if rows == GOAL_ROWS:
                goals += goal_lines(layout, results)
            wc = statistics.median(results["`wc -l`"][0]) if "`wc -l`" in results else None
            medians = {}
            for name, _ in tools:
                if name not in results:
                    table.append("| %d | %s | failed | | | | |" % (rows, name))
                    continue
                times, _, rss = results[name]
                med = medians[name] = statistics.median(times)
                table.append("| %d | %s | %s | %s–%s | %s | %.0f | %s |" % (
                    rows, name, fmt_s(med), fmt_s(min(times)), fmt_s(max(times)),
                    "%.1f×" % (med / wc) if wc else "—", mb / med, "%.1f" % (rss / 1024) if rss else "—"))
            for mine in CX:
                if mine not in medians:
                    continue
                cx = medians[mine]
                parts = []
                for name in PEERS:
                    if name in medians:
                        other = medians[name]
                        parts.append("%.2f× %s (%s)" % (cx / other, POSSESSIVE[name], "%.1f× faster" % (other / cx)
                                                            if other >= cx else "%.1f× slower" % (cx / other)))
                if parts:
                    ratios.append("%d rows: %s's time is %s." % (rows, mine, " and ".join(parts)))
        print()
        print("### %s" % layout)
        print()
        print("| rows | tool | median s | range s | × `wc -l` | MB/s | peak RSS MB |")
        print("|---:|---|---:|---:|---:|---:|---:|")
        print("\n".join(table))
        print()
        print("\n".join(ratios))
        sys.stdout.flush()
    if goals:
        print()
        print("Issue 16's goals at %d rows, best of %d (the fastest run of each):" % (GOAL_ROWS, REPEAT))
        print()
        print("\n".join(goals))
    print()
    if problems:
        print("check FAILED: cx-score -f csv, DuckDB and pandas against cx-score's JSON (tolerance %g):" % TOLERANCE)
        print("\n".join("- " + p for p in problems))
        sys.exit(1)
    if checked:
        print("check: %s agree%s to 1e-9 with cx-score's JSON, on every layout and size: every section percent, "
              "the overall percent and its n (largest difference %.2g)." %
              (", ".join(sorted(checked)), "" if len(checked) > 1 else "s", worst))
    else:
        print("check: nothing to check (DuckDB and pandas both skipped).")


if __name__ == "__main__":
    main()
