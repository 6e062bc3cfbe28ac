package org.wops.api.partnership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.support.Caller;
import org.wops.domain.update.ProgressUpdateService;

/** A progress update and its approval: submit, approve, return with a reason. */
@Path("updates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress updates", description = "Reports on a period, with their approval workflow")
public class ProgressUpdateResource {
  @Context SecurityContext security;

  @Inject ProgressUpdateService updates;

  @GET
  @Path("{updateId}")
  @Operation(summary = "One progress update")
  public WorkflowViews.UpdateView get(@PathParam("updateId") long updateId) {
    return WorkflowViews.UpdateView.of(updates.get(updateId));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @PUT
  @Path("{updateId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Revise a draft or returned update")
  public WorkflowViews.UpdateView revise(
      @PathParam("updateId") long updateId,
      @Valid @NotNull(message = "is required") WorkflowInputs.Update input) {
    return WorkflowViews.UpdateView.of(
        updates.revise(
            updateId, input.periodStart, input.periodEnd, input.summary, Caller.name(security)));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{updateId}/submit")
  @Operation(summary = "Submit the update to the coordinators")
  public WorkflowViews.UpdateView submit(@PathParam("updateId") long updateId) {
    return WorkflowViews.UpdateView.of(updates.submit(updateId, Caller.name(security)));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR})
  @POST
  @Path("{updateId}/approve")
  @Operation(summary = "Approve a submitted update")
  public WorkflowViews.UpdateView approve(@PathParam("updateId") long updateId) {
    return WorkflowViews.UpdateView.of(updates.approve(updateId, Caller.name(security)));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR})
  @POST
  @Path("{updateId}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Return a submitted update for revision, with a reason")
  public WorkflowViews.UpdateView returnForRevision(
      @PathParam("updateId") long updateId,
      @Valid @NotNull(message = "is required") WorkflowInputs.ReturnReason input) {
    return WorkflowViews.UpdateView.of(
        updates.returnForRevision(updateId, input.reason, Caller.name(security)));
  }
}
