package io.redpipe.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The Jedis check: Spring Boot 4.0 manages Jedis 7, RedPipe needs 8. The consumer-build test in
 * redpipe-it shows it on a real Boot project; here the check and its report.
 */
class IncompatibleJedisTest {
  @Test
  void theJedisOfThisBuildIsJedis8() {
    assertThat(IncompatibleJedisException.versionOnClassPath()).startsWith("8.");
    assertThatCode(() -> IncompatibleJedisException.check(
        IncompatibleJedisException.versionOnClassPath())).doesNotThrowAnyException();
  }

  @Test
  void jedis7AsSpringBootManagesItFailsWithWhatToSet() {
    assertThatThrownBy(() -> IncompatibleJedisException.check("7.0.0"))
        .isInstanceOf(IncompatibleJedisException.class)
        .hasMessageContaining("RedPipe needs Jedis 8 but the class path has Jedis 7.0.0")
        .hasMessageContaining("jedis.version");
    FailureAnalysis analysis = new IncompatibleJedisFailureAnalyzer()
        .analyze(new IllegalStateException(new IncompatibleJedisException("7.0.0")));
    assertThat(analysis.getDescription()).contains("Jedis 7.0.0");
    assertThat(analysis.getAction()).contains("<dependencyManagement>")
        .contains("spring-boot-starter-parent");
  }

  @Test
  void versionsThatAreNotOlderPassAndUnknownOnesAreNotGuessed() {
    assertThatCode(() -> IncompatibleJedisException.check("8.1.0-SNAPSHOT"))
        .doesNotThrowAnyException();
    assertThatCode(() -> IncompatibleJedisException.check("10.0.0")).doesNotThrowAnyException();
    assertThatCode(() -> IncompatibleJedisException.check(null)).doesNotThrowAnyException();
    assertThat(IncompatibleJedisException.major("6.2.0")).isEqualTo(6);
    assertThat(IncompatibleJedisException.major("x")).isEqualTo(-1);
  }
}
