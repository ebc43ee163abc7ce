package io.redpipe.processor;

import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * A test processor recording every top-level type of every round, so tests of failed compiles
 * can still see which classes were generated.
 */
final class TypeRecorder extends AbstractProcessor {
  final Set<String> types = new LinkedHashSet<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (Element element : round.getRootElements()) {
      if (element instanceof TypeElement) {
        types.add(((TypeElement) element).getQualifiedName().toString());
      }
    }
    return false;
  }
}
