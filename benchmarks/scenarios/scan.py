"""Scenario (c) for the Python async client: async_scan (scroll, 1000 per page)
over an index of N documents."""
import asyncio
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "common"))
from elasticsearch import AsyncElasticsearch  # noqa: E402
from elasticsearch.helpers import async_scan  # noqa: E402
from harness import measure, options  # noqa: E402


async def main():
    opts = options()
    es = AsyncElasticsearch(opts.url, request_timeout=120)
    meta = {"scenario": "scan", "client": "python", "n": opts.n}

    async def run():
        docs = touched = 0
        async for hit in async_scan(es, index=opts.index, size=1000, scroll="1m"):
            docs += 1
            if hit["_source"]["seq"] == -1:
                touched += 1
        if docs != opts.n:
            raise RuntimeError(f"expected {opts.n} docs, scanned {docs}")
        return {"docs": docs, "touched": touched}

    try:
        await measure(meta, run)
    finally:
        await es.close()


asyncio.run(main())
