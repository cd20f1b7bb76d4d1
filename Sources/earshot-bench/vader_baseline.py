#!/usr/bin/env python3
"""VADER 3.3.2 baseline for `earshot-bench sentiment`.

Reads the sentences the Swift benchmark hands it (one JSON document on stdin:
{"sentences": [...], "runs": N}), scores every sentence with
vaderSentiment 3.3.2's SentimentIntensityAnalyzer.polarity_scores, and prints one
JSON document on stdout: {"version": ..., "python": ..., "compound": [...],
"seconds": [...]}. "python" names the interpreter ("CPython 3.11.7"): VADER's speed
depends on it (CPython 3.11 runs it about 1.5 times as fast as 3.10).
"seconds" holds the CPU time of each of the N timed passes over all sentences,
measured as this thread's CPU time (time.thread_time) in this single Python
process (one core), so that other processes on a shared machine do not count.

Install the baseline with:  python3 -m pip install vaderSentiment==3.3.2
"""
import json
import platform
import sys
import time


def main():
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        sys.stderr.write("vaderSentiment is not installed: run "
                         "'python3 -m pip install vaderSentiment==3.3.2'\n")
        return 3
    try:
        from importlib.metadata import version
        vader_version = version("vaderSentiment")
    except Exception:  # metadata missing: still run, report unknown
        vader_version = "unknown"

    request = json.load(sys.stdin)
    sentences = request["sentences"]
    runs = max(1, int(request.get("runs", 5)))
    analyzer = SentimentIntensityAnalyzer()

    compound = [analyzer.polarity_scores(s)["compound"] for s in sentences]
    seconds = []
    for _ in range(runs):
        start = time.thread_time()
        for s in sentences:
            analyzer.polarity_scores(s)
        seconds.append(time.thread_time() - start)

    python = platform.python_implementation() + " " + platform.python_version()
    json.dump({"version": vader_version, "python": python, "compound": compound, "seconds": seconds},
              sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
