"""`python -m consumer.local_kafka`: fetch the jars, or run a broker until SIGINT/SIGTERM."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from pathlib import Path

from consumer.local_kafka.broker import DEFAULT_CACHE, BrokerError, LocalKafka, ensure_jars


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m consumer.local_kafka", description=__doc__)
    parser.add_argument("command", choices=["fetch", "serve"], help="fetch the jars / run a broker")
    parser.add_argument("--port", type=int, default=0, help="client port (default: a free one)")
    parser.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE)
    parser.add_argument(
        "--bootstrap-file", type=Path, help="write the bootstrap address here once ready"
    )
    args = parser.parse_args()
    try:
        if args.command == "fetch":
            print(ensure_jars(args.cache_dir))
            return 0
        stop = threading.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: stop.set())
        with LocalKafka(cache_dir=args.cache_dir, port=args.port) as broker:
            print(f"Kafka broker ready at {broker.bootstrap_servers}", flush=True)
            if args.bootstrap_file:
                args.bootstrap_file.write_text(broker.bootstrap_servers)
            stop.wait()
            print("stopping the Kafka broker", flush=True)
        if args.bootstrap_file:
            args.bootstrap_file.unlink(missing_ok=True)
        return 0
    except BrokerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
