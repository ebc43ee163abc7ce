package io.redpipe.it;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds installed JDKs by their {@code release} file. */
final class Jdks {
  private static final Pattern VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)");

  private Jdks() {}

  /** The JDK running this test. */
  static Path current() {
    return Paths.get(System.getProperty("java.home"));
  }

  /** The feature version of the JDK at {@code home}, or 0 when it is no JDK. */
  static int featureVersion(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/javac"))) {
      return 0;
    }
    try {
      Matcher matcher = VERSION.matcher(Files.readString(release));
      return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
  }

  /**
   * The newest installed JDK of at least {@code minimum}: the one named by the system property
   * {@code redpipe.it.newJdk} or the variable {@code REDPIPE_NEW_JDK} when set, else the newest
   * found where JDKs are usually installed.
   */
  static Optional<Path> atLeast(int minimum) {
    String given = System.getProperty("redpipe.it.newJdk", System.getenv("REDPIPE_NEW_JDK"));
    if (given != null && !given.isBlank()) {
      Path home = Paths.get(given);
      return featureVersion(home) >= minimum ? Optional.of(home) : Optional.empty();
    }
    Path best = null;
    int bestVersion = 0;
    for (Path home : candidates()) {
      int version = featureVersion(home);
      if (version >= minimum && version > bestVersion) {
        best = home;
        bestVersion = version;
      }
    }
    return Optional.ofNullable(best);
  }

  private static List<Path> candidates() {
    String userHome = System.getProperty("user.home");
    List<Path> roots = List.of(
        Paths.get("/usr/lib/jvm"),
        Paths.get("/usr/java"),
        Paths.get("/opt/java"),
        Paths.get("/Library/Java/JavaVirtualMachines"),
        Paths.get(userHome, ".sdkman", "candidates", "java"),
        Paths.get(userHome, ".jdks"));
    List<Path> homes = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
        for (Path entry : entries) {
          homes.add(entry);
          homes.add(entry.resolve("Contents/Home"));
        }
      } catch (IOException e) {
        // an unreadable directory holds no JDK we can use
      }
    }
    return homes;
  }
}
