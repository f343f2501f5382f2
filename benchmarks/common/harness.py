"""Shared by the Python scenario scripts: flags, timing of the measured part,
CPU from getrusage, and one `RESULT {...}` line for the runner (same shape as
common/harness.mjs)."""
import argparse
import json
import os
import platform
import resource
import sys
import time

import elasticsearch


def options(extra=None):
    p = argparse.ArgumentParser()
    p.add_argument("--client", required=True, choices=["python-streaming", "python-bulk", "python"])
    p.add_argument("--url", default=os.environ.get("ELASTICSEARCH_URL", "http://127.0.0.1:9200"))
    p.add_argument("--n", type=int, default=10000)
    p.add_argument("--index", default="bench")
    p.add_argument("--file")
    for name, kw in (extra or {}).items():
        p.add_argument(name, **kw)
    return p.parse_args()


def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


async def measure(meta, fn):
    rss_start = rss_mb()
    ru0 = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    out = await fn()
    seconds = time.perf_counter() - t0
    ru1 = resource.getrusage(resource.RUSAGE_SELF)
    user = ru1.ru_utime - ru0.ru_utime
    system = ru1.ru_stime - ru0.ru_stime
    result = {
        **meta,
        "version": elasticsearch.__versionstr__,
        "runtime": f"python {platform.python_version()}",
        **out,
        "seconds": seconds,
        "cpu": {"user": user, "system": system, "total": user + system},
        # ru_maxrss is in KiB on Linux.
        "rss": {"startMB": rss_start, "peakMB": ru1.ru_maxrss / 1024},
    }
    sys.stdout.write("RESULT " + json.dumps(result) + "\n")
    sys.stdout.flush()
    return result
