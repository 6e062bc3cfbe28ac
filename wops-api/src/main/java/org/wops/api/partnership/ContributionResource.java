package org.wops.api.partnership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.support.Caller;
import org.wops.api.support.CurrentViewer;
import org.wops.api.support.IfMatch;
import org.wops.api.support.RequestLanguage;
import org.wops.domain.partnership.ContributionService;
import org.wops.domain.partnership.MilestoneTitles;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.partnership.PartnershipReads;

/**
 * A supporting organisation confirms what the partnership says it contributes: only then does the
 * amount count in the public figures (statistics, the home page's key figures).
 */
@Path("partnerships/{id}/supporters/{organisationId}/confirmation")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships", description = "Water Operators' Partnerships")
public class ContributionResource {
  @Inject ContributionService contributions;
  @Inject PartnershipReads partnerships;
  @Inject PartnershipAccess access;
  @Inject CurrentViewer viewer;
  @Inject MilestoneTitles titles;
  @Context HttpHeaders headers;

  @POST
  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR, Caller.DONOR})
  @Operation(
      summary = "Confirm the organisation's contribution to the partnership",
      description =
          "By a COORDINATOR acting for that organisation, or the secretariat; anyone"
              + " else gets 403 urn:wops:problem:access.contribution.confirm. Confirms every role"
              + " the organisation is listed in; changing the amount later un-confirms it. 404 when"
              + " the organisation is not a supporter.")
  public Response confirm(
      @BeanParam PartnershipAtVersion target, @PathParam("organisationId") long organisationId) {
    Partnership p =
        contributions.confirm(target.id, target.expected(), organisationId, viewer.get());
    return IfMatch.changed(
        PartnershipView.of(
            p, partnerships.compliance(p), titles, RequestLanguage.of(null, headers)),
        p.version());
  }
}
