package io.redpipe.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
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
 */
@AutoService(Processor.class)
public final class RedPipeProcessor extends AbstractProcessor {
  /** Qualified names of interfaces waiting for missing types, across rounds. */
  private final Set<String> deferred = new LinkedHashSet<>();
  /** connection + prefix → qualified name of the first keyspace using it, across rounds. */
  private final Map<String, String> prefixes = new HashMap<>();
  /** Qualified names of the top-level types compiled from source, across rounds. */
  private final Set<String> sourceTypes = new HashSet<>();
  /** Qualified name of a class this processor wrote → the interface it was written for. */
  private final Map<String, String> written = new HashMap<>();

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
    for (Element root : round.getRootElements()) {
      if (root instanceof TypeElement) {
        sourceTypes.add(((TypeElement) root).getQualifiedName().toString());
      }
    }
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
    if (model.isPresent()) {
      claim(model.get().generatedName().canonicalName(), type, report);
      if (model.get().struct().isPresent()) {
        claim(Names.structClass(type).canonicalName(), type, report);
      }
    }
    if (model.isPresent() && !report.hasErrors()) {
      warnOnSharedPrefix(model.get());
      KeyspaceWriter.write(model.get()).writeTo(processingEnv.getFiler());
      if (model.get().struct().isPresent()) {
        StructWriter.write(model.get()).writeTo(processingEnv.getFiler());
      }
    }
  }

  /**
   * Reserves the name of a class to generate for {@code type}, reporting an error when a source
   * type or a class generated for another interface already has it.
   */
  private void claim(String generated, TypeElement type, Report report) {
    String name = type.getQualifiedName().toString();
    AnnotationMirror keyspace = Annotations.find(type, Annotations.KEYSPACE).orElseThrow();
    String other = written.putIfAbsent(generated, name);
    if (other != null && !other.equals(name)) {
      report.error(Messages.generatedForBoth(generated, name, other), type, keyspace, null);
    } else if (other == null && sourceTypes.contains(generated)) {
      report.error(Messages.generatedNameTaken(generated, name), type, keyspace, null);
    }
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

  private void warnOnSharedPrefix(KeyspaceModel model) {
    String key = model.connection() + '\u0000' + model.prefix();
    String name = model.interfaceName().canonicalName();
    String other = prefixes.putIfAbsent(key, name);
    if (other == null || other.equals(name)) {
      return;
    }
    warn(model.element(), model.prefix(), model.connection(), other);
    TypeElement first = processingEnv.getElementUtils().getTypeElement(other);
    if (first != null) {
      warn(first, model.prefix(), model.connection(), name);
    }
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
