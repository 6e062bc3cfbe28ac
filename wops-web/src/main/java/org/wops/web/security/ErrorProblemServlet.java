package org.wops.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.wops.api.support.DatabaseOutage;

/**
 * The error page of 401, 403, 429 and 503 answers that the container itself sends (for example when
 * the authentication mechanism refuses credentials, or the database is out of reach): an RFC 9457
 * problem like every other API error, instead of the server's HTML page; for pages, the friendly
 * error page. A 503 carries {@code Retry-After} (a 429 carries the one the mechanism set).
 */
@WebServlet("/problems/*")
public class ErrorProblemServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : response.getStatus();
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
      response.setHeader(
          DatabaseOutage.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
    }
    if (uri instanceof String path && !path.startsWith(request.getContextPath() + "/api/")) {
      // a page, not the API: the friendly error page
      try {
        request.getRequestDispatcher("/error.xhtml").forward(request, response);
      } catch (jakarta.servlet.ServletException e) {
        throw new IOException(e);
      }
      return;
    }
    String[] problem =
        switch (status) {
          case 401 ->
              new String[] {
                "unauthorized",
                "Unauthorized",
                "Sign in first: this needs a valid user name and password (HTTP Basic) or a personal API token (Bearer)."
              };
          case 403 -> new String[] {"forbidden", "Forbidden", "Your role does not allow this."};
          case 429 ->
              new String[] {
                "sign-in.throttled",
                "Too many failed sign-ins",
                "Too many failed sign-ins for this account or from this address: wait for the time Retry-After gives, then try again."
              };
          case 503 ->
              new String[] {
                "unavailable",
                "Service Unavailable",
                "The platform cannot reach its database at the moment. Try again in a few seconds."
              };
          default ->
              new String[] {
                "internal-error",
                "Internal Server Error",
                "Something went wrong on our side. Try again later."
              };
        };
    String body =
        "{\"type\":\"urn:wops:problem:"
            + problem[0]
            + "\",\"title\":\""
            + problem[1]
            + "\",\"status\":"
            + status
            + ",\"detail\":\""
            + problem[2]
            + "\""
            + (uri instanceof String s ? ",\"instance\":\"" + s.replace("\"", "") + "\"" : "")
            + "}";
    response.setStatus(status);
    if (status == 401 && response.getHeader("WWW-Authenticate") == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"WOPs Platform\"");
    }
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body);
  }
}
