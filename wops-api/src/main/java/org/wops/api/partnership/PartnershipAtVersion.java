package org.wops.api.partnership;

import jakarta.ws.rs.PathParam;
import org.wops.api.support.IfMatch;

/**
 * What every change of a partnership names: the partnership (path {@code {id}}) and, through
 * If-Match, the version the client expects. Given as {@code @BeanParam}; {@code InputDocumentation}
 * documents both in {@code /openapi}.
 */
public class PartnershipAtVersion extends IfMatch {
  @PathParam("id")
  public long id;
}
