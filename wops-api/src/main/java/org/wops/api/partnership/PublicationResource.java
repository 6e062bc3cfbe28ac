package org.wops.api.partnership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.support.Caller;
import org.wops.api.support.CurrentViewer;
import org.wops.api.support.IfMatch;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.partnership.PublicationRequest;
import org.wops.domain.partnership.PublicationService;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.user.Viewer;

/**
 * A partnership's publication: the secretariat approves profiles for publication. Editors and
 * coordinators of the partnership request it; ADMIN approves or returns the request with a reason,
 * and may publish or take down a profile directly; the partnership's editors and coordinators may
 * take their own profile down.
 */
@Path("partnerships/{id}/publication")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships", description = "Water Operators' Partnerships")
public class PublicationResource {
  @Inject PublicationService publication;
  @Inject PartnershipAccess access;
  @Inject CurrentViewer viewer;

  /** Where the partnership's publication stands. */
  public record PublicationView(
      long partnershipId,
      String state,
      boolean published,
      String requestedBy,
      OffsetDateTime requestedAt,
      String decidedBy,
      OffsetDateTime decidedAt,
      String returnReason) {
    static PublicationView of(Partnership p) {
      PublicationRequest r = p.publication();
      return new PublicationView(
          p.id(),
          p.published()
              ? "PUBLISHED"
              : r.state() == PublicationRequest.State.NONE ? "UNPUBLISHED" : r.state().name(),
          p.published(),
          r.requestedBy().orElse(null),
          r.requestedAt().orElse(null),
          r.decidedBy().orElse(null),
          r.decidedAt().orElse(null),
          r.returnReason().orElse(null));
    }
  }

  @GET
  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR, Caller.DONOR})
  @Operation(
      summary = "Where the profile's publication stands",
      description =
          "state: UNPUBLISHED, REQUESTED (waits for the secretariat), RETURNED (with returnReason)"
              + " or PUBLISHED; for those who may read the partnership.")
  public PublicationView get(@PathParam("id") long id) {
    return PublicationView.of(access.readable(viewer.get(), id));
  }

  @POST
  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Publish or take down the profile directly: {\"published\": true}",
      description =
          "Publishing directly is the secretariat's (ADMIN); others get 403"
              + " urn:wops:problem:access.publication.decide and request publication instead."
              + " Taking the profile down ({\"published\": false}) is also open to the partnership's"
              + " editors and coordinators: withdrawing one's own profile needs no approval.")
  public Response publish(
      @BeanParam PartnershipAtVersion target,
      @NotNull(message = "is required") Map<String, Boolean> body) {
    Boolean published = body.get("published");
    if (published == null) {
      throw new DomainRuleViolation(
          "publication.published.required", "published", "Say true or false.");
    }
    return change(target, (id, expected, v) -> publication.publish(id, expected, published, v));
  }

  @POST
  @Path("request")
  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @Operation(
      summary = "Ask the secretariat to publish the profile",
      description =
          "For the partnership's editors and coordinators (else 403). The secretariat hears of it"
              + " by mail (wops.secretariat.email) and finds it on the admin page. 400"
              + " rule:publication.already-published or rule:publication.already-requested.")
  public Response request(@BeanParam PartnershipAtVersion target) {
    return change(target, (id, expected, v) -> publication.request(id, expected, v));
  }

  @POST
  @Path("approval")
  @RolesAllowed(Caller.ADMIN)
  @Operation(
      summary = "Approve the waiting request: the profile is published (the secretariat)",
      description = "400 rule:publication.not-requested when no request waits.")
  public Response approve(@BeanParam PartnershipAtVersion target) {
    return change(target, (id, expected, v) -> publication.approve(id, expected, v));
  }

  /** The secretariat's reason for returning a request. */
  public static class ReturnInput {
    @Size(max = PublicationRequest.REASON_MAX, message = "can be at most {max} characters")
    public String reason;
  }

  @POST
  @Path("return")
  @RolesAllowed(Caller.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Return the waiting request with a reason: {\"reason\": \"...\"} (the secretariat)",
      description =
          "The partnership's contacts receive the reason by mail. 400"
              + " rule:publication.return.reason.required (field reason) or"
              + " rule:publication.not-requested.")
  public Response giveBack(
      @BeanParam PartnershipAtVersion target,
      @Valid @NotNull(message = "is required") ReturnInput input) {
    return change(target, (id, expected, v) -> publication.giveBack(id, expected, input.reason, v));
  }

  /** A use case of publication, given the partnership, the version expected and the caller. */
  @FunctionalInterface
  interface Call {
    Partnership apply(long id, Long expectedVersion, Viewer caller);
  }

  /** Runs the use case on condition of If-Match and answers the publication with the new ETag. */
  private Response change(PartnershipAtVersion target, Call call) {
    Partnership p = call.apply(target.id, target.expected(), viewer.get());
    return IfMatch.changed(PublicationView.of(p), p.version());
  }
}
