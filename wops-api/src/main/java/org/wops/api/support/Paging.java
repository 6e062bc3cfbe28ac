package org.wops.api.support;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.wops.domain.shared.PageRequest;

/**
 * The page of a listing a client asks for: {@code page} (from 0) and {@code size} (1 to 200), the
 * query parameters of every paged listing. Given as {@code @Valid @BeanParam}; {@code
 * InputDocumentation} documents its fields in {@code /openapi}.
 */
public class Paging {
  @QueryParam("page")
  @DefaultValue("0")
  @Pattern(regexp = "\\d{1,6}", message = "must be a page number from 0")
  public String page;

  @QueryParam("size")
  @DefaultValue("20")
  @Pattern(regexp = "\\d{1,3}", message = "must be a number from 1 to 200")
  public String size;

  /** The page asked for, counted (the domain refuses a size outside 1 to 200). */
  public PageRequest request() {
    return new PageRequest(Integer.parseInt(page), Integer.parseInt(size));
  }
}
