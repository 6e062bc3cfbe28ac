package org.wops.api.partnership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.support.Caller;
import org.wops.api.support.PageLinks;
import org.wops.api.validation.OneOf;
import org.wops.domain.partnership.AgreementTerms;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipCriteria;
import org.wops.domain.partnership.PartnershipService;
import org.wops.domain.partnership.PartnershipStatus;
import org.wops.domain.partnership.PartnershipSummary;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;
import org.wops.domain.shared.StaleVersionException;

/** Partnerships (WOPs): propose one, read one, search them. */
@Path("partnerships")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships", description = "Water Operators' Partnerships")
public class PartnershipResource {
  @Inject PartnershipService partnerships;

  @Context UriInfo uriInfo;
  @Context SecurityContext security;

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Identify a new partnership of an installed type")
  @APIResponse(responseCode = "201", description = "Created; Location names the new partnership")
  @APIResponse(
      responseCode = "400",
      description = "Invalid input or a rule of the Charter or the type is broken")
  public Response identify(@Valid @NotNull(message = "is required") PartnershipInput input) {
    Partnership p =
        partnerships.identify(
            input.typeId,
            input.toDetails(),
            input.toParticipants(),
            input.toSupporters(),
            input.toExtraValues(),
            Caller.name(security));
    return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(p.id())).build())
        .entity(PartnershipView.of(p, partnerships.compliance(p.id())))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "One partnership, with its participants, supporters, extra fields and milestones")
  @APIResponse(responseCode = "200", description = "The partnership")
  @APIResponse(responseCode = "404", description = "No partnership with this id")
  public Response get(@PathParam("id") long id) {
    PartnershipView view = view(id);
    return Response.ok(view).tag(new EntityTag(String.valueOf(view.version()))).build();
  }

  private PartnershipView view(long id) {
    Partnership p = partnerships.get(id);
    if (!p.published() && security.getUserPrincipal() == null) {
      throw new org.wops.domain.shared.NotFoundException("partnership", id);
    }
    return PartnershipView.of(p, partnerships.compliance(id));
  }

  @POST
  @Path("{id}/publication")
  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Publish or unpublish the partnership's public profile: {\"published\": true}")
  public PartnershipView publish(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull(message = "is required") java.util.Map<String, Boolean> body) {
    Long expected = expectedVersion(id, ifMatch);
    Boolean published = body.get("published");
    if (published == null) {
      throw new org.wops.domain.shared.DomainRuleViolation(
          "publication.published.required", "published", "Say true or false.");
    }
    partnerships.publish(id, published, Caller.name(security));
    return view(id);
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move the partnership along its lifecycle (under the Charter's rules)")
  @APIResponse(responseCode = "200", description = "The partnership in its new status")
  @APIResponse(responseCode = "400", description = "The move is not allowed, or a rule is not met")
  public PartnershipView changeStatus(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = "is required") WorkflowInputs.StatusChange input) {
    Long expected = expectedVersion(id, ifMatch);
    partnerships.changeStatus(
        id, expected, PartnershipStatus.valueOf(input.status), Caller.name(security));
    return view(id);
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @PUT
  @Path("{id}/agreement")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Write the agreement (rewriting it withdraws the signatures)")
  public PartnershipView writeAgreement(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = "is required") WorkflowInputs.Agreement input) {
    Long expected = expectedVersion(id, ifMatch);
    partnerships.writeAgreement(
        id,
        expected,
        new AgreementTerms(input.objectivesAndOutputs, input.cashValue, input.inKindValue),
        Caller.name(security));
    return view(id);
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/signatures")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "A participating operator signs the agreement")
  public PartnershipView sign(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = "is required") WorkflowInputs.Signature input) {
    Long expected = expectedVersion(id, ifMatch);
    partnerships.sign(id, input.operatorId, input.signedBy, Caller.name(security));
    return view(id);
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/milestones")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a milestone")
  public PartnershipView addMilestone(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = "is required") WorkflowInputs.NewMilestone input) {
    Long expected = expectedVersion(id, ifMatch);
    partnerships.addMilestone(id, input.title, input.plannedDate, Caller.name(security));
    return view(id);
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/milestones/{milestoneId}/reached")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Mark a milestone reached on its actual date (not in the future)")
  public PartnershipView reachMilestone(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @PathParam("milestoneId") long milestoneId,
      @Valid @NotNull(message = "is required") WorkflowInputs.Reached input) {
    Long expected = expectedVersion(id, ifMatch);
    partnerships.reachMilestone(id, milestoneId, input.actualDate, Caller.name(security));
    return view(id);
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/costs")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a budgeted cost (costs only: a fee, margin or profit line is refused)")
  public PartnershipView addCost(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = "is required") WorkflowInputs.Cost input) {
    expectedVersion(id, ifMatch);
    partnerships.addCostLine(
        id, input.category, input.description, input.amount, Caller.name(security));
    return view(id);
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/activities")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add an activity to the work plan")
  public PartnershipView addActivity(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = "is required") WorkflowInputs.Activity input) {
    expectedVersion(id, ifMatch);
    partnerships.addActivity(
        id,
        input.title,
        input.workingArea,
        input.startDate,
        input.endDate,
        input.budget,
        input.responsible,
        Caller.name(security));
    return view(id);
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/indicators")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Follow a KPI of the reference list, from its baseline")
  public PartnershipView defineIndicator(
      @PathParam("id") long id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Valid @NotNull(message = "is required") WorkflowInputs.NewIndicator input) {
    expectedVersion(id, ifMatch);
    partnerships.defineIndicator(
        id, input.kpiCode, input.baselineValue, input.baselineDate, Caller.name(security));
    return view(id);
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/indicators/{indicatorId}/targets")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set an indicator's target for a year")
  public PartnershipView setTarget(
      @PathParam("id") long id,
      @PathParam("indicatorId") long indicatorId,
      @Valid @NotNull(message = "is required") WorkflowInputs.Target input) {
    partnerships.setIndicatorTarget(
        id, indicatorId, input.year, input.value, Caller.name(security));
    return view(id);
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/indicators/{indicatorId}/values")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a measured value, in the indicator's unit")
  public PartnershipView recordValue(
      @PathParam("id") long id,
      @PathParam("indicatorId") long indicatorId,
      @Valid @NotNull(message = "is required") WorkflowInputs.Measure input) {
    partnerships.recordIndicatorValue(
        id, indicatorId, input.measuredOn, input.value, input.unit, Caller.name(security));
    return view(id);
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/outputs")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add an expected output to the work plan")
  public PartnershipView addOutput(
      @PathParam("id") long id,
      @Valid @NotNull(message = "is required") WorkflowInputs.Output input) {
    partnerships.addOutput(
        id,
        input.title,
        input.unit,
        input.quantity,
        input.completionDate,
        input.meansOfVerification,
        Caller.name(security));
    return view(id);
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/assessments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a capacity-change assessment (change -2..+2, the WOP's contribution 0..2)")
  public PartnershipView assessCapacity(
      @PathParam("id") long id,
      @Valid @NotNull(message = "is required") WorkflowInputs.Assessment input) {
    partnerships.assessCapacity(
        id,
        input.dimension,
        input.perceivedChange,
        input.wopContribution,
        org.wops.domain.partnership.CapacityAssessment.DecidedBy.valueOf(input.decidedBy),
        input.assessedOn,
        input.notes,
        Caller.name(security));
    return view(id);
  }

  /**
   * The version named by If-Match ({@code "3"} or {@code W/"3"}), checked against the partnership's
   * current version: a mismatch is 412 (the client read an older version). Absent or {@code *}: no
   * check.
   */
  private Long expectedVersion(long id, String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    long current = partnerships.get(id).version();
    long expected;
    try {
      expected = Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new StaleVersionException("partnership", id, -1, current);
    }
    if (expected != current) {
      throw new StaleVersionException("partnership", id, expected, current);
    }
    return expected;
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR, Caller.DONOR})
  @GET
  @Path("{id}/audit")
  @Operation(summary = "The partnership's audit trail: who changed what, when")
  public List<WorkflowViews.AuditView> audit(@PathParam("id") long id) {
    return partnerships.auditTrail(id).stream().map(WorkflowViews.AuditView::of).toList();
  }

  @GET
  @Operation(
      summary = "Search partnerships",
      description =
          "Text search on title and objectives, filters, sorting; X-Total-Count and Link headers.")
  public Response search(
      @QueryParam("q") String text,
      @QueryParam("status") Set<@OneOf(PartnershipStatus.class) String> statuses,
      @QueryParam("type") String typeId,
      @QueryParam("country") String country,
      @QueryParam("workingArea") String workingArea,
      @QueryParam("operator") @Pattern(regexp = "\\d{1,18}", message = "must be an operator id")
          String operatorId,
      @QueryParam("sort") @DefaultValue("TITLE") @OneOf(PartnershipCriteria.Sort.class) String sort,
      @QueryParam("page")
          @DefaultValue("0")
          @Pattern(regexp = "\\d{1,6}", message = "must be a page number from 0")
          String page,
      @QueryParam("size")
          @DefaultValue("20")
          @Pattern(regexp = "\\d{1,3}", message = "must be a number from 1 to 200")
          String size) {
    Page<PartnershipSummary> result =
        partnerships.search(
            new PartnershipCriteria(
                text,
                statuses.stream().map(PartnershipStatus::valueOf).collect(Collectors.toSet()),
                typeId,
                country,
                workingArea,
                operatorId == null ? null : Long.valueOf(operatorId),
                security.getUserPrincipal() == null ? Boolean.TRUE : null,
                PartnershipCriteria.Sort.valueOf(sort)),
            new PageRequest(Integer.parseInt(page), Integer.parseInt(size)));
    return PageLinks.respond(result, uriInfo);
  }
}
