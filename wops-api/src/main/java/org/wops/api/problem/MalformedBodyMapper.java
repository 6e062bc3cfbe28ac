package org.wops.api.problem;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wops.api.json.InvalidValueException;

/**
 * A body that is not JSON, or JSON of the wrong shape (a string where a number belongs, an unknown
 * enum value): 400, naming the property when the JSON binding says which. A value of the right JSON
 * type that cannot be taken (a number that does not fit, a date not written YYYY-MM-DD, see {@link
 * org.wops.api.json.JsonBinding}) is {@code invalid-input} naming the field and the rule.
 */
@Provider
public class MalformedBodyMapper extends ProblemMapper<ProcessingException> {
  /** How Yasson names the property whose value it could not read (one wrapper per level). */
  private static final Pattern YASSON_PROPERTY =
      Pattern.compile("Unable to deserialize property '([^']+)'");

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
    List<String> path = new ArrayList<>();
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof JsonParsingException) {
        return Problem.of(
            "malformed-json", Status.BAD_REQUEST, "The body is not well-formed JSON.");
      }
      if (t instanceof JsonbException && t.getMessage() != null) {
        Matcher m = YASSON_PROPERTY.matcher(t.getMessage());
        if (m.lookingAt()) {
          path.add(m.group(1));
        }
      }
      if (t instanceof InvalidValueException invalid) {
        String field = path.isEmpty() ? "body" : String.join(".", path);
        return Problem.of(
                "invalid-input",
                Status.BAD_REQUEST,
                "The request has an invalid value: " + field + " " + invalid.requirement() + ".")
            .withErrors(
                List.of(new Problem.FieldError(field, invalid.rule(), invalid.requirement())));
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
