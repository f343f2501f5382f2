"""Scenario (d) for the Python async client: N small searches from a fixed
number of concurrent callers (asyncio tasks), with as many pooled
connections as callers. Percentiles are exact (sorted latencies)."""
import asyncio
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "common"))
from elasticsearch import AsyncElasticsearch  # noqa: E402
from harness import measure, options  # noqa: E402

SERVICES = ["api", "auth", "billing", "search", "ingest", "frontend", "worker"]
LEVELS = ["info", "warn", "error", "debug"]


def percentile(sorted_values, p):
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


async def main():
    opts = options({"--concurrency": {"type": int, "default": 32}})
    es = AsyncElasticsearch(opts.url, request_timeout=120, connections_per_node=opts.concurrency)
    meta = {"scenario": "search", "client": "python", "n": opts.n, "concurrency": opts.concurrency}

    def query(i):
        return {
            "bool": {
                "filter": [
                    {"term": {"service": SERVICES[i % 7]}},
                    {"term": {"level": LEVELS[i % 4]}},
                ]
            }
        }

    await asyncio.gather(*(es.search(index=opts.index, size=10, query=query(i)) for i in range(opts.concurrency)))
    latencies = []
    state = {"next": 0, "hits": 0}

    async def worker():
        while state["next"] < opts.n:
            i = state["next"]
            state["next"] += 1
            t0 = time.perf_counter()
            res = await es.search(index=opts.index, size=10, query=query(i))
            latencies.append((time.perf_counter() - t0) * 1000)
            state["hits"] += len(res["hits"]["hits"])

    async def run():
        await asyncio.gather(*(worker() for _ in range(opts.concurrency)))
        latencies.sort()
        return {
            "requests": opts.n,
            "hits": state["hits"],
            "latencyMs": {
                "p50": percentile(latencies, 50),
                "p90": percentile(latencies, 90),
                "p99": percentile(latencies, 99),
                "max": latencies[-1],
            },
        }

    try:
        await measure(meta, run)
    finally:
        await es.close()


asyncio.run(main())
