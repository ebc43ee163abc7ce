package io.redpipe.processor;

import com.google.auto.service.AutoService;
import com.squareup.javapoet.JavaFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Turns {@code @Keyspace} interfaces into typed keyspace classes, and {@code @Struct} ones into
 * struct classes too. Reading and checking is done by {@link KeyspaceReader}, writing by {@link
 * KeyspaceWriter} and {@link StructWriter}; this class only drives the rounds:
 * it defers interfaces that refer to types not generated yet and reports them in the last round.
 *
 * <p>Isolating (for Gradle's incremental compilation): what is generated for an interface, and
 * whether it is, depends only on that interface and the types it refers to. A class name that is
 * already taken is found by the compiler's {@link javax.annotation.processing.Filer}, which
 * refuses to create it. The one check across interfaces is the shared-prefix warning, which
 * never changes what is generated.
 */
@AutoService(Processor.class)
public final class RedPipeProcessor extends AbstractProcessor {
  /** Qualified names of interfaces waiting for missing types, across rounds. */
  private final Set<String> deferred = new LinkedHashSet<>();
  /** connection + prefix → the keyspaces of this compilation using it, across rounds. */
  private final Map<String, List<PrefixUser>> prefixes = new HashMap<>();
  /**
   * Qualified name of a class this processor wrote → the interface it was written for: only to
   * name that interface when the compiler refuses the same name for another one.
   */
  private final Map<String, String> written = new HashMap<>();

  /** A keyspace using a prefix, and whether it shares it on purpose. */
  private record PrefixUser(String name, boolean onPurpose) {}

  /** Creates the processor; the compiler calls {@link #init} before use. */
  public RedPipeProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Annotations.KEYSPACE, Annotations.STRUCT, Annotations.FIELD);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /**
   * Generates the classes of the {@code @Keyspace} interfaces of this round. Never throws: a bug
   * surfaces as a compile error naming the interface, never as a crash of the compiler.
   */
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(round);
    } catch (RuntimeException | Error e) {
      processingEnv.getMessager().printMessage(
          Diagnostic.Kind.ERROR, Messages.crashed("this round", e));
    }
    return true; // RedPipe's annotations are for this processor only
  }

  private void processRound(RoundEnvironment round) {
    List<TypeElement> types = new ArrayList<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        types.add(type);
      }
    }
    deferred.clear();
    TypeElement keyspace =
        processingEnv.getElementUtils().getTypeElement(Annotations.KEYSPACE);
    if (keyspace != null) {
      for (Element element : round.getElementsAnnotatedWith(keyspace)) {
        if (element instanceof TypeElement) {
          types.add((TypeElement) element);
        }
      }
    }
    reportStructsWithoutKeyspace(round);
    KeyspaceReader reader =
        new KeyspaceReader(
            processingEnv.getElementUtils(),
            new FieldReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils()));
    for (TypeElement type : types) {
      try {
        process(type, reader, round.processingOver());
      } catch (IOException e) {
        processingEnv.getMessager().printMessage(
            Diagnostic.Kind.ERROR,
            Messages.writeFailed(type.getQualifiedName().toString(), e),
            type);
      } catch (RuntimeException | Error e) {
        processingEnv.getMessager().printMessage(
            Diagnostic.Kind.ERROR, Messages.crashed(type.getQualifiedName().toString(), e), type);
      }
    }
  }

  private void process(TypeElement type, KeyspaceReader reader, boolean lastRound)
      throws IOException {
    String name = type.getQualifiedName().toString();
    if (reader.refersToMissingTypes(type)) {
      if (lastRound) {
        processingEnv.getMessager().printMessage(
            Diagnostic.Kind.ERROR, Messages.unresolvedType(name), type);
      } else {
        deferred.add(name);
      }
      return;
    }
    Report report = new Report(processingEnv.getMessager());
    Optional<KeyspaceModel> model = reader.read(type, report);
    if (model.isEmpty() || report.hasErrors()) {
      return;
    }
    warnOnSharedPrefix(model.get());
    if (write(model.get(), KeyspaceWriter.write(model.get()), report)
        && model.get().struct().isPresent()) {
      write(model.get(), StructWriter.write(model.get()), report);
    }
  }

  /**
   * Writes {@code file}; when the compiler refuses its name (a source type or a class generated
   * before already has it), reports that on the interface instead and returns false.
   */
  private boolean write(KeyspaceModel model, JavaFile file, Report report) throws IOException {
    String generated = file.packageName.isEmpty()
        ? file.typeSpec.name
        : file.packageName + "." + file.typeSpec.name;
    String name = model.interfaceName().canonicalName();
    try {
      file.writeTo(processingEnv.getFiler());
    } catch (FilerException e) {
      AnnotationMirror keyspace = Annotations.find(model.element(), Annotations.KEYSPACE).orElseThrow();
      String other = written.get(generated);
      report.error(
          other != null && !other.equals(name)
              ? Messages.generatedForBoth(generated, name, other)
              : Messages.generatedNameTaken(generated, name),
          model.element(),
          keyspace,
          null);
      return false;
    }
    written.put(generated, name);
    return true;
  }

  private void reportStructsWithoutKeyspace(RoundEnvironment round) {
    TypeElement struct = processingEnv.getElementUtils().getTypeElement(Annotations.STRUCT);
    if (struct == null) {
      return;
    }
    for (Element element : round.getElementsAnnotatedWith(struct)) {
      if (Annotations.find(element, Annotations.KEYSPACE).isEmpty()) {
        processingEnv.getMessager().printMessage(
            Diagnostic.Kind.ERROR,
            Messages.structWithoutKeyspace(element.toString()),
            element,
            Annotations.find(element, Annotations.STRUCT).orElse(null));
      }
    }
  }

  /**
   * Warns on both interfaces when another keyspace of this compilation uses the same prefix on
   * the same connection, unless either says {@code sharedPrefix = true}. Only interfaces compiled
   * in the same run are compared (in an incremental build, those recompiled together).
   */
  private void warnOnSharedPrefix(KeyspaceModel model) {
    String key = model.connection() + '\u0000' + model.prefix();
    String name = model.interfaceName().canonicalName();
    List<PrefixUser> users = prefixes.computeIfAbsent(key, k -> new ArrayList<>());
    for (PrefixUser other : users) {
      if (other.name().equals(name)) {
        return;
      }
    }
    for (PrefixUser other : users) {
      if (model.sharedPrefix() || other.onPurpose()) {
        continue;
      }
      warn(model.element(), model.prefix(), model.connection(), other.name());
      TypeElement first = processingEnv.getElementUtils().getTypeElement(other.name());
      if (first != null) {
        warn(first, model.prefix(), model.connection(), name);
      }
    }
    users.add(new PrefixUser(name, model.sharedPrefix()));
  }

  private void warn(TypeElement type, String prefix, String connection, String other) {
    AnnotationMirror mirror = Annotations.find(type, Annotations.KEYSPACE).orElseThrow();
    processingEnv.getMessager().printMessage(
        Diagnostic.Kind.WARNING,
        Messages.duplicatePrefix(type.getQualifiedName().toString(), prefix, connection, other),
        type,
        mirror,
        new Annotations(processingEnv.getElementUtils()).value(mirror, "value"));
  }
}
