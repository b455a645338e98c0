"""The asyncio worker: consume, dispatch to the pool, produce, commit, dead letters."""
