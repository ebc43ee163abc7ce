package io.redpipe.processor;

import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** The compiler's environment with other element utilities and filer, for processor tests. */
final class SubstitutedEnvironment implements ProcessingEnvironment {
  private final ProcessingEnvironment env;
  private final Elements elements;
  private final Filer filer;

  SubstitutedEnvironment(ProcessingEnvironment env, Elements elements, Filer filer) {
    this.env = env;
    this.elements = elements;
    this.filer = filer;
  }

  @Override
  public Map<String, String> getOptions() {
    return env.getOptions();
  }

  @Override
  public Messager getMessager() {
    return env.getMessager();
  }

  @Override
  public Filer getFiler() {
    return filer;
  }

  @Override
  public Elements getElementUtils() {
    return elements;
  }

  @Override
  public Types getTypeUtils() {
    return env.getTypeUtils();
  }

  @Override
  public SourceVersion getSourceVersion() {
    return env.getSourceVersion();
  }

  @Override
  public Locale getLocale() {
    return env.getLocale();
  }
}
