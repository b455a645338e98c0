"""Metrics registry, health endpoints and logging set-up."""
