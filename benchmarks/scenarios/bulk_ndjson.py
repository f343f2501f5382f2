"""Scenario (b) for the Python async client: bulk-load an NDJSON file. Lines
are handed over as bytes, which the helper forwards as raw sources without
parsing (its documented fast path); same 5 MB chunks as the Node clients."""
import asyncio
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "common"))
from elasticsearch import AsyncElasticsearch  # noqa: E402
from harness import bulk_load, measure, options  # noqa: E402


def lines(path):
    with open(path, "rb") as f:
        for line in f:
            line = line.rstrip(b"\n")
            if line:
                yield line


async def main():
    opts = options()
    es = AsyncElasticsearch(opts.url, request_timeout=120)
    meta = {"scenario": "bulk-ndjson", "client": opts.client, "n": opts.n}

    async def run():
        return await bulk_load(es, opts, lambda: lines(opts.file))

    try:
        await measure(meta, run)
    finally:
        await es.close()


asyncio.run(main())
