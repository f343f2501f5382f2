"""Scenario (a) for the Python async client: bulk-load N synthetic log
documents given as dicts, with async_streaming_bulk (per-item results) or
async_bulk (summary). Chunks are capped at 5 MB like the Node clients'
flushBytes; the doc-count cap is set high so bytes decide, as in Node. The
Python helpers keep one request in flight (they have no concurrency option)."""
import asyncio
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "common"))
from elasticsearch import AsyncElasticsearch  # noqa: E402
from harness import bulk_load, measure, options  # noqa: E402
from logdoc import log_docs  # noqa: E402


async def main():
    opts = options()
    es = AsyncElasticsearch(opts.url, request_timeout=120)
    meta = {"scenario": "bulk-objects", "client": opts.client, "n": opts.n}

    async def run():
        if opts.client == "python":
            # input only: the cost of producing the dicts, no client involved
            ok = failed = 0
            for doc in log_docs(opts.n):
                ok += 1 if doc["seq"] >= 0 else 0
            if ok != opts.n:
                raise RuntimeError(f"expected {opts.n} documents, got {ok}")
            return {"docs": ok, "failed": failed}
        return await bulk_load(es, opts, lambda: log_docs(opts.n))

    try:
        await measure(meta, run)
    finally:
        await es.close()


asyncio.run(main())
