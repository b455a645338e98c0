"""Print the main fields of enriched records (JSON lines on stdin), for `make run`."""

import json
import sys

FIELDS = ("id", "title", "paragraphs", "captions", "related", "authors", "published_at", "source")

for line in sys.stdin:
    record = json.loads(line)
    print(json.dumps({name: record.get(name) for name in FIELDS}, indent=1, ensure_ascii=False))
