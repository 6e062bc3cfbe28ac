package org.wops.domain.partnership;

/**
 * What every change of a partnership says: which partnership, and the version the caller saw (null:
 * whatever the current one is, for callers that ask no If-Match). {@link
 * PartnershipWork#change(org.wops.domain.user.Viewer, PartnershipCommand, Permission,
 * java.util.function.Function)} loads and checks it.
 */
public interface PartnershipCommand {
  /** The partnership's id. */
  long id();

  /** The version the caller saw, or null. */
  Long expectedVersion();
}
