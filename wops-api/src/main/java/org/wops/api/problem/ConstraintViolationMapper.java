package org.wops.api.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Bean Validation failed at the boundary: 400 with one entry per offending field, each naming the
 * constraint it broke ({@code not-blank}, {@code size}, {@code pattern}...).
 */
@Provider
public class ConstraintViolationMapper extends ProblemMapper<ConstraintViolationException> {

  @Override
  Problem problemFor(ConstraintViolationException exception) {
    List<Problem.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(
                v ->
                    new Problem.FieldError(fieldOf(v.getPropertyPath()), ruleOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    String detail =
        errors.size() == 1
            ? "The request has an invalid value: "
                + errors.get(0).field()
                + " "
                + errors.get(0).message()
                + "."
            : "The request has " + errors.size() + " invalid values; see errors.";
    return Problem.of("invalid-input", Status.BAD_REQUEST, detail).withErrors(errors);
  }

  /**
   * The JSON property (or query parameter) a violation concerns; {@code body} when the whole body
   * is missing.
   */
  static String fieldOf(Path path) {
    String field = null;
    boolean inProperty = false;
    for (Path.Node node : path) {
      if (node.getKind() == ElementKind.PARAMETER) {
        field = node.getName();
        inProperty = false;
      } else if (node.getKind() == ElementKind.PROPERTY) {
        field = inProperty ? field + "." + node.getName() : node.getName();
        inProperty = true;
      }
    }
    return field == null ? "body" : field;
  }

  private static String ruleOf(ConstraintViolation<?> violation) {
    String name =
        violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    return name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
