package org.wops.api.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code type} is a stable URI per kind of error ({@code
 * urn:wops:problem:...}); {@code errors} lists the offending fields with the rule each broke.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);
  public static final String TYPE_PREFIX = "urn:wops:problem:";

  public Problem {
    errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
  }

  /**
   * One offending field: its name (a JSON property or query parameter), the rule it broke, and why.
   */
  public record FieldError(String field, String rule, String message) {}

  public static Problem of(String kind, Response.StatusType status, String detail) {
    return new Problem(
        TYPE_PREFIX + kind, status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
  }

  public Problem withErrors(List<FieldError> fieldErrors) {
    return new Problem(type, title, status, detail, instance, fieldErrors);
  }

  public Problem at(String path) {
    return new Problem(type, title, status, detail, path, errors);
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA).entity(this).build();
  }
}
