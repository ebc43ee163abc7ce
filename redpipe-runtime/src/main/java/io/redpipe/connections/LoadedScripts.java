package io.redpipe.connections;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA1 digests of the Lua scripts one server is believed to have in its script cache: the
 * scripts RedPipe loaded there, or ran there with {@code EVALSHA}. Kept per server pool, so per
 * connection and context, never in a global. A belief only: the server may have forgotten a
 * script since ({@code SCRIPT FLUSH}, a restart, a failover), which its {@code NOSCRIPT} reply
 * tells; RedPipe then forgets it here too, loads it and runs the call again.
 *
 * <p>Bounded: when it holds {@link #LIMIT} digests it starts over, so an application creating
 * scripts without end costs one more {@code SCRIPT LOAD} per script, not memory.
 */
public final class LoadedScripts {
  /** The most digests kept before starting over. */
  public static final int LIMIT = 1024;

  private final Set<String> loaded = ConcurrentHashMap.newKeySet();

  LoadedScripts() {}

  /**
   * Whether the server is believed to hold the script.
   *
   * @param sha1 the script's SHA1 digest, lower-case hex
   * @return true when the script was loaded or ran there and nothing since said it is gone
   */
  public boolean contains(String sha1) {
    return loaded.contains(sha1);
  }

  /**
   * Notes that the server holds the script.
   *
   * @param sha1 the script's SHA1 digest, lower-case hex
   */
  public void add(String sha1) {
    if (loaded.size() >= LIMIT) {
      loaded.clear();
    }
    loaded.add(sha1);
  }

  /**
   * Notes that the server answered {@code NOSCRIPT} for the script.
   *
   * @param sha1 the script's SHA1 digest, lower-case hex
   */
  public void remove(String sha1) {
    loaded.remove(sha1);
  }

  /** Forgets every script: the server may have restarted. */
  public void clear() {
    loaded.clear();
  }
}
