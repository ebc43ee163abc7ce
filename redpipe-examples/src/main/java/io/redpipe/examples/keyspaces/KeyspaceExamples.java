package io.redpipe.examples.keyspaces;

import io.redpipe.RedPipe;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.GeoKeyspace;
import io.redpipe.keyspaces.GeoMatch;
import io.redpipe.keyspaces.GeoSearch;
import io.redpipe.keyspaces.HashedStringKeyspace;
import io.redpipe.keyspaces.HyperLogLogKeyspace;
import io.redpipe.keyspaces.KeyspaceSpec;
import io.redpipe.keyspaces.ListKeyspace;
import io.redpipe.keyspaces.SetKeyspace;
import io.redpipe.keyspaces.SortedSetKeyspace;
import io.redpipe.keyspaces.StringKeyspace;
import io.redpipe.keyspaces.ZAddOption;
import io.redpipe.pipelines.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import redis.clients.jedis.args.GeoUnit;
import redis.clients.jedis.args.ListDirection;

/**
 * Usage of every keyspace kind by hand. Each method takes a nullable parent pipeline: alone it
 * is one round trip, given a pipeline it joins it. Connect first with {@code RedPipe.connect}.
 */
public final class KeyspaceExamples {
  /** Session tokens: strings at {@code session{<token>}}. */
  static final KeyspaceSpec<String> SESSIONS = KeyspaceSpec.of("session", null, Codecs.TEXT);
  /** Followers: sorted sets of user ids scored by follow time, at {@code F{<user>}}. */
  static final KeyspaceSpec<String> FOLLOWERS = KeyspaceSpec.of("F", null, Codecs.TEXT);
  /** Tags: sets at {@code tags{<post>}}. */
  static final KeyspaceSpec<String> TAGS = KeyspaceSpec.of("tags", null, Codecs.TEXT);
  /** Recent events: capped lists of numbers at {@code recent{<user>}}. */
  static final KeyspaceSpec<Long> RECENT = KeyspaceSpec.of("recent", null, Codecs.INTEGER);
  /** Unique visitors: HyperLogLogs at {@code visitors{<page>}}. */
  static final KeyspaceSpec<String> VISITORS = KeyspaceSpec.of("visitors", null, Codecs.TEXT);
  /** Shops: geo sets at {@code shops{<city>}}. */
  static final KeyspaceSpec<String> SHOPS = KeyspaceSpec.of("shops", null, Codecs.TEXT);
  /** Short links: a sharded id → url store in 16 hashes {@code links{0}} .. {@code links{15}}. */
  static final KeyspaceSpec<String> LINKS = KeyspaceSpec.of("links", null, Codecs.TEXT);

  /** Job queues: lists of job ids at {@code jobs{<queue>}}. */
  static final KeyspaceSpec<String> JOBS = KeyspaceSpec.of("jobs", null, Codecs.TEXT);
  /** Leaderboards: sorted sets of players at {@code board{<game>}}. */
  static final KeyspaceSpec<String> BOARDS = KeyspaceSpec.of("board", null, Codecs.TEXT);
  /** Python RedPipe's HashedString example: {@code my_index} in 3 shards. */
  static final KeyspaceSpec<String> MY_INDEX = KeyspaceSpec.of("my_index", null, Codecs.TEXT);

  private KeyspaceExamples() {}

  /** Queues job ids at the tail of {@code queue}; its new length. */
  public static Future<Long> enqueue(String queue, Pipeline parent, String... jobs) {
    return new ListKeyspace<>(JOBS, parent).rpush(queue, jobs);
  }

  /**
   * Moves the oldest job of {@code queue} to the worker's list {@code queue:worker} (waiting up
   * to {@code timeoutSeconds} when the queue is empty), so that a crashed worker's job is not
   * lost; the job id, {@code null} on timeout.
   */
  public static Future<String> claimJob(String queue, String worker, double timeoutSeconds, Pipeline parent) {
    return new ListKeyspace<>(JOBS, parent).blmove(queue, queue + ":" + worker,
        ListDirection.LEFT, ListDirection.RIGHT, timeoutSeconds);
  }

  /** Records a player's best score (only raised, never lowered) and returns the top 3 with scores. */
  public static Future<List<Map.Entry<String, Double>>> recordScore(String game, String player,
      double score, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> {
      SortedSetKeyspace<String> board = new SortedSetKeyspace<>(BOARDS, pipe);
      board.zadd(game, player, score, ZAddOption.GT);
      return board.zrevrangeByScoreWithScores(game, "+inf", "-inf", 0, 3);
    });
  }

  /**
   * Python RedPipe's HashedString example: {@code "a"} is stored in the hash {@code my_index{1}}
   * of 3 shards; returns the key of the hash that holds {@code id} after storing it.
   */
  public static String indexKey(String id, String value) {
    HashedStringKeyspace<String> index = new HashedStringKeyspace<>(MY_INDEX, 3, null);
    index.set(id, value);
    return index.shardKey(id);
  }

  /** Stores a session with a one-hour timeout and returns its TTL in seconds. */
  public static Future<Long> startSession(String token, String userId, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> {
      StringKeyspace<String> sessions = new StringKeyspace<>(SESSIONS, pipe);
      sessions.setex(token, userId, 3600);
      return sessions.ttl(token);
    });
  }

  /** Creates a user and reads it back, in one round trip. */
  public static Future<Map<String, Object>> createUser(String id, String name, long age, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> {
      UserKeyspace users = UserKeyspace.of(pipe);
      users.name(id, name);
      users.age(id, age);
      users.hset(id, "nickname", name.toLowerCase(java.util.Locale.ROOT));
      return users.hgetall(id);
    });
  }

  /** Records a follow and returns the newest followers, newest first. */
  public static Future<List<String>> follow(String user, String follower, double when, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> {
      SortedSetKeyspace<String> followers = new SortedSetKeyspace<>(FOLLOWERS, pipe);
      followers.zadd(user, follower, when);
      return followers.zrevrange(user, 0, 9);
    });
  }

  /** Tags a post and returns its tags. */
  public static Future<Set<String>> tag(String post, Pipeline parent, String... tags) {
    return RedPipe.autoexec(parent, pipe -> {
      SetKeyspace<String> posts = new SetKeyspace<>(TAGS, pipe);
      posts.sadd(post, tags);
      return posts.smembers(post);
    });
  }

  /** Pushes an event id to a user's list of the 5 most recent ones and returns that list. */
  public static Future<List<Long>> recordEvent(String user, long event, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> {
      ListKeyspace<Long> recent = new ListKeyspace<>(RECENT, pipe);
      recent.lpush(user, event);
      recent.ltrim(user, 0, 4);
      return recent.lrange(user, 0, -1);
    });
  }

  /** Counts a page visit and returns the approximate number of distinct visitors. */
  public static Future<Long> visit(String page, String visitor, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> {
      HyperLogLogKeyspace<String> visitors = new HyperLogLogKeyspace<>(VISITORS, pipe);
      visitors.pfadd(page, visitor);
      return visitors.pfcount(page);
    });
  }

  /** Returns the names of the shops within {@code km} of a point, nearest first. */
  public static Future<List<String>> shopsNear(String city, double lon, double lat, double km, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> {
      GeoKeyspace<String> shops = new GeoKeyspace<>(SHOPS, pipe);
      return shops.geosearch(city, GeoSearch.<String>fromPoint(lon, lat).byRadius(km, GeoUnit.KM).asc())
          .map(matches -> {
            List<String> names = new ArrayList<>();
            for (GeoMatch<String> m : matches) {
              names.add(m.member());
            }
            return names;
          });
    });
  }

  /** Adds a shop at a position. */
  public static Future<Long> addShop(String city, String shop, double lon, double lat, Pipeline parent) {
    return new GeoKeyspace<>(SHOPS, parent).geoadd(city, shop, lon, lat);
  }

  /** Stores a short link unless its id is taken; 1 when stored. */
  public static Future<Long> shorten(String id, String url, Pipeline parent) {
    return new HashedStringKeyspace<>(LINKS, 16, parent).setnx(id, url);
  }

  /** Resolves short links, {@code null} for unknown ids, in one round trip. */
  public static Future<List<String>> resolve(Pipeline parent, String... ids) {
    return new HashedStringKeyspace<>(LINKS, 16, parent).mget(ids);
  }
}
