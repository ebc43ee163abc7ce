package io.redpipe.examples.annotated;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.List;
import java.util.Set;
import redis.clients.jedis.args.GeoUnit;

/**
 * Usage of the keyspace classes the processor generates from the annotated interfaces of this
 * package. Each method takes a nullable parent pipeline: alone it is one round trip, given a
 * pipeline it joins it. Connect first with {@code RedPipe.connect}.
 */
public final class TypedKeyspaceExamples {
  private TypedKeyspaceExamples() {}

  /**
   * Stores a user's name, counts a login and reads the user back as a typed {@link User} view,
   * in one round trip.
   */
  public static Future<User> login(String id, String name, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> {
      UserKeyspace users = UserKeyspace.of(pipe);
      users.setName(id, name);
      users.incrLogins(id, 1);
      users.setScore(id, 0.5);
      return users.view(id);
    });
  }

  /** Reads one member with its declared type: the login count, {@code null} when missing. */
  public static Future<Integer> logins(String id, Pipeline parent) {
    return UserKeyspace.of(parent).getLogins(id);
  }

  /** Records a follow and returns the newest followers, newest first. */
  public static Future<List<String>> follow(String user, String follower, double when, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> {
      FollowersKeyspace followers = FollowersKeyspace.of(pipe);
      followers.zadd(user, follower, when);
      return followers.zrevrange(user, 0, 9);
    });
  }

  /** Counts a visit and returns the approximate number of distinct visitors of the page. */
  public static Future<Long> visit(String page, String visitor, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> {
      PageViewsKeyspace views = PageViewsKeyspace.of(pipe);
      views.pfadd(page, visitor);
      return views.pfcount(page);
    });
  }

  /** Adds two places and returns the distance between them in kilometres. */
  public static Future<Double> distance(
      String city, String a, double lonA, double latA, String b, double lonB, double latB,
      Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> {
      PlacesKeyspace places = PlacesKeyspace.of(pipe);
      places.geoadd(city, a, lonA, latA);
      places.geoadd(city, b, lonB, latB);
      return places.geodist(city, a, b, GeoUnit.KM);
    });
  }

  /** Tags a post and returns all its tags. */
  public static Future<Set<String>> tag(String post, String tag, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> {
      TagsKeyspace tags = TagsKeyspace.of(pipe);
      tags.sadd(post, tag);
      return tags.smembers(post);
    });
  }

  /** Appends a job number to a queue and takes the oldest one. */
  public static Future<Long> enqueueAndTake(String queue, long job, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> {
      QueueKeyspace jobs = QueueKeyspace.of(pipe);
      jobs.rpush(queue, job);
      return jobs.lpop(queue);
    });
  }

  /** Adds {@code amount} to a counter and returns the new value. */
  public static Future<Long> count(String name, long amount, Pipeline parent) {
    return CountersKeyspace.of(parent).incrBy(name, amount);
  }

  /** Stores a setting (in one of 8 shared hashes) and reads it back. */
  public static Future<String> setting(String name, String value, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> {
      SettingsKeyspace settings = SettingsKeyspace.of(pipe);
      settings.set(name, value);
      return settings.get(name);
    });
  }

  /**
   * Appends an entry to a user's audit log, which lives on the connection named {@code audit};
   * returns the log. Inside a pipeline on another connection it still takes part in the same
   * execute.
   */
  public static Future<List<String>> audit(String user, String entry, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> {
      AuditLogKeyspace log = AuditLogKeyspace.of(pipe);
      log.rpush(user, entry);
      return log.lrange(user, 0, -1);
    });
  }
}
