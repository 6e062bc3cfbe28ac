package org.wops.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of 401, 403 and 429 answers that the container itself sends (for example when the
 * authentication mechanism refuses credentials): an RFC 9457 problem like every other API error,
 * instead of the server's HTML page; for pages, the friendly error page.
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
    if (uri instanceof String path && !path.startsWith(request.getContextPath() + "/api/")) {
      // a page, not the API: the friendly error page
      try {
        request.getRequestDispatcher("/error.xhtml").forward(request, response);
      } catch (jakarta.servlet.ServletException e) {
        throw new IOException(e);
      }
      return;
    }
    if (status == 429) {
      response.setStatus(429);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "{\"type\":\"urn:wops:problem:sign-in.throttled\",\"title\":\"Too many failed"
                  + " sign-ins\",\"status\":429,\"detail\":\"Too many failed sign-ins for this"
                  + " account or from this address: wait for the time Retry-After gives, then"
                  + " try again.\"}");
      return;
    }
    boolean forbidden = status == 403;
    String body =
        "{\"type\":\"urn:wops:problem:"
            + (forbidden ? "forbidden" : "unauthorized")
            + "\",\"title\":\""
            + (forbidden ? "Forbidden" : "Unauthorized")
            + "\",\"status\":"
            + status
            + ",\"detail\":\""
            + (forbidden
                ? "Your role does not allow this."
                : "Sign in first: this needs a valid user name and password (HTTP Basic) or a personal API token (Bearer).")
            + "\""
            + (uri instanceof String s ? ",\"instance\":\"" + s.replace("\"", "") + "\"" : "")
            + "}";
    response.setStatus(status);
    if (!forbidden && response.getHeader("WWW-Authenticate") == null) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"WOPs Platform\"");
    }
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body);
  }
}
