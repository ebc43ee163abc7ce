package io.redpipe.examples.migration;

import io.redpipe.RedPipe;
import io.redpipe.examples.hashfields.PersonKeyspace;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

/**
 * The before/after pairs of the "Migrating from Jedis" guide, each pair doing the same thing: a
 * {@code jedis...} method with a plain Jedis pipeline and a {@code redPipe...} method with
 * RedPipe. The RedPipe methods need {@code RedPipe.connect(client)} first.
 */
public final class JedisVsRedPipe {
  private JedisVsRedPipe() {}

  /** Before: two INCRs in one Jedis pipeline. */
  public static long jedisIncrTwo(UnifiedJedis client, String a, String b) {
    try (AbstractPipeline p = client.pipelined()) {
      Response<Long> first = p.incr(a);
      Response<Long> second = p.incr(b);
      p.sync();
      return first.get() + second.get();
    }
  }

  /** After: the same with RedPipe. */
  public static long redPipeIncrTwo(String a, String b) {
    try (Pipeline pipe = RedPipe.pipeline()) {
      Future<Long> first = pipe.incr(a);
      Future<Long> second = pipe.incr(b);
      pipe.execute();
      return first.get() + second.get();
    }
  }

  /**
   * Before: a reusable function over a Jedis pipeline can only hand back raw responses; the
   * caller must sync and then convert (here: parse the stored score) after the fact.
   */
  public static Response<String> jedisScore(AbstractPipeline p, String user) {
    return p.get("score:" + user);
  }

  /** Before, the caller: queue, sync, then convert each response itself. */
  public static List<Long> jedisScores(UnifiedJedis client, List<String> users) {
    List<Response<String>> raw = new ArrayList<>();
    try (AbstractPipeline p = client.pipelined()) {
      for (String user : users) {
        raw.add(jedisScore(p, user));
      }
      p.sync();
    }
    List<Long> scores = new ArrayList<>();
    for (Response<String> r : raw) {
      scores.add(r.get() == null ? 0L : Long.parseLong(r.get()));
    }
    return scores;
  }

  /** After: the function returns the converted result and works alone or in a caller's pipeline. */
  public static Future<Long> redPipeScore(String user, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> pipe.get("score:" + user)
        .map(v -> v == null ? 0L : Long.parseLong(v)));
  }

  /** After, the caller: one round trip, no conversion left to do. */
  public static List<Long> redPipeScores(List<String> users) {
    List<Future<Long>> scores = new ArrayList<>();
    try (Pipeline pipe = RedPipe.pipeline()) {
      for (String user : users) {
        scores.add(redPipeScore(user, pipe));
      }
      pipe.execute();
    }
    return scores.stream().map(Future::get).toList();
  }

  /** Before: a typed hash by hand, every member converted to and from a String. */
  public static long jedisVisit(UnifiedJedis client, String id, boolean admin) {
    try (AbstractPipeline p = client.pipelined()) {
      p.hset("Person{" + id + "}", "admin", admin ? "1" : "");
      Response<Long> visits = p.hincrBy("Person{" + id + "}", "visits", 1);
      p.sync();
      return visits.get();
    }
  }

  /** After: the keyspace generated from the annotated {@code Person} interface. */
  public static long redPipeVisit(String id, boolean admin) {
    try (Pipeline pipe = RedPipe.pipeline()) {
      PersonKeyspace people = PersonKeyspace.of(pipe);
      people.setAdmin(id, admin);
      Future<Long> visits = people.incrVisits(id, 1);
      pipe.execute();
      return visits.get();
    }
  }

  /** Before: MULTI/EXEC with a Jedis transaction. */
  public static List<Object> jedisTransfer(UnifiedJedis client, String from, String to, long n) {
    try (AbstractTransaction tx = client.multi()) {
      tx.decrBy(from, n);
      tx.incrBy(to, n);
      return tx.exec();
    }
  }

  /**
   * After: a connection made with {@code RedPipe.connect("bank", client, true)} wraps every
   * batch in MULTI/EXEC.
   */
  public static List<Long> redPipeTransfer(String from, String to, long n) {
    try (Pipeline pipe = RedPipe.pipeline("bank")) {
      Future<Long> left = pipe.decrBy(from, n);
      Future<Long> right = pipe.incrBy(to, n);
      pipe.execute();
      return List.of(left.get(), right.get());
    }
  }
}
