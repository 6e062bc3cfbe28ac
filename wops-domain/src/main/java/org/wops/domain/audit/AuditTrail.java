package org.wops.domain.audit;

import java.util.List;

/** Where audit entries are written and read. */
public interface AuditTrail {
  void record(AuditEntry entry);

  /** The entries of one partnership, oldest first. */
  List<AuditEntry> of(long partnershipId);

  /**
   * The entries of any partnership of one action whose former value begins with {@code
   * fromValuePrefix} (taken as written: no wildcard), newest first.
   */
  List<AuditEntry> withAction(String action, String fromValuePrefix);
}
