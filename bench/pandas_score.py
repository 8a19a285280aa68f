#!/usr/bin/env python3
"""The pandas side of the benchmark (bench/score_bench.py): cx-score's
section percents and overall percent of one survey export, the way an
analyst would compute them with pandas.

Usage: pandas_score.py SPEC_JSON CSV. SPEC_JSON (written by score_bench.py)
gives pd.read_csv's keyword arguments, the position of the first of the 24
item columns, the sections (id and item count, in order), the scale's top
(5) and how to read an answer: "labels" (text to value; any other text, as
"Not applicable" or an empty cell, is n/a) or "na_codes" (numbers that mean
n/a); "method" is "map" (Series.map of each column, the fast way) or
"replace" (DataFrame.replace, the way the issue measured pandas). Prints {"sections": {id: percent}, "overall": percent, "overall_n": n}.

A respondent's section percent is the sum of its answered items over 5 x
their number, x 100 (n/a and empty cells left out; no answered item: not
scored); the section's percent is the mean over the respondents it is
scored for. The overall percent pools a respondent's answered items of all
sections the same way, and is the mean over the respondents with any.
"""
import json
import sys
import warnings

import pandas as pd

# A mostly empty comment column reads as float in some chunks and as text in
# others: pandas warns and keeps it as text, which is what is wanted.
warnings.simplefilter("ignore", pd.errors.DtypeWarning)

spec = json.loads(sys.argv[1])
df = pd.read_csv(sys.argv[2], **spec["read_csv"])
items = df.iloc[:, spec["first"]:spec["first"] + sum(n for _, n in spec["sections"])]
if spec.get("labels") and spec.get("method") == "replace":
    # The measurement: DataFrame.replace of the labels, the rest to NaN.
    items = items.replace(spec["labels"]).apply(pd.to_numeric, errors="coerce")
elif spec.get("labels"):
    items = items.apply(lambda column: column.map(spec["labels"]))  # unmapped (n/a, empty): NaN
else:
    items = items.astype("float64").mask(items.isin(spec["na_codes"]))

top = spec["top"]
percents = {}
got_all = count_all = 0
i = 0
for section, n in spec["sections"]:
    part = items.iloc[:, i:i + n]
    i += n
    got, count = part.sum(axis=1), part.count(axis=1)
    percents[section] = (got / (top * count) * 100).mean()  # 0/0 is NaN: not scored, left out
    got_all, count_all = got_all + got, count_all + count
overall = got_all / (top * count_all) * 100


def number(x):  # a mean over no respondent (NaN) is null, as in cx-score's JSON
    return None if pd.isna(x) else float(x)


print(json.dumps({"sections": {s: number(p) for s, p in percents.items()}, "overall": number(overall.mean()),
                  "overall_n": int(overall.notna().sum())}))
