package org.wops.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;

/** A participating operator's signature of the agreement: who signed for it, and when. */
@Embeddable
public class Signature {
  /** The most characters its column holds. */
  public static final int SIGNED_BY_MAX = 200;

  @Column(name = "operator_id", nullable = false)
  private long operatorId;

  @Column(name = "signed_by", nullable = false, length = SIGNED_BY_MAX)
  private String signedBy;

  @Column(name = "signed_at", nullable = false)
  private OffsetDateTime signedAt;

  protected Signature() {
    // for JPA
  }

  Signature(long operatorId, String signedBy, OffsetDateTime signedAt) {
    this.operatorId = operatorId;
    this.signedBy =
        org.wops.domain.shared.Texts.required(
            signedBy, "signature.signed-by", "signedBy", "Who signs", SIGNED_BY_MAX);
    this.signedAt = signedAt;
  }

  public long operatorId() {
    return operatorId;
  }

  public String signedBy() {
    return signedBy;
  }

  public OffsetDateTime signedAt() {
    return signedAt;
  }
}
