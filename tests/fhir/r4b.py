"""Validates FHIR Bundles with the `fhir.resources` R4B models (PyPI).

Usage: python r4b.py FILE...; prints one JSON line per file:
{"file": ..., "ok": true} or {"file": ..., "ok": false, "error": "..."}.
Always exits 0 when it could run: the caller (tests/fhir/fhir.test.mjs)
decides what each result means.
"""

import json
import sys

from fhir.resources.R4B.bundle import Bundle


def check(path):
    try:
        with open(path, encoding="utf-8") as f:
            Bundle.model_validate(json.load(f))
        return {"file": path, "ok": True}
    except Exception as e:  # a refusal, whatever pydantic calls it
        return {"file": path, "ok": False, "error": str(e)[:2000]}


if __name__ == "__main__":
    for path in sys.argv[1:]:
        print(json.dumps(check(path)), flush=True)
