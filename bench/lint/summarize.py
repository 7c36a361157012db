#!/usr/bin/env python3
"""Summarize the tools' outputs for the lint benchmark's check table (stdlib only).

    python3 summarize.py shale|squawk|parse FILE...

Each FILE is one process's stdout: shale's or squawk's JSON, or parse_only's
key=value line. Prints one line.
"""
import collections
import json
import sys


def docs(path):
    """The JSON documents in a file (one per process; tolerate several)."""
    dec = json.JSONDecoder()
    text = open(path, encoding="utf-8").read()
    i = 0
    while i < len(text):
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            break
        doc, i = dec.raw_decode(text, i)
        yield doc


def top(counter, n=3):
    return ", ".join(f"{rule} {count}" for rule, count in counter.most_common(n))


def shale(paths):
    files = 0
    severities, rules = collections.Counter(), collections.Counter()
    for p in paths:
        for d in docs(p):
            files += d["summary"]["files"]
            for f in d["findings"]:
                severities[f["severity"]] += 1
                rules[f["rule"]] += 1
    return (f"{files} files; {sum(severities.values())} findings ({severities['error']} error, "
            f"{severities['warning']} warning, {severities['info']} info); missing-down {rules['missing-down']}; "
            f"top: {top(rules)}")


def squawk(paths):
    rules, files = collections.Counter(), set()
    for p in paths:
        for d in docs(p):
            for f in d:
                rules[f.get("rule_name")] += 1
                files.add(f.get("file"))
    return (f"{sum(rules.values())} findings in {len(files)} files; syntax-error {rules['syntax-error']}; "
            f"top: {top(rules)}")


def parse(paths):
    total = collections.Counter()
    for p in paths:
        for line in open(p, encoding="utf-8"):
            for kv in line.split():
                k, _, v = kv.partition("=")
                total[k] += int(v)
    return (f"{total['files']} files, {total['bytes']} bytes, {total['statements']} statements, "
            f"{total['errors']} parse errors")


if __name__ == "__main__":
    kind, paths = sys.argv[1], sys.argv[2:]
    print({"shale": shale, "squawk": squawk, "parse": parse}[kind](paths))
