package org.wops.api.operator;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/**
 * The operators' search text, as a bean parameter: Payara's OpenAPI generator (6.2025.10) fails on
 * a {@code @Size} on a resource method's own parameter, and reads it on a field.
 */
public class OperatorSearch {
  public static final int TEXT_MAX = 200;

  @QueryParam("q")
  @Size(max = TEXT_MAX, message = "can be at most {max} characters")
  public String q;
}
