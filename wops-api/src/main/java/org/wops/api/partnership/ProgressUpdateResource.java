package org.wops.api.partnership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.support.Caller;
import org.wops.api.support.CurrentViewer;
import org.wops.api.support.IfMatch;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.update.ProgressUpdate;
import org.wops.domain.update.ProgressUpdateService;
import org.wops.domain.update.UpdateStatus;
import org.wops.domain.user.Viewer;

/** A progress update and its approval: submit, approve, return with a reason. */
@Path("updates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Progress updates", description = "Reports on a period, with their approval workflow")
public class ProgressUpdateResource {
  @Context SecurityContext security;

  @Inject ProgressUpdateService updates;
  @Inject PartnershipAccess access;
  @Inject CurrentViewer viewer;

  @GET
  @Path("{updateId}")
  @Operation(
      summary = "One progress update; ETag carries its version",
      description =
          "Approved updates of readable partnerships are public; drafts, submitted and returned"
              + " ones only for those who write or decide them (404 for others).")
  public Response get(@PathParam("updateId") long updateId) {
    ProgressUpdate u = readable(updateId);
    return Response.ok(WorkflowViews.UpdateView.of(u)).tag(IfMatch.tag(u.version())).build();
  }

  /** The update, if the caller may see it. */
  ProgressUpdate readable(long updateId) {
    ProgressUpdate u = updates.get(updateId);
    if (!visible(access, viewer.get(), u)) {
      throw new NotFoundException("update", updateId);
    }
    return u;
  }

  static boolean visible(PartnershipAccess access, Viewer v, ProgressUpdate u) {
    Partnership p;
    try {
      p = access.readable(v, u.partnershipId());
    } catch (NotFoundException e) {
      return false;
    }
    return u.status() == UpdateStatus.APPROVED
        || access.canEdit(v, p)
        || access.canDecideUpdates(v, p);
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @PUT
  @Path("{updateId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Revise a draft or returned update",
      description = "If-Match with the ETag of the version read refuses a stale revision (412).")
  public Response revise(
      @PathParam("updateId") long updateId,
      @BeanParam IfMatch ifMatch,
      @Valid @NotNull(message = "is required") WorkflowInputs.Update input) {
    ProgressUpdate revised =
        updates.revise(
            viewer.get(),
            updateId,
            ifMatch.expected(),
            input.periodStart,
            input.periodEnd,
            input.summary);
    return IfMatch.changed(WorkflowViews.UpdateView.of(revised), revised.version());
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{updateId}/submit")
  @Operation(summary = "Submit the update to the coordinators")
  public WorkflowViews.UpdateView submit(@PathParam("updateId") long updateId) {
    return WorkflowViews.UpdateView.of(updates.submit(viewer.get(), updateId));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR})
  @POST
  @Path("{updateId}/approve")
  @Operation(
      summary = "Approve a submitted update",
      description = "Only the partnership's coordinators and the secretariat decide (403).")
  public WorkflowViews.UpdateView approve(@PathParam("updateId") long updateId) {
    return WorkflowViews.UpdateView.of(updates.approve(viewer.get(), updateId));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR})
  @POST
  @Path("{updateId}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Return a submitted update for revision, with a reason",
      description = "Only the partnership's coordinators and the secretariat decide (403).")
  public WorkflowViews.UpdateView returnForRevision(
      @PathParam("updateId") long updateId,
      @Valid @NotNull(message = "is required") WorkflowInputs.ReturnReason input) {
    return WorkflowViews.UpdateView.of(
        updates.returnForRevision(viewer.get(), updateId, input.reason));
  }
}
