package org.wops.api.support;

import jakarta.ws.rs.core.SecurityContext;

/** Who makes the request, as the audit trail names them. */
public final class Caller {
  /** Roles that may write: every signed-in role but the donor's. */
  public static final String ADMIN = "ADMIN";

  public static final String COORDINATOR = "COORDINATOR";
  public static final String OPERATOR_EDITOR = "OPERATOR_EDITOR";
  public static final String DONOR = "DONOR";

  private Caller() {}

  public static String name(SecurityContext security) {
    return security == null || security.getUserPrincipal() == null
        ? "anonymous"
        : security.getUserPrincipal().getName();
  }
}
