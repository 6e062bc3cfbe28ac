package org.wops.domain.user;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who looks at or changes something, as the access rules see them: a user name (or none, for an
 * anonymous visitor), roles, and the operators and organisations the person acts for.
 */
public record Viewer(
    String username, Set<Role> roles, Set<Long> operatorIds, Set<Long> organisationIds) {
  public Viewer {
    roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    operatorIds = operatorIds == null ? Set.of() : Set.copyOf(operatorIds);
    organisationIds = organisationIds == null ? Set.of() : Set.copyOf(organisationIds);
  }

  /** Somebody who has not signed in. */
  public static Viewer anonymous() {
    return new Viewer(null, Set.of(), Set.of(), Set.of());
  }

  /** A system job (demo data, scheduled scans): acts as an administrator. */
  public static Viewer system(String name) {
    return new Viewer(name, Set.of(Role.ADMIN), Set.of(), Set.of());
  }

  public boolean isAnonymous() {
    return username == null;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean isAdmin() {
    return has(Role.ADMIN);
  }

  /** The name the audit trail records. */
  public String actor() {
    return username == null ? "anonymous" : username;
  }
}
