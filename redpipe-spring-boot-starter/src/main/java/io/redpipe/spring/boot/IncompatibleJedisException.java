package io.redpipe.spring.boot;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import redis.clients.jedis.UnifiedJedis;

/**
 * Thrown at start-up when the Jedis on the class path is not Jedis 8, which RedPipe needs. The
 * usual cause is Spring Boot's dependency management, which chooses an older Jedis.
 */
public final class IncompatibleJedisException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The Jedis major version RedPipe needs. */
  public static final int REQUIRED_MAJOR = 8;

  /** The Jedis version found on the class path, or {@code null} when unknown. */
  private final String foundVersion;

  /**
   * Creates the exception.
   *
   * @param foundVersion the Jedis version on the class path, or {@code null} when unknown
   */
  public IncompatibleJedisException(String foundVersion) {
    super("RedPipe needs Jedis " + REQUIRED_MAJOR + " but the class path has Jedis "
        + (foundVersion == null ? "of an unknown version" : foundVersion) + ". " + ACTION);
    this.foundVersion = foundVersion;
  }

  /** What the application must change, as the failure analysis shows it. */
  static final String ACTION = "Spring Boot's dependency management picks its own Jedis"
      + " version: set the property jedis.version to 8.0.2 (or a later 8.x) in a project whose"
      + " parent is spring-boot-starter-parent; with the spring-boot-dependencies BOM imported,"
      + " declare redis.clients:jedis 8.0.2 in <dependencyManagement> before the import; with"
      + " Gradle's dependency-management plugin, set ext['jedis.version'] = '8.0.2'.";

  /**
   * The Jedis version found on the class path.
   *
   * @return the version, or {@code null} when Jedis does not tell it
   */
  public String foundVersion() {
    return foundVersion;
  }

  /**
   * Checks a Jedis version string.
   *
   * @param version the Jedis version, {@code null} when unknown (then nothing is checked)
   * @throws IncompatibleJedisException when the version is older than 8
   */
  static void check(String version) {
    int major = major(version);
    if (major >= 0 && major < REQUIRED_MAJOR) {
      throw new IncompatibleJedisException(version);
    }
  }

  /**
   * The version of the Jedis jar that holds {@link UnifiedJedis}, from the
   * {@code redis/clients/jedis/pom.properties} it ships (which Jedis reads itself).
   *
   * @return the version, or {@code null} when the jar doesn't tell it
   */
  static String versionOnClassPath() {
    try (InputStream in = UnifiedJedis.class.getResourceAsStream(
        "/redis/clients/jedis/pom.properties")) {
      if (in == null) {
        return null;
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      return null;
    }
  }

  /** The major version, or -1 when {@code version} doesn't start with one. */
  static int major(String version) {
    if (version == null) {
      return -1;
    }
    int end = 0;
    while (end < version.length() && Character.isDigit(version.charAt(end))) {
      end++;
    }
    if (end == 0 || end > 9) {
      return -1;
    }
    return Integer.parseInt(version.substring(0, end));
  }
}
