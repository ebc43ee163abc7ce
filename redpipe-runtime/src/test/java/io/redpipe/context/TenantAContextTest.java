package io.redpipe.context;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** Tenant "a", run in parallel with {@link TenantBContextTest}. */
@Execution(ExecutionMode.CONCURRENT)
class TenantAContextTest extends TenantWorkload {
  TenantAContextTest() {
    super("tenant-a");
  }
}
