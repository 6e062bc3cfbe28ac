package org.wops.domain.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The secretariat's mapping of one source label, folded ({@link WorkingAreaLabels#normalise}), to a
 * working area of the reference list; or a label seen in an import and not mapped yet (no code),
 * for the secretariat to map once.
 */
@Entity
@Table(name = "working_area_label_mappings")
public class LabelMapping {
  @Id
  @Column(name = "normalised", length = 200)
  private String normalised;

  @Column(name = "label", nullable = false, length = 200)
  private String label;

  @Column(name = "working_area", length = WorkingArea.CODE_MAX)
  private String code;

  @Column(name = "seen", nullable = false)
  private long seen;

  @Column(name = "first_seen_at", nullable = false)
  private OffsetDateTime firstSeenAt;

  @Column(name = "mapped_by", length = 120)
  private String mappedBy;

  @Column(name = "mapped_at")
  private OffsetDateTime mappedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected LabelMapping() {
    // for JPA
  }

  LabelMapping(String normalised, String label, OffsetDateTime at) {
    this.normalised = normalised;
    this.label = label;
    this.firstSeenAt = at;
  }

  void seen() {
    seen++;
  }

  void map(String newCode, String by, OffsetDateTime at) {
    this.code = newCode;
    this.mappedBy = by;
    this.mappedAt = at;
  }

  public String normalised() {
    return normalised;
  }

  /** The label as it was first written. */
  public String label() {
    return label;
  }

  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** How many times an import met the label while it was not mapped. */
  public long seenCount() {
    return seen;
  }

  public OffsetDateTime firstSeenAt() {
    return firstSeenAt;
  }

  public Optional<String> mappedBy() {
    return Optional.ofNullable(mappedBy);
  }

  public Optional<OffsetDateTime> mappedAt() {
    return Optional.ofNullable(mappedAt);
  }
}
