package org.wops.web.pages.propose;

import java.io.Serializable;
import java.math.BigDecimal;
import org.wops.domain.partnership.Participant;
import org.wops.domain.partnership.ParticipantRole;

/** An operator as the proposer lists it: its role, contributions and what it brings and seeks. */
public class ParticipantRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private Long operatorId;
  private ParticipantRole role;
  private BigDecimal cash;
  private BigDecimal inKind;
  private String responsibilities;
  private String interests;

  public ParticipantRow(ParticipantRole role) {
    this.role = role;
  }

  ParticipantRow(Long operatorId, ParticipantRole role) {
    this(role);
    this.operatorId = operatorId;
  }

  /** Whether an operator is chosen on this line (a line without one is left out). */
  public boolean isChosen() {
    return operatorId != null;
  }

  Participant toParticipant() {
    return new Participant(operatorId, role, cash, inKind, responsibilities, interests);
  }

  public Long getOperatorId() {
    return operatorId;
  }

  public void setOperatorId(Long operatorId) {
    this.operatorId = operatorId;
  }

  public ParticipantRole getRole() {
    return role;
  }

  public void setRole(ParticipantRole role) {
    this.role = role;
  }

  public BigDecimal getCash() {
    return cash;
  }

  public void setCash(BigDecimal cash) {
    this.cash = cash;
  }

  public BigDecimal getInKind() {
    return inKind;
  }

  public void setInKind(BigDecimal inKind) {
    this.inKind = inKind;
  }

  public String getResponsibilities() {
    return responsibilities;
  }

  public void setResponsibilities(String responsibilities) {
    this.responsibilities = responsibilities;
  }

  public String getInterests() {
    return interests;
  }

  public void setInterests(String interests) {
    this.interests = interests;
  }
}
