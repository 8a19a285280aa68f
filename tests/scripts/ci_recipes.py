#!/usr/bin/env python3
"""Reads the CI recipes and the pre-commit hooks with a real YAML parser
(PyYAML) for test_ci_recipes.sh, checks their structure, and writes out what
the shell test runs:

  ci_recipes.py github examples/ci/github-actions.yml OUT
      OUT/steps: a line per step, "N<TAB>run|uses<TAB>id (- for none)<TAB>name";
      OUT/N.sh: a run step's script; OUT/N.uses: the action, then its sarif_file
  ci_recipes.py gitlab examples/ci/gitlab-ci.yml OUT
      OUT/job: the job's name; OUT/N.sh: each script line; OUT/reports: the JUnit reports
  ci_recipes.py hooks .pre-commit-hooks.yaml < FILES
      a line per hook and file it checks, "id<TAB>entry<TAB>file", the way
      pre-commit picks files (re.search of 'files' on each path)

Prints FAIL lines (on standard error) and exits 1 on a structural problem."""
import os
import re
import sys

import yaml

failures = []


def fail(message):
    failures.append(message)


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


def written_by(path, scripts, flag):
    """Whether one of scripts writes path with '-f FLAG ... -o path'."""
    return any(f"-f {flag}" in s and re.search(r"-o\s+" + re.escape(path) + r"(\s|$)", s) for s in scripts)


def github(path, out):
    doc = load(path)
    if not isinstance(doc, dict):
        return fail(f"{path}: not a mapping")
    # YAML 1.1 (PyYAML) reads the key 'on' as true; GitHub reads it as 'on'.
    events = doc.get("on", doc.get(True))
    if not events:
        fail(f"{path}: no 'on' (the events that run the workflow)")
    if (doc.get("permissions") or {}).get("security-events") != "write":
        fail(f"{path}: permissions: security-events: write is missing (upload-sarif needs it)")
    jobs = doc.get("jobs")
    if not isinstance(jobs, dict) or len(jobs) != 1:
        return fail(f"{path}: expected one job under 'jobs'")
    name, job = next(iter(jobs.items()))
    if not job.get("runs-on"):
        fail(f"{path}: job {name} has no runs-on")
    steps = job.get("steps")
    if not isinstance(steps, list) or not steps:
        return fail(f"{path}: job {name} has no steps")
    manifest = []
    scripts = []
    ids = []
    uploads = 0
    for n, step in enumerate(steps, 1):
        label = step.get("name") or step.get("uses") or f"step {n}"
        if ("run" in step) == ("uses" in step):
            fail(f"{path}: step {n} ({label}) needs either run or uses")
            continue
        ids.append(step.get("id", ""))
        if "run" in step:
            with open(os.path.join(out, f"{n}.sh"), "w", encoding="utf-8") as f:
                f.write(step["run"])
            manifest.append(f"{n}\trun\t{step.get('id') or '-'}\t{label}")
            scripts.append(step["run"])
            if "-f sarif" in step["run"] and "--fail-on never" not in step["run"]:
                fail(f"{path}: step {n} ({label}) writes SARIF without --fail-on never: it would fail before the upload")
            continue
        uses = step["uses"]
        sarif = ""
        if n == 1 and not uses.startswith("actions/checkout@"):
            fail(f"{path}: the first step is not actions/checkout")
        if uses.startswith("github/codeql-action/upload-sarif@"):
            uploads += 1
            condition = str(step.get("if", "")).replace("${{", "").replace("}}", "").strip()
            if condition != "always()":
                fail(f"{path}: step {n} ({label}) uploads SARIF without if: always()")
            sarif = (step.get("with") or {}).get("sarif_file", "")
            if not sarif:
                fail(f"{path}: step {n} ({label}) has no sarif_file")
            elif not written_by(sarif, scripts, "sarif"):
                fail(f"{path}: step {n} ({label}): no earlier step writes {sarif} (-f sarif ... -o {sarif})")
        with open(os.path.join(out, f"{n}.uses"), "w", encoding="utf-8") as f:
            f.write(f"{uses}\n{sarif}\n")
        manifest.append(f"{n}\tuses\t{step.get('id') or '-'}\t{label}")
    if uploads == 0:
        fail(f"{path}: no github/codeql-action/upload-sarif step")
    if "install" not in ids or "make install PREFIX=" not in steps[ids.index("install")].get("run", ""):
        fail(f"{path}: no step with id 'install' that runs make install PREFIX=...")
    if "gate" not in ids:
        fail(f"{path}: no step with id 'gate'")
    elif ids.index("gate") != len(ids) - 1:
        fail(f"{path}: the gate is not the last step: the steps after it would not run on findings")
    with open(os.path.join(out, "steps"), "w", encoding="utf-8") as f:
        f.write("\n".join(manifest) + "\n")


def gitlab(path, out):
    doc = load(path)
    if not isinstance(doc, dict):
        return fail(f"{path}: not a mapping")
    stages = doc.get("stages")
    if not isinstance(stages, list) or not stages:
        fail(f"{path}: no stages")
        stages = []
    jobs = {k: v for k, v in doc.items() if isinstance(v, dict) and "script" in v}
    if len(jobs) != 1:
        return fail(f"{path}: expected one job with a script, found {len(jobs)}")
    name, job = next(iter(jobs.items()))
    if job.get("stage") not in stages:
        fail(f"{path}: job {name}'s stage {job.get('stage')!r} is not among the stages {stages}")
    script = job["script"]
    if not isinstance(script, list) or not all(isinstance(s, str) for s in script) or not script:
        return fail(f"{path}: job {name}'s script is not a list of lines")
    if not any("make install PREFIX=" in s for s in script):
        fail(f"{path}: job {name}'s script has no make install PREFIX=... line")
    artifacts = job.get("artifacts") or {}
    if artifacts.get("when") != "always":
        fail(f"{path}: job {name}: artifacts: when: always is missing (the reports would be lost when the gate fails)")
    junit = (artifacts.get("reports") or {}).get("junit")
    reports = [junit] if isinstance(junit, str) else junit or []
    if not reports:
        fail(f"{path}: job {name} has no artifacts: reports: junit")
    for report in reports:
        if not written_by(report, script, "junit"):
            fail(f"{path}: job {name}: no script line writes {report} (-f junit ... -o {report})")
    for n, line in enumerate(script, 1):
        with open(os.path.join(out, f"{n}.sh"), "w", encoding="utf-8") as f:
            f.write(line)
    with open(os.path.join(out, "job"), "w", encoding="utf-8") as f:
        f.write(name + "\n")
    with open(os.path.join(out, "reports"), "w", encoding="utf-8") as f:
        f.write("".join(r + "\n" for r in reports))


def hooks(path):
    doc = load(path)
    if not isinstance(doc, list):
        return fail(f"{path}: not a list of hooks")
    ids = [h.get("id") for h in doc if isinstance(h, dict)]
    if sorted(ids) != ["cx-audit", "cx-standards"]:
        fail(f"{path}: expected the hooks cx-audit and cx-standards, found {ids}")
    files = [line.rstrip("\n") for line in sys.stdin if line.strip()]
    for hook in doc:
        for key in ("id", "name", "entry", "language", "files"):
            if not hook.get(key):
                fail(f"{path}: hook {hook.get('id')} has no {key}")
        if hook.get("language") != "system":
            fail(f"{path}: hook {hook.get('id')}: language is {hook.get('language')!r}, expected system")
        if hook.get("pass_filenames", True) is not True:
            fail(f"{path}: hook {hook.get('id')}: pass_filenames is not true: the programs need the file names")
        try:
            pattern = re.compile(hook.get("files", ""))
        except re.error as e:
            fail(f"{path}: hook {hook.get('id')}: files is not a regular expression: {e}")
            continue
        for name in files:
            if pattern.search(name):
                print(f"{hook['id']}\t{hook['entry']}\t{name}")


def main():
    kind = sys.argv[1]
    if kind == "github":
        github(sys.argv[2], sys.argv[3])
    elif kind == "gitlab":
        gitlab(sys.argv[2], sys.argv[3])
    elif kind == "hooks":
        hooks(sys.argv[2])
    else:
        sys.exit(f"usage: {sys.argv[0]} github|gitlab|hooks FILE [OUT]")
    for message in failures:
        print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
