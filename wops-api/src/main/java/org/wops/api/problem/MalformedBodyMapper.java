package org.wops.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A body that is not JSON, or JSON of the wrong shape (a string where a number belongs, an unknown
 * enum value): 400, naming the property when the JSON binding says which.
 */
@Provider
public class MalformedBodyMapper extends ProblemMapper<ProcessingException> {

  @Override
  Problem problemFor(ProcessingException exception) {
    return malformed(exception);
  }

  /**
   * Reads the whole chain of causes: the JSON binding names the property in a wrapper, not in the
   * root cause.
   */
  static Problem malformed(Throwable exception) {
    String property = null;
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonParsingException) {
        return Problem.of(
            "malformed-json", Status.BAD_REQUEST, "The body is not well-formed JSON.");
      }
      if (property == null && t instanceof JsonbException) {
        property = WebApplicationExceptionMapper.propertyNamedIn(t.getMessage());
      }
    }
    Problem problem =
        Problem.of(
            "malformed-json",
            Status.BAD_REQUEST,
            property == null
                ? "The body could not be read as the expected JSON document."
                : "The property '"
                    + property
                    + "' has a value of the wrong type or an unknown value.");
    return property == null
        ? problem
        : problem.withErrors(
            List.of(
                new Problem.FieldError(
                    property, "type", "has a value of the wrong type or an unknown value")));
  }
}
