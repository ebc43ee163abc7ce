package io.redpipe.context;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/** Tenant "b", run in parallel with {@link TenantAContextTest}. */
@Execution(ExecutionMode.CONCURRENT)
class TenantBContextTest extends TenantWorkload {
  TenantBContextTest() {
    super("tenant-b");
  }
}
