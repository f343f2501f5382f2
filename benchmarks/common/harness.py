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


# Chunks capped at 5 MB like the Node clients' flushBytes; the doc-count cap is set high so bytes decide.
BULK_CHUNK = dict(chunk_size=100_000, max_chunk_bytes=5_000_000)


async def bulk_load(es, opts, source):
    """Loads `source()` (a fresh iterable per call) with async_streaming_bulk (client
    "python-streaming", per-item results) or async_bulk (summary), and checks every
    document was indexed."""
    from elasticsearch.helpers import async_bulk, async_streaming_bulk

    if opts.client == "python-streaming":
        ok = failed = 0
        async for success, _item in async_streaming_bulk(es, source(), index=opts.index, **BULK_CHUNK):
            if success:
                ok += 1
            else:
                failed += 1
    else:
        ok, failed = await async_bulk(es, source(), index=opts.index, stats_only=True, **BULK_CHUNK)
    if ok != opts.n:
        raise RuntimeError(f"expected {opts.n} successful, got {ok}")
    return {"docs": ok, "failed": failed}
