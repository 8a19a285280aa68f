#!/usr/bin/env python3
"""cx-score speed and memory on large survey exports.

One command (`make bench`, or `python3 bench/score_bench.py`): generates
exports of 100k to 1M respondents x the 24 items of the built-in
questionnaire (plus an id column: 25 columns), then times, best of five:
  - `wc -l` on the file (the floor: reading the bytes once),
  - `cx-score -f json` (the aggregate report) with its peak RSS,
  - the equivalent pandas script (pd.read_csv, each section's percent per
    row, its mean), Debian's python3-pandas.
Prints a Markdown table for the README. Timings vary with the machine; run
it on the machine you quote.
"""
import os
import random
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CX_SCORE = os.environ.get("CX_SCORE", os.path.join(ROOT, "build", "bin", "cx-score"))
WORK = os.environ.get("BENCH_DIR", os.path.join(ROOT, "build", "bench"))
SIZES = [int(s) for s in os.environ.get("BENCH_SIZES", "100000,250000,500000,1000000").split(",")]
REPEAT = 5

SECTIONS = {  # the built-in questionnaire's sections and item counts (configs/en/questionnaire)
    "commitment": 3, "customer-alignment": 4, "error-reduction": 3, "using-customer-information": 3,
    "customer-outreach": 3, "skilled-empowered-staff": 5, "improving-products-processes": 3,
}

PANDAS = r'''
import sys
import pandas as pd
sections = %r
df = pd.read_csv(sys.argv[1])
cols = [c for c in df.columns if c != "id"]
percents = {}
i = 0
for name, n in sections.items():
    part = df[cols[i:i + n]]
    i += n
    percents[name] = part.sum(axis=1) / (5 * part.count(axis=1)) * 100
means = {name: p.mean() for name, p in percents.items()}
print(means)
''' % (SECTIONS,)


def item_ids():
    out = []
    prefixes = {"commitment": "cm", "customer-alignment": "ca", "error-reduction": "er",
                "using-customer-information": "ui", "customer-outreach": "co",
                "skilled-empowered-staff": "ss", "improving-products-processes": "ip"}
    import re
    text = open(os.path.join(ROOT, "configs", "en", "questionnaire", "customer-service-quotient.yaml")).read()
    ids = re.findall(r"- id: ((?:%s)-[a-z-]+)" % "|".join(prefixes.values()), text)
    assert len(ids) == sum(SECTIONS.values()), ids
    return ids


def generate(path, rows):
    if os.path.exists(path):
        return
    rng = random.Random(rows)
    ids = item_ids()
    # A few thousand distinct rows, repeated: generation stays fast and the
    # file is the same every run.
    pool = [",".join(str(rng.choice("12334455")) for _ in ids) for _ in range(4096)]
    with open(path + ".tmp", "w") as f:
        f.write("id," + ",".join(ids) + "\n")
        for r in range(rows):
            f.write("r%07d,%s\n" % (r, pool[r & 4095]))
    os.replace(path + ".tmp", path)


def measure(cmd):
    """Best wall time of REPEAT runs, and the peak RSS (KiB) of one run.

    The RSS is read by GNU time (/usr/bin/time, Debian's package time): a
    child of this Python would count Python's own pages, copied at fork,
    in its peak (about 13 MB; `true` shows as much)."""
    best = None
    for _ in range(REPEAT):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    if not os.path.exists("/usr/bin/time"):
        return best, None
    rss = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, check=True, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True).stderr.strip().splitlines()[-1]
    return best, int(rss)


def main():
    os.makedirs(WORK, exist_ok=True)
    script = os.path.join(WORK, "pandas_score.py")
    with open(script, "w") as f:
        f.write(PANDAS)
    have_pandas = subprocess.run(["/usr/bin/python3", "-c", "import pandas"], capture_output=True).returncode == 0
    if not have_pandas:
        print("pandas is not installed (Debian: apt-get install python3-pandas): its column is skipped", file=sys.stderr)
    print("| respondents | CSV MB | `wc -l` s | cx-score s | cx-score / wc | cx-score peak RSS MB | pandas s | pandas / cx-score |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for rows in SIZES:
        path = os.path.join(WORK, "survey-%d.csv" % rows)
        generate(path, rows)
        mb = os.path.getsize(path) / 1e6
        wc, _ = measure(["wc", "-l", path])
        cx, rss = measure([CX_SCORE, "-f", "json", path])
        if have_pandas:
            pd_time, _ = measure(["/usr/bin/python3", script, path])
            pandas_cols = "%.2f | %.0f×" % (pd_time, pd_time / cx)
        else:
            pandas_cols = "— | —"
        rss_mb = "%.1f" % (rss / 1024) if rss is not None else "— (no /usr/bin/time)"
        print("| %d | %.1f | %.3f | %.3f | %.1f× | %s | %s |" % (rows, mb, wc, cx, cx / wc, rss_mb, pandas_cols),
              flush=True)


if __name__ == "__main__":
    main()
