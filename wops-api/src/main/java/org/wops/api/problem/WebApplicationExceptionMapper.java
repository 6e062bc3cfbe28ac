package org.wops.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Errors the HTTP layer itself raises: unknown path (404), method not allowed (405), unsupported
 * media type (415), unreadable or malformed JSON (400)... each as a problem instead of the server's
 * HTML page.
 */
@Provider
public class WebApplicationExceptionMapper extends ProblemMapper<WebApplicationException> {
  private static final Pattern JSONB_PROPERTY = Pattern.compile("property '?([A-Za-z0-9_]+)'?");

  @Context SecurityContext security;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Response response = super.toResponse(exception);
    if (response.getStatus() == 401) {
      return Response.fromResponse(response)
          .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"WOPs Platform\"")
          .build();
    }
    return response;
  }

  @Override
  Problem problemFor(WebApplicationException exception) {
    int code = exception.getResponse().getStatus();
    boolean anonymous = security == null || security.getUserPrincipal() == null;
    if (code == 401 || (code == 403 && anonymous)) {
      return Problem.of(
          "unauthorized",
          Status.UNAUTHORIZED,
          "Sign in first: this needs a user name and password (HTTP Basic) of a user with the right role.");
    }
    if (code == 403) {
      return Problem.of(
          "forbidden",
          Status.FORBIDDEN,
          "Your role does not allow this (" + security.getUserPrincipal().getName() + ").");
    }
    Response.StatusType status = exception.getResponse().getStatusInfo();
    if (status.getStatusCode() == 400 && causedByJsonBinding(exception)) {
      return MalformedBodyMapper.malformed(exception);
    }
    String kind =
        switch (status.getStatusCode()) {
          case 400 -> "malformed-request";
          case 404 -> "not-found";
          case 405 -> "method-not-allowed";
          case 406 -> "not-acceptable";
          case 413 -> "payload-too-large";
          case 415 -> "unsupported-media-type";
          default -> "http-" + status.getStatusCode();
        };
    String detail =
        switch (status.getStatusCode()) {
          case 404 -> "There is nothing at this address.";
          case 405 -> "This address does not accept that HTTP method.";
          case 406 -> "This address cannot answer in the requested media type.";
          case 415 -> "This address does not accept that media type; send application/json.";
          default -> status.getReasonPhrase();
        };
    return Problem.of(kind, status, detail);
  }

  private static boolean causedByJsonBinding(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonParsingException) {
        return true;
      }
    }
    return false;
  }

  static String propertyNamedIn(String message) {
    if (message == null) {
      return null;
    }
    Matcher m = JSONB_PROPERTY.matcher(message);
    return m.find() ? m.group(1) : null;
  }
}
