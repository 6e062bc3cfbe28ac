package org.wops.api.problem;

import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import org.wops.domain.shared.StaleVersionException;

/** The client changed a version that is no longer the latest (If-Match did not match): 412. */
@Provider
public class StaleVersionMapper extends ProblemMapper<StaleVersionException> {

  @Override
  Problem problemFor(StaleVersionException exception) {
    return Problem.of("stale-version", Status.PRECONDITION_FAILED, exception.getMessage());
  }
}
