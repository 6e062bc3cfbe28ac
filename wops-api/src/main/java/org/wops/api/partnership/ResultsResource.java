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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.support.Caller;
import org.wops.api.support.CurrentViewer;
import org.wops.api.support.IfMatch;
import org.wops.api.support.RequestLanguage;
import org.wops.domain.partnership.MilestoneTitles;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipReads;
import org.wops.domain.partnership.ResultsTracking;

/** The results a partnership reports (issue 16, item 7). */
@Path("partnerships/{id}/results")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships", description = "Water Operators' Partnerships")
public class ResultsResource {
  @Inject ResultsTracking results;
  @Inject PartnershipReads partnerships;
  @Inject CurrentViewer viewer;
  @Inject MilestoneTitles titles;

  @Context HttpHeaders headers;

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace the partnership's results",
      description =
          "The whole list, in order: each a statement, its kind (OUTPUT, OUTCOME or"
              + " CAPACITY_CHANGE) and optionally an indicator (title, unit, baseline, target and"
              + " actual, each a number or a note or both, and a date at its precision: 2012,"
              + " 2014-06, 2014-06-15). An indicator states numbers at every point or at none"
              + " (qualitative). Accepted in every status."
              + PartnershipResource.WRITERS_NOTE)
  public Response replace(
      @BeanParam PartnershipAtVersion target,
      @Valid @NotNull(message = "is required") ResultInput.Results input) {
    Partnership p =
        results.replaceResults(
            viewer.get(),
            new ResultsTracking.ReplaceResults(
                target.id, target.expected(), ResultInput.toResults(input.results)));
    return IfMatch.changed(
        PartnershipView.of(
            p, partnerships.compliance(p), titles, RequestLanguage.of(null, headers)),
        p.version());
  }
}
