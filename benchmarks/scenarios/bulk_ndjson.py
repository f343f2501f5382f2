"""Scenario (b) for the Python async client: bulk-load an NDJSON file. Lines
are handed over as bytes, which the helper forwards as raw sources without
parsing (its documented fast path); same 5 MB chunks as the Node clients."""
import asyncio
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "common"))
from elasticsearch import AsyncElasticsearch  # noqa: E402
from elasticsearch.helpers import async_bulk, async_streaming_bulk  # noqa: E402
from harness import measure, options  # noqa: E402

CHUNK = dict(chunk_size=100_000, max_chunk_bytes=5_000_000)


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
        if opts.client == "python-streaming":
            ok = failed = 0
            async for success, _item in async_streaming_bulk(es, lines(opts.file), index=opts.index, **CHUNK):
                if success:
                    ok += 1
                else:
                    failed += 1
        else:
            ok, failed = await async_bulk(es, lines(opts.file), index=opts.index, stats_only=True, **CHUNK)
        if ok != opts.n:
            raise RuntimeError(f"expected {opts.n} successful, got {ok}")
        return {"docs": ok, "failed": failed}

    try:
        await measure(meta, run)
    finally:
        await es.close()


asyncio.run(main())
