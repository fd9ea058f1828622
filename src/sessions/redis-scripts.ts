// The Lua scripts of the Redis store: each multi-key step of the SessionStore contract as
// one script, so it is atomic on the server and costs one round trip. Time comes from the
// server (TIME), never from a client: processes with skewed clocks still agree on a grace
// window. Redis 7 replicates a script's effects, so reading TIME before writing is allowed.
//
// Keys of one identity share the hash tag {u:<sub>} (RedisStore.keys): every key a script
// touches, including the session keys endAllSessions builds from its index, lies in one
// cluster slot.
//
// A session is a string (so the per-request check is one MGET with the deny key) holding
// JSON: c current jti, x its exp, p previous jti ('' before any rotation), r when it was
// rotated out (server ms), e the session's end (caller's clock). The per-identity index is
// a sorted set of sids scored by their record's expiry (server ms), pruned on every open.

const NOW_MS = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`

/** KEYS: session, index. ARGV: sid, jti, exp, end, ttl (ms). */
export const OPEN = `${NOW_MS}
local ttl = tonumber(ARGV[5])
redis.call('SET', KEYS[1], cjson.encode({c = ARGV[2], x = tonumber(ARGV[3]), p = '', r = 0, e = tonumber(ARGV[4])}), 'PX', ttl)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
redis.call('ZADD', KEYS[2], now + ttl, ARGV[1])
if redis.call('PTTL', KEYS[2]) < ttl then redis.call('PEXPIRE', KEYS[2], ttl) end
return 1`

/**
 * KEYS: session, index. ARGV: sid, presented jti, next jti, next exp, grace (ms).
 * Returns {outcome, jti, exp} (exp as text: Lua would truncate a number reply).
 */
export const ROTATE = `local raw = redis.call('GET', KEYS[1])
if not raw then return {'ENDED'} end
local s = cjson.decode(raw)
${NOW_MS}
if s.c == ARGV[2] then
  local exp = math.min(tonumber(ARGV[4]), s.e)
  s.p = s.c
  s.c = ARGV[3]
  s.x = exp
  s.r = now
  redis.call('SET', KEYS[1], cjson.encode(s), 'KEEPTTL')
  return {'ROTATED', s.c, string.format('%d', exp)}
end
if s.p ~= '' and s.p == ARGV[2] and now - s.r < tonumber(ARGV[5]) then
  return {'GRACE', s.c, string.format('%d', s.x)}
end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return {'REUSED'}`

/** KEYS: session, index. ARGV: sid. */
export const END = `redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return 1`

/** KEYS: index. ARGV: the session key prefix of this identity (a sid completes it). */
export const END_ALL = `local sids = redis.call('ZRANGE', KEYS[1], 0, -1)
for _, sid in ipairs(sids) do redis.call('DEL', ARGV[1] .. sid) end
redis.call('DEL', KEYS[1])
return #sids`
