package io.redpipe.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains an {@link IncompatibleJedisException} in Spring Boot's start-up failure report. */
public final class IncompatibleJedisFailureAnalyzer
    extends AbstractFailureAnalyzer<IncompatibleJedisException> {

  /** Created by Spring Boot from {@code META-INF/spring.factories}. */
  public IncompatibleJedisFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, IncompatibleJedisException cause) {
    return new FailureAnalysis("RedPipe needs Jedis " + IncompatibleJedisException.REQUIRED_MAJOR
        + ", but the class path has Jedis "
        + (cause.foundVersion() == null ? "of an unknown version" : cause.foundVersion()) + ".",
        IncompatibleJedisException.ACTION, cause);
  }
}
