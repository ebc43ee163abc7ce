package io.redpipe.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Reports the errors of one interface and remembers whether there were any. */
final class Report {
  private final Messager messager;
  private int errors;

  Report(Messager messager) {
    this.messager = messager;
  }

  /** Reports an error on an element, or on one of its annotations or annotation values. */
  void error(String message, Element element, AnnotationMirror mirror, AnnotationValue value) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message, element, mirror, value);
  }

  /** Reports an error on an element. */
  void error(String message, Element element) {
    error(message, element, null, null);
  }

  /** Whether any error was reported. */
  boolean hasErrors() {
    return errors > 0;
  }
}
