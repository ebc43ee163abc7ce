package io.redpipe.processor;

import java.io.IOException;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * A test processor running {@link RedPipeProcessor} with a filer that throws {@code failure} when
 * asked for a source file whose name contains {@code trigger}: the way to make the processor meet
 * an exception it does not expect, without changing it.
 */
final class FailingFiler extends AbstractProcessor {
  private final RedPipeProcessor delegate = new RedPipeProcessor();
  private final String trigger;
  private final Exception failure;

  /** {@code failure} is an {@code IOException} or a {@code RuntimeException}. */
  FailingFiler(String trigger, Exception failure) {
    this.trigger = trigger;
    this.failure = failure;
  }

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    delegate.init(new SubstitutedEnvironment(env, env.getElementUtils(), new Filing(env.getFiler())));
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
    return delegate.process(annotations, round);
  }

  private final class Filing implements Filer {
    private final Filer filer;

    Filing(Filer filer) {
      this.filer = filer;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
        throws IOException {
      if (name.toString().contains(trigger)) {
        if (failure instanceof IOException) {
          throw (IOException) failure;
        }
        throw (RuntimeException) failure;
      }
      return filer.createSourceFile(name, originatingElements);
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
        throws IOException {
      return filer.createClassFile(name, originatingElements);
    }

    @Override
    public FileObject createResource(
        JavaFileManager.Location location,
        CharSequence moduleAndPkg,
        CharSequence relativeName,
        Element... originatingElements)
        throws IOException {
      return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
    }

    @Override
    public FileObject getResource(
        JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName)
        throws IOException {
      return filer.getResource(location, moduleAndPkg, relativeName);
    }
  }
}
