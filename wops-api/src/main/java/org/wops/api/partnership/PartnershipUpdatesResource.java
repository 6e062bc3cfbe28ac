package org.wops.api.partnership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.support.Caller;
import org.wops.api.support.CurrentViewer;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.update.ProgressUpdate;
import org.wops.domain.update.ProgressUpdateService;

/** The progress updates of one partnership: write one, list them. */
@Path("partnerships/{id}/updates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress updates", description = "Reports on a period, with their approval workflow")
public class PartnershipUpdatesResource {
  @Inject ProgressUpdateService updates;

  @Context UriInfo uriInfo;
  @Context SecurityContext security;

  @Inject PartnershipAccess access;
  @Inject CurrentViewer viewer;

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Write a progress update (a draft)")
  public Response write(
      @PathParam("id") long partnershipId,
      @Valid @NotNull(message = "is required") WorkflowInputs.Update input) {
    ProgressUpdate u =
        updates.write(
            viewer.get(), partnershipId, input.periodStart, input.periodEnd, input.summary);
    return Response.created(
            uriInfo.getBaseUriBuilder().path("updates").path(String.valueOf(u.id())).build())
        .entity(WorkflowViews.UpdateView.of(u))
        .build();
  }

  @GET
  @Operation(
      summary = "The progress updates of a partnership, newest first",
      description = "The public sees approved updates; writers and coordinators see all.")
  public List<WorkflowViews.UpdateView> ofPartnership(@PathParam("id") long partnershipId) {
    access.readable(viewer.get(), partnershipId);
    return updates.ofPartnership(partnershipId).stream()
        .filter(u -> ProgressUpdateResource.visible(access, viewer.get(), u))
        .map(WorkflowViews.UpdateView::of)
        .toList();
  }
}
