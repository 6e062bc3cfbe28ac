package org.wops.api.problem;

import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import org.wops.domain.shared.AccessDenied;

/** Signed in, but not allowed to do this to this record: 403 with the rule's code. */
@Provider
public class AccessDeniedMapper extends ProblemMapper<AccessDenied> {

  @Override
  Problem problemFor(AccessDenied exception) {
    return Problem.of(exception.code(), Status.FORBIDDEN, exception.getMessage());
  }
}
