package org.wops.domain.partnership;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import java.util.Objects;

/**
 * A part of the partnership aggregate that has an identity of its own (a milestone, an activity, an
 * output, an indicator, an assessment): an id from the parts' sequence and the partnership it
 * belongs to. Parts are created and changed only through their {@link Partnership}.
 */
@MappedSuperclass
public abstract class PartnershipPart {
  @Id
  @SequenceGenerator(name = "part_seq", sequenceName = "partnership_child_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "part_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "partnership_id", nullable = false)
  private Partnership partnership;

  protected PartnershipPart() {
    // for JPA
  }

  PartnershipPart(Partnership partnership) {
    this.partnership = Objects.requireNonNull(partnership, "partnership is required");
  }

  /** The id, once the partnership has been stored. */
  public Long id() {
    return id;
  }

  boolean hasId(long wanted) {
    return id != null && id == wanted;
  }
}
