package io.redpipe.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redpipe.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor is declared isolating for Gradle (META-INF/gradle/incremental.annotation.processors).
 * These tests pin what that promises: every generated file has exactly one originating element,
 * its interface; the processor never lists a package or the round's root elements; and what it
 * generates for an interface is the same whatever else the package holds.
 */
class IsolationTest {
  private static final JavaFileObject USER =
      source(
          "User",
          "@Keyspace(\"U\") @Struct(keyName = \"user_id\")",
          "public interface User { @Field String name(); @Field Long visits(); }");
  private static final JavaFileObject TAGS =
      source("Tags", "@Keyspace(value = \"T\", type = KeyspaceType.SET)", "public interface Tags {}");
  private static final JavaFileObject UNRELATED =
      JavaFileObjects.forSourceLines(
          "test.Unrelated", "package test;", "final class Unrelated { int size; }");

  @Test
  void everyGeneratedFileHasItsInterfaceAsOnlyOriginatingElement() {
    Recording recording = new Recording();
    Compilation compilation = compile(recording, USER, TAGS, UNRELATED);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(recording.originating)
        .containsExactly(
            "test.UserKeyspace", List.of("test.User"),
            "test.UserStruct", List.of("test.User"),
            "test.TagsKeyspace", List.of("test.Tags"));
  }

  @Test
  void neverListsAPackageOrTheRootElements() {
    Recording recording = new Recording();
    assertThat(compile(recording, USER, TAGS, UNRELATED)).succeededWithoutWarnings();
    assertThat(recording.rootElementCalls).isEqualTo(0);
    List<String> scans = new ArrayList<>();
    for (String call : recording.elementCalls) {
      if (call.startsWith("getAll") || call.startsWith("getPackageOf")
          || (call.startsWith("getPackageElement") && !call.equals("getPackageElement(java.lang)"))) {
        scans.add(call);
      }
    }
    assertThat(scans).isEmpty();
    // Types of the package are only ever looked up by a name the generated code uses (the
    // java.lang names it might shadow): never the other sources of the package.
    assertThat(recording.elementCalls).doesNotContain("getTypeElement(test.Unrelated)");
    assertThat(recording.elementCalls).doesNotContain("getTypeElement(test.Tags)");
  }

  @Test
  void generatesTheSameForAnInterfaceWhateverElseThePackageHolds() {
    Compilation alone = compile(new Recording(), USER);
    Compilation together = compile(new Recording(), USER, TAGS, UNRELATED);
    for (String generated : List.of("test.UserKeyspace", "test.UserStruct")) {
      assertThat(text(together, generated)).isEqualTo(text(alone, generated));
    }
  }

  private static String text(Compilation compilation, String type) {
    try {
      return compilation.generatedSourceFile(type).orElseThrow().getCharContent(false).toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static Compilation compile(Recording recording, JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(recording)
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(sources);
  }

  /** Runs the processor with an environment that records what it asks for. */
  private static final class Recording extends AbstractProcessor {
    private final RedPipeProcessor delegate = new RedPipeProcessor();
    final List<String> elementCalls = new ArrayList<>();
    final Map<String, List<String>> originating = new LinkedHashMap<>();
    int rootElementCalls;

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      Elements elements = env.getElementUtils();
      InvocationHandler handler = (proxy, method, args) -> {
        elementCalls.add(describe(method, args));
        try {
          return method.invoke(elements, args);
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      };
      Elements recorded = (Elements) Proxy.newProxyInstance(
          Elements.class.getClassLoader(), new Class<?>[] {Elements.class}, handler);
      delegate.init(new SubstitutedEnvironment(env, recorded, new RecordingFiler(env.getFiler())));
    }

    private static String describe(Method method, Object[] args) {
      StringBuilder call = new StringBuilder(method.getName()).append('(');
      if (args != null) {
        for (int i = 0; i < args.length; i++) {
          call.append(i > 0 ? "," : "").append(args[i] instanceof CharSequence ? args[i] : "_");
        }
      }
      return call.append(')').toString();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, new RoundEnvironment() {
        @Override
        public boolean processingOver() {
          return round.processingOver();
        }

        @Override
        public boolean errorRaised() {
          return round.errorRaised();
        }

        @Override
        public Set<? extends Element> getRootElements() {
          rootElementCalls++;
          return round.getRootElements();
        }

        @Override
        public Set<? extends Element> getElementsAnnotatedWith(TypeElement a) {
          return round.getElementsAnnotatedWith(a);
        }

        @Override
        public Set<? extends Element> getElementsAnnotatedWith(
            Class<? extends java.lang.annotation.Annotation> a) {
          return round.getElementsAnnotatedWith(a);
        }
      });
    }

    private final class RecordingFiler implements Filer {
      private final Filer filer;

      RecordingFiler(Filer filer) {
        this.filer = filer;
      }

      @Override
      public JavaFileObject createSourceFile(CharSequence name, Element... origins)
          throws IOException {
        List<String> names = new ArrayList<>();
        for (Element origin : origins) {
          names.add(((TypeElement) origin).getQualifiedName().toString());
        }
        originating.put(name.toString(), names);
        return filer.createSourceFile(name, origins);
      }

      @Override
      public JavaFileObject createClassFile(CharSequence name, Element... origins)
          throws IOException {
        originating.put(name.toString(), List.of("a class file"));
        return filer.createClassFile(name, origins);
      }

      @Override
      public FileObject createResource(JavaFileManager.Location location, CharSequence pkg,
          CharSequence relativeName, Element... origins) throws IOException {
        originating.put(relativeName.toString(), List.of("a resource"));
        return filer.createResource(location, pkg, relativeName, origins);
      }

      @Override
      public FileObject getResource(JavaFileManager.Location location, CharSequence pkg,
          CharSequence relativeName) throws IOException {
        return filer.getResource(location, pkg, relativeName);
      }
    }
  }
}
