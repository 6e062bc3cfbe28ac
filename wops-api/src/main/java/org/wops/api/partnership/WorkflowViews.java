package org.wops.api.partnership;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.wops.domain.audit.AuditEntry;
import org.wops.domain.update.ProgressUpdate;

/** What the workflow's answers show. */
public final class WorkflowViews {
  private WorkflowViews() {}

  /** A progress update. */
  public record UpdateView(
      long id,
      long partnershipId,
      LocalDate periodStart,
      LocalDate periodEnd,
      String summary,
      String status,
      String writtenBy,
      OffsetDateTime submittedAt,
      String decidedBy,
      OffsetDateTime decidedAt,
      String returnReason) {
    static UpdateView of(ProgressUpdate u) {
      return new UpdateView(
          u.id(),
          u.partnershipId(),
          u.periodStart(),
          u.periodEnd(),
          u.summary(),
          u.status().name(),
          u.writtenBy(),
          u.submittedAt().orElse(null),
          u.decidedBy().orElse(null),
          u.decidedAt().orElse(null),
          u.returnReason().orElse(null));
    }
  }

  /** One entry of a partnership's audit trail. */
  public record AuditView(
      OffsetDateTime at, String actor, String action, String from, String to, String description) {
    static AuditView of(AuditEntry e) {
      return new AuditView(
          e.at(), e.actor(), e.action(), e.fromValue(), e.toValue(), e.description());
    }
  }
}
