package io.redpipe.testkit;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/** Finds a {@code redis-server} executable: on the PATH, or inside the embedded-redis jar. */
public final class RedisBinaries {
  private static final Object LOCK = new Object();
  private static Path extracted;

  private RedisBinaries() {}

  /**
   * The first executable {@code redis-server} on the {@code PATH}, if any.
   *
   * @return the executable on the {@code PATH}, or empty when there is none
   */
  public static Optional<Path> onPath() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, "redis-server");
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The {@code redis-server} binary shipped in the embedded-redis artifact, copied once per JVM
   * into a temporary file that is deleted when the JVM exits.
   *
   * @return the path of the extracted embedded binary
   */
  public static Path embedded() {
    synchronized (LOCK) {
      if (extracted != null && Files.isExecutable(extracted)) {
        return extracted;
      }
      String resource = embeddedResourceName();
      try (InputStream in = RedisBinaries.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("the embedded-redis artifact has no " + resource
              + "; put redis-server on the PATH or set REDIS_URL");
        }
        Path dir = Files.createTempDirectory("redpipe-redis-");
        Path binary = dir.resolve("redis-server");
        Files.copy(in, binary, StandardCopyOption.REPLACE_EXISTING);
        if (!binary.toFile().setExecutable(true, true)) {
          throw new IllegalStateException("cannot make " + binary + " executable");
        }
        binary.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        extracted = binary;
        return binary;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot extract the embedded redis-server", e);
      }
    }
  }

  /**
   * The PATH binary when there is one, else the embedded one.
   *
   * @return the binary to start servers from
   */
  public static Path best() {
    return onPath().orElseGet(RedisBinaries::embedded);
  }

  private static String embeddedResourceName() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    boolean arm = arch.contains("aarch64") || arch.contains("arm");
    boolean x64 = arch.contains("64");
    if (os.contains("linux")) {
      if (arm) {
        return "redis-server-6.2.7-linux-arm64";
      }
      return x64 ? "redis-server-6.2.6-v5-linux-amd64" : "redis-server-6.2.7-linux-386";
    }
    if (os.contains("mac")) {
      return arm ? "redis-server-6.2.6-v5-darwin-arm64" : "redis-server-6.2.6-v5-darwin-amd64";
    }
    throw new IllegalStateException("no embedded redis-server for " + os + "/" + arch
        + "; put redis-server on the PATH or set REDIS_URL");
  }
}
