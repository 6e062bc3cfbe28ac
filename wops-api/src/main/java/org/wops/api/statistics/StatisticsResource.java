package org.wops.api.statistics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.support.Caller;
import org.wops.domain.partnership.PartnershipReads;
import org.wops.domain.partnership.PartnershipStatistics;

/** Key figures for dashboards and the public home page. */
@Path("statistics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Counts and sums for dashboards")
public class StatisticsResource {
  @Inject PartnershipReads partnerships;

  @Context SecurityContext security;

  @GET
  @Operation(
      summary =
          "Partnerships by status, type, year, working area and region; operators reached; funds mobilised by source",
      description =
          "The secretariat (ADMIN) gets the figures of every partnership; everyone else, of the"
              + " published ones.")
  public PartnershipStatistics statistics() {
    return partnerships.statistics(!security.isUserInRole(Caller.ADMIN));
  }
}
