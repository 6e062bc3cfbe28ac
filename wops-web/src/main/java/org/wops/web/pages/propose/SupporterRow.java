package org.wops.web.pages.propose;

import java.io.Serializable;
import java.math.BigDecimal;
import org.wops.domain.partnership.SupporterRole;
import org.wops.domain.partnership.SupportingOrganisation;

/** An organisation as the proposer lists it: how it supports the partnership, and with what. */
public class SupporterRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private Long organisationId;
  private SupporterRole role = SupporterRole.FUNDER;
  private String roleDescription;
  private BigDecimal contribution;

  /** Whether an organisation is chosen on this line (a line without one is left out). */
  public boolean isChosen() {
    return organisationId != null;
  }

  SupportingOrganisation toSupporter() {
    return new SupportingOrganisation(organisationId, role, roleDescription, contribution);
  }

  public Long getOrganisationId() {
    return organisationId;
  }

  public void setOrganisationId(Long organisationId) {
    this.organisationId = organisationId;
  }

  public SupporterRole getRole() {
    return role;
  }

  public void setRole(SupporterRole role) {
    this.role = role;
  }

  /** The role in the proposer's words ("partenaire technique"), optional. */
  public String getRoleDescription() {
    return roleDescription;
  }

  public void setRoleDescription(String roleDescription) {
    this.roleDescription = roleDescription;
  }

  public BigDecimal getContribution() {
    return contribution;
  }

  public void setContribution(BigDecimal contribution) {
    this.contribution = contribution;
  }
}
