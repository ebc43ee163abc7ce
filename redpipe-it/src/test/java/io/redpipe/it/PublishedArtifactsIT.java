package io.redpipe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * What Maven Central and modular applications need of the published modules, checked on the jars
 * and POMs this build made: module names, sources and javadoc jars, complete metadata, a BOM
 * that lists every published module.
 */
class PublishedArtifactsIT {
  private static final Path ROOT = Paths.get(System.getProperty("redpipe.it.projectRoot"));
  private static final String VERSION = System.getProperty("redpipe.version");
  private static final List<String> PUBLISHED =
      List.of("redpipe-annotations", "redpipe-runtime", "redpipe-processor", "redpipe-testkit",
          "redpipe-micrometer", "redpipe-opentelemetry", "redpipe-spring-boot-starter");

  @ParameterizedTest
  @CsvSource({
    "redpipe-annotations, io.redpipe.annotations",
    "redpipe-runtime,     io.redpipe.runtime",
    "redpipe-processor,   io.redpipe.processor",
    "redpipe-testkit,     io.redpipe.testkit",
    "redpipe-micrometer,  io.redpipe.micrometer",
    "redpipe-opentelemetry, io.redpipe.opentelemetry",
    "redpipe-spring-boot-starter, io.redpipe.spring.boot",
    "redpipe-spring-boot-example, io.redpipe.examples.spring",
    "redpipe-examples,    io.redpipe.examples",
  })
  void everyJarNamesItsModule(String module, String name) throws IOException {
    try (JarFile jar = new JarFile(jar(module, "").toFile())) {
      assertEquals(name, jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
    }
  }

  @Test
  void everyPublishedModuleHasSourcesAndJavadocJars() throws IOException {
    for (String module : PUBLISHED) {
      try (JarFile sources = new JarFile(jar(module, "-sources").toFile());
          JarFile javadoc = new JarFile(jar(module, "-javadoc").toFile())) {
        assertTrue(sources.stream().anyMatch(e -> e.getName().endsWith(".java")), module);
        assertNotNull(javadoc.getEntry("index.html"), module + " javadoc has no index.html");
      }
    }
  }

  @Test
  void thePomsHaveWhatMavenCentralAsksFor() throws Exception {
    Document parent = xml(ROOT.resolve("pom.xml"));
    Document bom = xml(ROOT.resolve("redpipe-bom/pom.xml"));
    for (Document pom : List.of(parent, bom)) {
      for (String path : List.of("name", "description", "url", "licenses/license/name",
          "licenses/license/url", "developers/developer/name", "scm/url", "scm/connection",
          "scm/developerConnection")) {
        assertFalse(text(pom, "/project/" + path).isBlank(), "no " + path);
      }
    }
    String url = text(parent, "/project/properties/redpipe.url");
    assertEquals(url, text(bom, "/project/url"), "the BOM's url");
    assertEquals(url, text(bom, "/project/scm/url"), "the BOM's scm url");
    for (String module : PUBLISHED) {
      Document pom = xml(ROOT.resolve(module).resolve("pom.xml"));
      assertFalse(text(pom, "/project/name").isBlank(), module + " has no name");
      assertFalse(text(pom, "/project/description").isBlank(), module + " has no description");
    }
  }

  /** The BOM has no parent (see its POM); what it repeats must stay equal to the parent's. */
  @Test
  void theBomListsEveryPublishedModuleAtTheBuildsVersion() throws Exception {
    Document parent = xml(ROOT.resolve("pom.xml"));
    Document bom = xml(ROOT.resolve("redpipe-bom/pom.xml"));
    assertEquals(VERSION, text(bom, "/project/version"));
    assertEquals("", text(bom, "/project/parent/artifactId"), "the BOM must have no parent");
    NodeList managed = (NodeList) xpath().evaluate(
        "/project/dependencyManagement/dependencies/dependency/artifactId", bom,
        XPathConstants.NODESET);
    List<String> artifacts = new ArrayList<>();
    for (int i = 0; i < managed.getLength(); i++) {
      artifacts.add(managed.item(i).getTextContent());
    }
    assertEquals(PUBLISHED, artifacts);
    NodeList properties = (NodeList) xpath().evaluate("/project/properties/*[contains(name(),"
        + " '-plugin.version')]", bom, XPathConstants.NODESET);
    for (int i = 0; i < properties.getLength(); i++) {
      String name = properties.item(i).getNodeName();
      assertEquals(text(parent, "/project/properties/" + name),
          properties.item(i).getTextContent(), "the BOM's " + name);
    }
  }

  private static Path jar(String module, String classifier) {
    Path jar = ROOT.resolve(module).resolve("target")
        .resolve(module + "-" + VERSION + classifier + ".jar");
    assertTrue(Files.isRegularFile(jar), jar + " was not built");
    return jar;
  }

  private static Document xml(Path file) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
  }

  private static String text(Document pom, String path) throws Exception {
    return ((String) xpath().evaluate(path, pom, XPathConstants.STRING)).trim();
  }

  private static XPath xpath() {
    return XPathFactory.newInstance().newXPath();
  }
}
