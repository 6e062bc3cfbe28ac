package org.wops.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;
import org.wops.api.partnership.PartnershipFilters;
import org.wops.domain.charter.CharterVersion;
import org.wops.domain.charter.Endorsement;
import org.wops.domain.partnership.AgreementTerms;
import org.wops.domain.partnership.Milestone;
import org.wops.domain.partnership.Participant;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PublicationRequest;
import org.wops.domain.partnership.Signature;
import org.wops.domain.partnership.SupportingOrganisation;
import org.wops.domain.reference.Kpi;
import org.wops.domain.reference.LocalizedName;
import org.wops.domain.update.ProgressUpdate;
import org.wops.domain.user.PasswordPolicy;
import org.wops.domain.user.UserAccount;

/**
 * The most characters each text field of the pages takes ({@code maxlength="#{limits['title']}"}):
 * the domain's constants, the same that bound the API's bodies and size the database's columns. The
 * browser stops typing at the limit; the domain refuses a longer value sent anyway, and the page
 * shows that as the field's message.
 */
@Named
@ApplicationScoped
public class Limits extends java.util.AbstractMap<String, Integer> {
  private static final Map<String, Integer> ALL =
      Map.ofEntries(
          Map.entry("partnership.title", Partnership.TITLE_MAX),
          Map.entry("partnership.text", Partnership.TEXT_MAX),
          Map.entry("participant.text", Participant.TEXT_MAX),
          Map.entry("supporter.roleDescription", SupportingOrganisation.ROLE_DESCRIPTION_MAX),
          Map.entry("agreement.text", AgreementTerms.TEXT_MAX),
          Map.entry(
              "budget.fundingDescription",
              org.wops.domain.partnership.Budget.FUNDING_DESCRIPTION_MAX),
          Map.entry("milestone.title", Milestone.TITLE_MAX),
          Map.entry("operator.name", org.wops.domain.operator.Operator.NAME_MAX),
          Map.entry("source.title", org.wops.domain.partnership.Source.TITLE_MAX),
          Map.entry("source.link", org.wops.domain.partnership.Source.LINK_MAX),
          Map.entry("source.note", org.wops.domain.partnership.Source.NOTE_MAX),
          Map.entry("record.evidence", org.wops.domain.partnership.RecordedHistory.EVIDENCE_MAX),
          Map.entry("area.sourceLabel", org.wops.domain.partnership.AreaLabel.LABEL_MAX),
          Map.entry("result.statement", org.wops.domain.partnership.Result.STATEMENT_MAX),
          Map.entry(
              "result.indicator.title", org.wops.domain.partnership.ResultIndicator.TITLE_MAX),
          Map.entry("result.indicator.unit", org.wops.domain.partnership.ResultIndicator.UNIT_MAX),
          Map.entry("result.point.note", org.wops.domain.partnership.ResultPoint.NOTE_MAX),
          Map.entry("signature.signedBy", Signature.SIGNED_BY_MAX),
          Map.entry("update.summary", ProgressUpdate.TEXT_MAX),
          Map.entry("update.reason", ProgressUpdate.REASON_MAX),
          Map.entry("publication.reason", PublicationRequest.REASON_MAX),
          Map.entry("endorsement.endorsedBy", Endorsement.ENDORSED_BY_MAX),
          Map.entry("charter.title", CharterVersion.TITLE_MAX),
          Map.entry("charter.text", CharterVersion.TEXT_MAX),
          Map.entry("reference.code", Kpi.CODE_MAX),
          Map.entry("reference.name", LocalizedName.NAME_MAX),
          Map.entry("reference.unit", Kpi.UNIT_MAX),
          Map.entry("user.username", UserAccount.USERNAME_MAX),
          Map.entry("user.displayName", UserAccount.DISPLAY_NAME_MAX),
          Map.entry("user.password", PasswordPolicy.MAX_LENGTH),
          Map.entry("search.text", PartnershipFilters.TEXT_MAX));

  @Override
  public Integer get(Object key) {
    Integer max = ALL.get(key);
    if (max == null) {
      throw new IllegalArgumentException("no limit named " + key);
    }
    return max;
  }

  @Override
  public java.util.Set<Entry<String, Integer>> entrySet() {
    return ALL.entrySet();
  }
}
