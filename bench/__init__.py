"""Benchmarks of the core (run from the repository root: ``python -m bench.extract ...``)."""
