package org.wops.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One recorded change of a partnership: who, when, what kind of change ({@code action}, e.g. {@code
 * status.changed} or {@code details.edited}), the value before and after where there is one, and a
 * readable description.
 */
@Entity
@Table(name = "audit_entries")
public class AuditEntry {
  private static final int VALUE_MAX = 2000;

  @Id
  @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
  private Long id;

  @Column(name = "partnership_id", nullable = false)
  private long partnershipId;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime at;

  @Column(name = "actor", nullable = false, length = 200)
  private String actor;

  @Column(name = "action", nullable = false, length = 60)
  private String action;

  @Column(name = "from_value", length = VALUE_MAX)
  private String fromValue;

  @Column(name = "to_value", length = VALUE_MAX)
  private String toValue;

  @Column(name = "description", nullable = false, length = VALUE_MAX)
  private String description;

  protected AuditEntry() {
    // for JPA
  }

  public AuditEntry(
      long partnershipId,
      OffsetDateTime at,
      String actor,
      String action,
      String fromValue,
      String toValue,
      String description) {
    this.partnershipId = partnershipId;
    this.at = Objects.requireNonNull(at, "at is required");
    this.actor = Objects.requireNonNull(actor, "actor is required");
    this.action = Objects.requireNonNull(action, "action is required");
    this.fromValue = clip(fromValue);
    this.toValue = clip(toValue);
    this.description = clip(Objects.requireNonNull(description, "description is required"));
  }

  private static String clip(String value) {
    return value == null || value.length() <= VALUE_MAX
        ? value
        : value.substring(0, VALUE_MAX - 1) + "…";
  }

  public Long id() {
    return id;
  }

  public long partnershipId() {
    return partnershipId;
  }

  public OffsetDateTime at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String fromValue() {
    return fromValue;
  }

  public String toValue() {
    return toValue;
  }

  public String description() {
    return description;
  }
}
