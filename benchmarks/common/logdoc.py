"""Deterministic synthetic log documents, byte-identical to common/logdoc.mjs
when serialized compactly, so the Python client indexes exactly what the Node
clients index without parsing a file first."""
from datetime import datetime, timedelta, timezone

LEVELS = ["info", "info", "info", "warn", "error", "debug"]
SERVICES = ["api", "auth", "billing", "search", "ingest", "frontend", "worker"]
METHODS = ["GET", "GET", "GET", "POST", "PUT", "DELETE"]
PATHS = ["/v1/users", "/v1/orders", "/v1/search", "/v1/items", "/health", "/v1/login", "/v1/cart"]
STATUSES = [200, 200, 200, 201, 204, 301, 400, 404, 500, 503]
BASE = datetime(2026, 1, 1, tzinfo=timezone.utc)


def log_doc(i):
    status = STATUSES[(i * 7) % 10]
    method = METHODS[(i * 17) % 6]
    path = f"{PATHS[(i * 19) % 7]}/{i % 1000}"
    user = f"u{(i * 7919) % 100000}"
    d = (i * 104729) % 50000
    ms = i * 37
    ts = BASE + timedelta(milliseconds=ms)
    return {
        "@timestamp": ts.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}Z",
        "level": LEVELS[(i * 11) % 6],
        "service": SERVICES[(i * 13) % 7],
        "host": f"host-{(i * 31) % 50}",
        "message": f"{method} {path} completed with status {status} for user {user}",
        "http": {"method": method, "path": path, "status": status, "bytes": (i * 7919) % 100000},
        # JSON.stringify writes 120 for 120.0; json.dumps would write 120.0.
        "duration_ms": d // 10 if d % 10 == 0 else d / 10,
        "user": {"id": user},
        "trace_id": f"{(i * 2654435761) & 0xFFFFFFFF:08x}{i & 0xFFFFFFFF:08x}",
        "tags": ["bench", SERVICES[(i * 13) % 7], LEVELS[(i * 11) % 6]],
        "seq": i,
    }


def log_docs(to, start=0):
    for i in range(start, to):
        yield log_doc(i)
