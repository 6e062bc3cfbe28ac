package org.wops.api.problem;

import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything else is our fault: 500 with an incident id that is also in the server log, and never a
 * stack trace in the answer.
 */
@Provider
public class UnexpectedErrorMapper extends ProblemMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  Problem problemFor(Throwable exception) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, exception);
    return Problem.of(
        "internal-error",
        Status.INTERNAL_SERVER_ERROR,
        "Something went wrong on our side (incident "
            + incident
            + "). Nothing was saved; try again later.");
  }
}
