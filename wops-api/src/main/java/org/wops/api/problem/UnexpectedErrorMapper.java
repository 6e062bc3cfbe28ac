package org.wops.api.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.wops.api.support.DatabaseOutage;
import org.wops.domain.shared.LostRace;

/**
 * A concurrent write that lost the race (optimistic lock): 409. The database out of reach: 503 with
 * {@code Retry-After} ({@link DatabaseOutage}). Anything else is our fault: 500 with an incident id
 * that is also in the server log, and never a stack trace in the answer.
 */
@Provider
public class UnexpectedErrorMapper extends ProblemMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    Response response = super.toResponse(exception);
    return response.getStatus() == Status.SERVICE_UNAVAILABLE.getStatusCode()
        ? Response.fromResponse(response)
            .header(DatabaseOutage.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
            .build()
        : response;
  }

  @Override
  Problem problemFor(Throwable exception) {
    if (DatabaseOutage.causedBy(exception)) {
      LOG.warning(() -> "The database is out of reach: " + DatabaseOutage.describe(exception));
      return Problem.of(
          "unavailable",
          Status.SERVICE_UNAVAILABLE,
          "The platform cannot reach its database at the moment. Try again in a few seconds.");
    }
    if (LostRace.in(exception)) {
      return Problem.of(
          "conflict",
          Status.CONFLICT,
          "Someone else changed this at the same moment; nothing of yours was saved. Reload and try again.");
    }
    if (DatabaseOutage.inAftermath()) {
      // a failure that says nothing of why, just after the database was out of reach
      LOG.warning(
          () ->
              "A failure right after the database was out of reach, taken as the outage's: "
                  + DatabaseOutage.describe(exception));
      return Problem.of(
          "unavailable",
          Status.SERVICE_UNAVAILABLE,
          "The platform cannot reach its database at the moment. Try again in a few seconds.");
    }
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
