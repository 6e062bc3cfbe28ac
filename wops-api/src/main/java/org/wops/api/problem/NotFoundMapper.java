package org.wops.api.problem;

import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import org.wops.domain.shared.NotFoundException;

/** An unknown id: 404. */
@Provider
public class NotFoundMapper extends ProblemMapper<NotFoundException> {

  @Override
  Problem problemFor(NotFoundException exception) {
    return Problem.of("not-found", Status.NOT_FOUND, exception.getMessage());
  }
}
