package io.redpipe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * A small Maven project of a RedPipe user: its POM is the setup snippet of the documentation plus
 * what the test itself needs (JUnit, pinned plugin versions), its sources come from
 * {@code src/it/consumers}. It is built by the Maven that runs this build, against a local
 * repository holding the packaged RedPipe artifacts, with the user's repository as a read-only
 * tail for everything else.
 */
final class ConsumerProject {
  static final String VERSION = System.getProperty("redpipe.version");
  private static final Path ROOT = Paths.get(System.getProperty("redpipe.it.projectRoot"));
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- (maven-[a-z-]+) -->\\s*```xml\\n(.*?)```", Pattern.DOTALL);

  private final Path dir;

  private ConsumerProject(Path dir) {
    this.dir = dir;
  }

  /** The {@code ```xml} block after {@code <!-- name -->} in a documentation file. */
  static String snippet(String file, String name) {
    String text = read(ROOT.resolve(file));
    Matcher matcher = SNIPPET.matcher(text);
    while (matcher.find()) {
      if (matcher.group(1).equals(name)) {
        return matcher.group(2);
      }
    }
    throw new AssertionError(file + " has no ```xml block after <!-- " + name + " -->");
  }

  /**
   * Creates {@code target/consumers/<name>} from the sources {@code src/it/consumers/<sources>}
   * and a POM made of {@code snippet}; {@code extraDependencies} are more dependency elements.
   */
  static ConsumerProject create(String name, String sources, String snippet,
      String... extraDependencies) {
    Path dir = Paths.get(System.getProperty("redpipe.it.work")).resolve(name);
    try {
      deleteRecursively(dir);
      Path from = Paths.get(System.getProperty("redpipe.it.consumers")).resolve(sources);
      try (Stream<Path> files = Files.walk(from)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Path to = dir.resolve(from.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(to);
          } else {
            Files.copy(file, to);
          }
        }
      }
      // Maven looks upwards for .mvn to find the project's root: stop it here.
      Files.createDirectories(dir.resolve(".mvn"));
      Files.writeString(dir.resolve("pom.xml"), pom(name, snippet, extraDependencies));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ConsumerProject(dir);
  }

  Path dir() {
    return dir;
  }

  /** The result of one Maven run. */
  record Result(int exitCode, String output) {
    boolean succeeded() {
      return exitCode == 0;
    }
  }

  /** Runs Maven with {@code goals} on the JDK at {@code javaHome}, with {@code env} added. */
  Result maven(Path javaHome, Map<String, String> env, String... goals) {
    Path mavenHome = Paths.get(System.getProperty("redpipe.it.mavenHome"));
    boolean windows = System.getProperty("os.name").startsWith("Windows");
    List<String> command = new ArrayList<>();
    command.add(mavenHome.resolve(windows ? "bin/mvn.cmd" : "bin/mvn").toString());
    command.add("-B");
    command.add("-e");
    command.add("--no-transfer-progress");
    if (Boolean.parseBoolean(System.getProperty("redpipe.it.offline"))) {
      command.add("-o");
    }
    command.add("-Dmaven.repo.local=" + System.getProperty("redpipe.it.repository"));
    command.add("-Dmaven.repo.local.tail=" + System.getProperty("redpipe.it.userRepository"));
    command.add("-Dmaven.repo.local.tail.ignoreAvailability=true");
    command.addAll(List.of(goals));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.redirectErrorStream(true);
    builder.redirectOutput(dir.resolve("build.log").toFile());
    builder.environment().put("JAVA_HOME", javaHome.toString());
    builder.environment().remove("MAVEN_OPTS");
    builder.environment().remove("MAVEN_ARGS");
    builder.environment().putAll(env);
    try {
      Process process = builder.start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("the consumer build did not end: " + read(dir.resolve("build.log")));
      }
      return new Result(process.exitValue(), read(dir.resolve("build.log")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The POM: coordinates, Java 17, the snippet's elements, JUnit and pinned plugins. */
  private static String pom(String name, String snippet, String... extraDependencies) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(false);
      Document fragment = factory.newDocumentBuilder()
          .parse(new InputSource(new StringReader("<project>" + snippet + "</project>")));
      Document pom = factory.newDocumentBuilder().newDocument();
      Element project = pom.createElement("project");
      project.setAttribute("xmlns", "http://maven.apache.org/POM/4.0.0");
      pom.appendChild(project);
      add(pom, project, "modelVersion", "4.0.0");
      add(pom, project, "groupId", "com.example");
      add(pom, project, "artifactId", name);
      add(pom, project, "version", "1.0");
      Element properties = add(pom, project, "properties", null);
      add(pom, properties, "maven.compiler.release", "17");
      add(pom, properties, "project.build.sourceEncoding", "UTF-8");
      Element dependencies = null;
      Element plugins = null;
      for (Node node = fragment.getDocumentElement().getFirstChild(); node != null;
          node = node.getNextSibling()) {
        if (!(node instanceof Element)) {
          continue;
        }
        Element element = (Element) pom.importNode(node, true);
        if (element.getTagName().equals("properties")) {
          while (element.getFirstChild() != null) {
            properties.appendChild(element.getFirstChild());
          }
          continue;
        }
        project.appendChild(element);
        if (element.getTagName().equals("dependencies")) {
          dependencies = element;
        }
        if (element.getTagName().equals("build")) {
          plugins = (Element) element.getElementsByTagName("plugins").item(0);
        }
      }
      if (dependencies == null) {
        dependencies = add(pom, project, "dependencies", null);
      }
      for (String extra : extraDependencies) {
        Document parsed = factory.newDocumentBuilder()
            .parse(new InputSource(new StringReader(extra)));
        dependencies.appendChild(pom.importNode(parsed.getDocumentElement(), true));
      }
      Element junit = add(pom, dependencies, "dependency", null);
      add(pom, junit, "groupId", "org.junit.jupiter");
      add(pom, junit, "artifactId", "junit-jupiter");
      add(pom, junit, "version", System.getProperty("redpipe.it.junitVersion"));
      add(pom, junit, "scope", "test");
      if (plugins == null) {
        plugins = add(pom, add(pom, project, "build", null), "plugins", null);
      }
      // The build's own plugin versions, so the consumer build finds them in the user's repository.
      plugin(pom, plugins, "maven-resources-plugin", "redpipe.it.resourcesPluginVersion");
      plugin(pom, plugins, "maven-surefire-plugin", "redpipe.it.surefirePluginVersion");
      StringWriter out = new StringWriter();
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      transformer.transform(new DOMSource(pom), new StreamResult(out));
      return out.toString();
    } catch (Exception e) {
      throw new AssertionError("cannot make a POM of the snippet:\n" + snippet, e);
    }
  }

  private static void plugin(Document pom, Element plugins, String artifactId, String version) {
    Element plugin = add(pom, plugins, "plugin", null);
    add(pom, plugin, "groupId", "org.apache.maven.plugins");
    add(pom, plugin, "artifactId", artifactId);
    add(pom, plugin, "version", System.getProperty(version));
  }

  private static Element add(Document pom, Element parent, String tag, String text) {
    Element element = pom.createElement(tag);
    if (text != null) {
      element.setTextContent(text);
    }
    parent.appendChild(element);
    return element;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertSameSnippet(String name, String first, String second) {
    assertEquals(snippet(first, name), snippet(second, name),
        "the <!-- " + name + " --> snippets of " + first + " and " + second + " differ");
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files.sorted((a, b) -> b.compareTo(a))::iterator) {
        Files.delete(file);
      }
    }
  }
}
