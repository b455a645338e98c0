"""A dedupe window in Redis, shared by every replica that points at the same server.

One Lua script does the whole check-and-add, so it runs atomically on the server: two
replicas that receive copies of one story at the same moment cannot both call it new.
Keys, all under ``key_prefix`` and all expiring after ``max_age_seconds``:

- ``{prefix}:entry:{id}``: hash with ``sha``, ``hi``/``lo`` (the simhash's two 32-bit
  halves), ``root`` (first article of its duplicate chain), ``verdict`` and ``bands``
- ``{prefix}:sha:{sha256}``: the id of the first article with that exact content
- ``{prefix}:band:{i}:{value}``: set of ``hi:lo:id`` members whose simhash has that
  value in substring
  ``i`` (multi-index hashing, see ``window.index_plan``: a lookup probes each substring's
  values within a small radius, so near duplicates are found exactly, without a scan)
- ``{prefix}:order``: sorted set of ids by insertion time (server clock), which bounds
  the window by ``window_size`` and by age
"""

from __future__ import annotations

from typing import Any

import redis
import redis.asyncio as aioredis

from consumer.dedupe.window import index_plan, parse_simhash, probe_values, substrings

_CHECK_AND_ADD = """
local prefix, id, sha = ARGV[1], ARGV[2], ARGV[3]
local hi, lo = tonumber(ARGV[4]), tonumber(ARGV[5])
local maxd, size, age = tonumber(ARGV[6]), tonumber(ARGV[7]), tonumber(ARGV[8])
local nbands = tonumber(ARGV[9])
local bands, probes = {}, {}
for i = 10, 9 + nbands do bands[#bands + 1] = prefix .. ':band:' .. ARGV[i] end
for i = 10 + nbands, #ARGV do probes[#probes + 1] = prefix .. ':band:' .. ARGV[i] end
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local order = prefix .. ':order'

local function forget(member)
  local key = prefix .. ':entry:' .. member
  local e = redis.call('HMGET', key, 'sha', 'bands', 'member')
  if e[1] and redis.call('GET', prefix .. ':sha:' .. e[1]) == member then
    redis.call('DEL', prefix .. ':sha:' .. e[1])
  end
  if e[2] and e[3] then
    for band in string.gmatch(e[2], '%S+') do redis.call('SREM', band, e[3]) end
  end
  redis.call('DEL', key)
  redis.call('ZREM', order, member)
end

local function popcount(x)
  local n = 0
  while x ~= 0 do x = bit.band(x, x - 1); n = n + 1 end
  return n
end

for _, member in ipairs(redis.call('ZRANGEBYSCORE', order, '-inf', now - age, 'LIMIT', 0, 512)) do
  forget(member)
end

local count = redis.call('ZCARD', order)
if count >= size then
  for _, member in ipairs(redis.call('ZRANGE', order, 0, count - size)) do forget(member) end
end

local entry_key = prefix .. ':entry:' .. id
local seen = redis.call('HMGET', entry_key, 'root', 'verdict')
if seen[1] then
  if seen[2] and seen[2] ~= '' then return seen[2] end
  return false
end

local verdict = nil
local owner = redis.call('GET', prefix .. ':sha:' .. sha)
if owner then
  verdict = redis.call('HGET', prefix .. ':entry:' .. owner, 'root') or owner
else
  local best, best_at = maxd + 1, nil
  local checked = {}
  for _, band in ipairs(probes) do
    -- members are "hi:lo:id": the distance needs no further call
    for _, member in ipairs(redis.call('SMEMBERS', band)) do
      if not checked[member] then
        checked[member] = true
        local mhi, mlo, mid = string.match(member, '^(%d+):(%d+):(.*)$')
        local d = popcount(bit.bxor(tonumber(mhi), hi)) + popcount(bit.bxor(tonumber(mlo), lo))
        if d <= maxd then
          local e = redis.call('HMGET', prefix .. ':entry:' .. mid, 'root')
          local at = tonumber(redis.call('ZSCORE', order, mid) or now)
          if e[1] and (d < best or (d == best and best_at and at < best_at)) then
            best, best_at, verdict = d, at, e[1]
          end
        end
      end
    end
  end
end

if verdict == id then verdict = nil end
local member = ARGV[4] .. ':' .. ARGV[5] .. ':' .. id
redis.call('HSET', entry_key, 'sha', sha, 'hi', ARGV[4], 'lo', ARGV[5], 'member', member,
  'root', verdict or id, 'verdict', verdict or '', 'bands', table.concat(bands, ' '))
redis.call('EXPIRE', entry_key, age)
if not owner then redis.call('SET', prefix .. ':sha:' .. sha, id, 'EX', age) end
for _, band in ipairs(bands) do
  redis.call('SADD', band, member)
  redis.call('EXPIRE', band, age)
end
redis.call('ZADD', order, now, id)
redis.call('EXPIRE', order, age)
if verdict then return verdict end
return false
"""


def _script_args(
    prefix: str,
    article_id: str,
    content_sha256: str,
    simhash: int | str,
    settings: tuple[int, int, int],
) -> list[Any]:
    max_distance, window_size, max_age = settings
    value = parse_simhash(simhash)
    parts, radius = index_plan(max_distance, window_size)
    slices = substrings(value, parts)
    bands = [f"{i}:{v:x}" for i, _, v in slices]
    probes = [f"{i}:{p:x}" for i, width, v in slices for p in probe_values(v, width, radius)]
    return [
        prefix,
        article_id,
        content_sha256,
        value >> 32,
        value & 0xFFFFFFFF,
        max_distance,
        window_size,
        max_age,
        len(bands),
        *bands,
        *probes,
    ]


def _decoded(result: Any) -> str | None:
    if not result:
        return None
    return result.decode() if isinstance(result, bytes) else str(result)


class RedisDedupeWindow:
    """The shared window over a blocking redis-py client."""

    def __init__(
        self,
        client: redis.Redis,
        *,
        window_size: int,
        max_age_seconds: int,
        max_hamming_distance: int,
        key_prefix: str = "news-consumer:dedupe",
    ) -> None:
        self._client = client
        self._script = client.register_script(_CHECK_AND_ADD)
        self._prefix = key_prefix
        self._settings = (max_hamming_distance, window_size, max_age_seconds)

    def check_and_add(self, article_id: str, content_sha256: str, simhash: int | str) -> str | None:
        """See ``DedupeWindow.check_and_add``; one atomic script call on the server."""
        args = _script_args(self._prefix, article_id, content_sha256, simhash, self._settings)
        return _decoded(self._script(keys=[], args=args))

    def close(self) -> None:
        self._client.close()


class AsyncRedisDedupeWindow:
    """The shared window over redis.asyncio, for the runtime's event loop."""

    def __init__(
        self,
        client: aioredis.Redis,
        *,
        window_size: int,
        max_age_seconds: int,
        max_hamming_distance: int,
        key_prefix: str = "news-consumer:dedupe",
    ) -> None:
        self._client = client
        self._script = client.register_script(_CHECK_AND_ADD)
        self._prefix = key_prefix
        self._settings = (max_hamming_distance, window_size, max_age_seconds)

    async def check_and_add(
        self, article_id: str, content_sha256: str, simhash: int | str
    ) -> str | None:
        """See ``DedupeWindow.check_and_add``."""
        args = _script_args(self._prefix, article_id, content_sha256, simhash, self._settings)
        return _decoded(await self._script(keys=[], args=args))

    async def close(self) -> None:
        await self._client.aclose()
