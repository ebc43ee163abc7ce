package io.redpipe.examples.contexts;

import io.redpipe.RedPipeContext;
import io.redpipe.examples.annotated.UserKeyspace;
import io.redpipe.examples.annotated.UserStruct;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import redis.clients.jedis.UnifiedJedis;

/**
 * The users of one tenant, on a {@link RedPipeContext} of its own: two directories in one JVM,
 * each on its own Redis, never see each other's connections. Nothing here is static; the
 * context is the one object a service keeps (a Spring bean, say).
 */
public final class TenantDirectory implements AutoCloseable {
  private final RedPipeContext context;
  private final UserKeyspace users;

  /** A directory for {@code tenant} on {@code client}; the caller keeps owning the client. */
  public TenantDirectory(String tenant, UnifiedJedis client) {
    this.context = RedPipeContext.builder().name(tenant).build();
    context.connect(client);
    this.users = UserKeyspace.of(context);   // a keyspace whose calls run at once on context
  }

  /** The directory's context. */
  public RedPipeContext context() {
    return context;
  }

  /**
   * Registers the users named {@code names} (ids {@code "1"}, {@code "2"}, ...) and counts the
   * registrations: every HSET, HGETALL and the INCR share one round trip.
   */
  public List<UserStruct> register(List<String> names) {
    Objects.requireNonNull(names, "names");
    List<UserStruct> created = new ArrayList<>();
    try (Pipeline pipe = context.pipeline()) {
      for (int i = 0; i < names.size(); i++) {
        created.add(UserStruct.create(UserStruct.with(Integer.toString(i + 1))
            .name(names.get(i)).logins(0), pipe));
      }
      pipe.incrBy("registrations", names.size());   // a raw command in the same round trip
      pipe.execute();
    }
    return created;
  }

  /** The name of user {@code id}: one round trip on this tenant's context. */
  public String name(String id) {
    return users.getName(id).get();
  }

  /** Counts a login of {@code id} and reads the user back, in one round trip. */
  public UserStruct login(String id) {
    try (Pipeline pipe = context.pipeline()) {
      Future<Long> logins = UserKeyspace.of(pipe).incrLogins(id, 1);
      UserStruct user = UserStruct.load(id, pipe);
      pipe.execute();
      if (logins.get() != (long) user.logins()) {
        throw new IllegalStateException("read " + user.logins() + " logins after " + logins);
      }
      return user;
    }
  }

  /** Closes the context (not the client). */
  @Override
  public void close() {
    context.close();
  }
}
