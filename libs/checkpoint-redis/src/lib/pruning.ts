// Pruning a (thread, namespace) to its newest checkpoints: their records, pending writes and the channel values no kept checkpoint points to.
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { InvalidSaverOptionsError } from './errors.js';
import type { NamespaceKeys } from './keys.js';

/**
 * One script, so the choice of what to keep and the deletions see the same state: a put that lands
 * meanwhile is either counted (and kept, being newest) or comes after (and its values are its own
 * or a kept checkpoint's). Ids sort by time (uuid6) and all score 0 in `ids`, so rank is id order.
 * Field names are decoded from their JSON rather than rebuilt, so Lua's JSON encoder never has to
 * agree byte for byte with JSON.stringify (records.ts).
 *
 * KEYS: ids, checkpoints, blobs, writes, write-ids. ARGV: how many to keep, a checkpoint id to keep
 * as well ('' for none). Returns how many checkpoints it removed.
 */
const PRUNE = `
local keep = tonumber(ARGV[1])
local count = redis.call('ZCARD', KEYS[1])
if count <= keep then return 0 end
local pruned, kept, removed = {}, {}, 0
for rank, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  if rank > count - keep or id == ARGV[2] then
    kept[id] = true
  else
    pruned[id] = true
    removed = removed + 1
  end
end
if removed == 0 then return 0 end

local function decoded(text)
  local ok, value = pcall(cjson.decode, text)
  if ok and type(value) == 'table' then return value end
  return {}
end

-- Channel values a kept checkpoint points to, as writer .. NUL .. channel.
local referenced = {}
for id in pairs(kept) do
  local refs = redis.call('HGET', KEYS[2], 'r:' .. id)
  if refs then
    for channel, writer in pairs(decoded(refs)) do
      if type(channel) == 'string' and type(writer) == 'string' then
        referenced[writer .. '\\0' .. channel] = true
      end
    end
  end
end

for id in pairs(pruned) do
  redis.call('HDEL', KEYS[2], 'c:' .. id, 'm:' .. id, 'p:' .. id, 'r:' .. id)
  redis.call('ZREM', KEYS[1], id)
end
-- Not only the values of the checkpoints pruned now: also those an earlier pass kept because a
-- checkpoint pruned now still pointed to them.
for _, field in ipairs(redis.call('HKEYS', KEYS[3])) do
  local writer, channel = unpack(decoded(field))
  if type(writer) == 'string' and type(channel) == 'string' and not kept[writer]
      and not referenced[writer .. '\\0' .. channel] then
    redis.call('HDEL', KEYS[3], field)
  end
end
for _, field in ipairs(redis.call('ZRANGE', KEYS[5], 0, -1)) do
  local checkpoint = decoded(field)[1]
  if type(checkpoint) == 'string' and pruned[checkpoint] then
    redis.call('HDEL', KEYS[4], field)
    redis.call('ZREM', KEYS[5], field)
  end
end
return removed
`;
const PRUNE_SHA = createHash('sha1').update(PRUNE).digest('hex');

/**
 * Deletes every checkpoint of the namespace but the newest `keep` (by id) and `alsoKeep`, with
 * their pending writes and the channel values that no kept checkpoint points to. A kept checkpoint
 * whose parent was pruned still reads whole; only its parent link leads nowhere.
 */
export async function pruneCheckpoints(
  client: Redis,
  keys: NamespaceKeys,
  keep: number,
  alsoKeep: string | undefined,
): Promise<number> {
  const args = [
    keys.ids,
    keys.checkpoints,
    keys.blobs,
    keys.writes,
    keys.writeIds,
    keep,
    alsoKeep ?? '',
  ];
  try {
    return (await client.evalsha(PRUNE_SHA, 5, ...args)) as number;
  } catch (error) {
    // First use on this server (or after SCRIPT FLUSH): send the script itself, which caches it.
    if (!String((error as Error).message).startsWith('NOSCRIPT')) throw error;
    return (await client.eval(PRUNE, 5, ...args)) as number;
  }
}

export function assertValidKeep(keep: unknown): void {
  if (keep !== undefined && (!Number.isInteger(keep) || (keep as number) < 1))
    throw new InvalidSaverOptionsError(
      `keepCheckpoints must be a positive integer, got ${String(keep)}`,
    );
}
