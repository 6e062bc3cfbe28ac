package org.wops.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.wops.api.support.DatabaseOutage;

/**
 * A page or servlet that failed because the database is out of reach answers 503 with {@code
 * Retry-After}: the error page ({@code /problems/503}, {@link ErrorProblemServlet}) shows the
 * friendly "try again in a moment" page, or a problem for the API. The API's own failures are
 * mapped by its exception mappers; the authentication mechanism's by {@link
 * WopsAuthenticationMechanism} with {@link #unavailable}.
 */
@WebFilter(urlPatterns = "/*")
public class DatabaseOutageFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DatabaseOutageFilter.class.getName());

  @jakarta.inject.Inject @org.eclipse.microprofile.health.Readiness
  org.wops.persistence.schema.DatabaseReadinessCheck readiness;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (IOException | ServletException | RuntimeException e) {
      if (response.isCommitted() || !outage(e, readiness)) {
        throw e;
      }
      unavailable(request, response, e);
    }
  }

  /**
   * Whether a failure is the database's absence: its causes say so, or — a commit that failed as
   * the server went away often says only "rolled back" — the database does not answer now, or did
   * not a moment ago ({@link DatabaseOutage#inAftermath}: the request may have waited for it).
   */
  static boolean outage(
      Throwable failure, org.wops.persistence.schema.DatabaseReadinessCheck readiness) {
    if (DatabaseOutage.causedBy(failure)) {
      return true;
    }
    boolean down =
        readiness != null
            && readiness.call().getStatus()
                == org.eclipse.microprofile.health.HealthCheckResponse.Status.DOWN;
    if (down) {
      DatabaseOutage.seen();
    }
    boolean away = down || DatabaseOutage.inAftermath();
    if (away) {
      LOG.warning(
          () ->
              "A failure while the database does not answer, taken as an outage: "
                  + DatabaseOutage.describe(failure));
    }
    return away;
  }

  /**
   * Answers 503 with {@code Retry-After} through the container's error page for 503, and logs the
   * cause in one line.
   */
  static void unavailable(HttpServletRequest request, HttpServletResponse response, Throwable cause)
      throws IOException {
    LOG.warning(
        () ->
            "The database is out of reach ("
                + request.getMethod()
                + " "
                + request.getRequestURI()
                + "): "
                + DatabaseOutage.describe(cause));
    response.reset();
    response.setHeader(
        DatabaseOutage.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
  }
}
