package io.redpipe.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/** Reads annotation attributes from mirrors, so {@code Class} values never need loading. */
final class Annotations {
  static final String KEYSPACE = "io.redpipe.annotations.Keyspace";
  static final String FIELD = "io.redpipe.annotations.Field";
  static final String STRUCT = "io.redpipe.annotations.Struct";

  private final Elements elements;

  Annotations(Elements elements) {
    this.elements = elements;
  }

  /** The annotation of type {@code qualifiedName} on {@code element}, if present. */
  static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** The value of attribute {@code name}, explicit or default. */
  AnnotationValue value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return e.getValue();
      }
    }
    throw new IllegalArgumentException("no attribute " + name + " in " + mirror);
  }

  /** The value of attribute {@code name} if it is written in the source. */
  static Optional<AnnotationValue> explicit(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  String string(AnnotationMirror mirror, String name) {
    return (String) value(mirror, name).getValue();
  }

  int intValue(AnnotationMirror mirror, String name) {
    return ((Number) value(mirror, name).getValue()).intValue();
  }

  long longValue(AnnotationMirror mirror, String name) {
    return ((Number) value(mirror, name).getValue()).longValue();
  }

  /** The elements of a {@code String[]} attribute, explicit or default, in source order. */
  List<AnnotationValue> strings(AnnotationMirror mirror, String name) {
    List<AnnotationValue> values = new ArrayList<>();
    for (Object element : (List<?>) value(mirror, name).getValue()) {
      values.add((AnnotationValue) element);
    }
    return values;
  }

  boolean bool(AnnotationMirror mirror, String name) {
    return (Boolean) value(mirror, name).getValue();
  }

  <E extends Enum<E>> E enumValue(AnnotationMirror mirror, String name, Class<E> type) {
    VariableElement constant = (VariableElement) value(mirror, name).getValue();
    return Enum.valueOf(type, constant.getSimpleName().toString());
  }
}
