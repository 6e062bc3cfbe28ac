package org.wops.domain.charter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.wops.domain.shared.Texts;

/**
 * An operator's signed acceptance of one Charter version: who accepted it for the operator, and
 * when.
 */
@Entity
@Table(name = "endorsements")
public class Endorsement {
  /** The most characters its column holds. */
  public static final int ENDORSED_BY_MAX = 200;

  @Id
  @SequenceGenerator(
      name = "endorsement_seq",
      sequenceName = "endorsement_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "endorsement_seq")
  private Long id;

  @Column(name = "operator_id", nullable = false)
  private long operatorId;

  @Column(name = "charter_version", nullable = false)
  private int charterVersion;

  @Column(name = "endorsed_by", nullable = false, length = ENDORSED_BY_MAX)
  private String endorsedBy;

  @Column(name = "endorsed_at", nullable = false)
  private OffsetDateTime endorsedAt;

  protected Endorsement() {
    // for JPA
  }

  public Endorsement(
      long operatorId, int charterVersion, String endorsedBy, OffsetDateTime endorsedAt) {
    this.operatorId = operatorId;
    this.charterVersion = charterVersion;
    this.endorsedBy =
        Texts.required(endorsedBy, "endorsement.endorsedBy", "endorsedBy", "Who endorses", 200);
    this.endorsedAt = Objects.requireNonNull(endorsedAt, "endorsedAt is required");
  }

  public Long id() {
    return id;
  }

  public long operatorId() {
    return operatorId;
  }

  public int charterVersion() {
    return charterVersion;
  }

  public String endorsedBy() {
    return endorsedBy;
  }

  public OffsetDateTime endorsedAt() {
    return endorsedAt;
  }
}
