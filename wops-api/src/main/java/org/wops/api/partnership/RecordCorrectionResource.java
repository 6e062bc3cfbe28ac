package org.wops.api.partnership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.support.Caller;
import org.wops.api.support.CurrentViewer;
import org.wops.api.support.IfMatch;
import org.wops.api.support.RequestLanguage;
import org.wops.domain.partnership.MilestoneTitles;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipReads;
import org.wops.domain.partnership.PartnershipStatus;
import org.wops.domain.partnership.RecordCorrections;

/** Correcting the record of a partnership recorded from outside the platform, as evidence comes. */
@Path("partnerships/{id}/record")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships", description = "Water Operators' Partnerships")
public class RecordCorrectionResource {
  @Inject RecordCorrections corrections;
  @Inject PartnershipReads partnerships;
  @Inject CurrentViewer viewer;
  @Inject MilestoneTitles titles;

  @Context HttpHeaders headers;

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR})
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Correct what a recorded partnership's record says",
      description =
          "Its status, its four dates and the facts of its record, all as they should read"
              + " (If-Match: the version read). The secretariat and the partnership's coordinators;"
              + " only the secretariat verifies compliance (VERIFIED_BY_SECRETARIAT), others get"
              + " 403 access.compliance.verify.")
  @APIResponse(responseCode = "200", description = "Corrected")
  @APIResponse(responseCode = "412", description = "If-Match names an older version")
  public Response correct(
      @BeanParam PartnershipAtVersion target,
      @Valid @NotNull(message = "is required") RecordInput.Correction input) {
    Partnership p =
        corrections.correct(
            viewer.get(),
            new RecordCorrections.Correction(
                target.id,
                target.expected(),
                PartnershipStatus.valueOf(input.status),
                input.toDates(),
                input.toFacts()));
    return IfMatch.changed(
        PartnershipView.of(
            p, partnerships.compliance(p), titles, RequestLanguage.of(null, headers)),
        p.version());
  }
}
