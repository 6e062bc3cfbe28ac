package org.wops.api.partnership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.problem.Problem;
import org.wops.api.support.Caller;
import org.wops.api.support.CsvText;
import org.wops.api.support.CurrentViewer;
import org.wops.api.support.IdempotencyKey;
import org.wops.api.support.IfMatch;
import org.wops.api.support.JsonBytes;
import org.wops.api.support.PageLinks;
import org.wops.api.support.Paging;
import org.wops.api.support.RequestLanguage;
import org.wops.domain.partnership.AgreementAndLifecycle;
import org.wops.domain.partnership.AgreementTerms;
import org.wops.domain.partnership.MilestonePlanning;
import org.wops.domain.partnership.MilestoneTitles;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.partnership.PartnershipEditing;
import org.wops.domain.partnership.PartnershipImport;
import org.wops.domain.partnership.PartnershipReads;
import org.wops.domain.partnership.PartnershipStamp;
import org.wops.domain.partnership.PartnershipStatus;
import org.wops.domain.partnership.PartnershipSummary;
import org.wops.domain.partnership.Proposals;
import org.wops.domain.partnership.ResultsTracking;
import org.wops.domain.partnership.WorkPlanning;
import org.wops.domain.shared.Language;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.shared.Page;
import org.wops.domain.shared.PageRequest;
import org.wops.domain.user.Viewer;

/**
 * Partnerships (WOPs): propose one, read one, search them. One instance serves every request (its
 * {@code @Context} fields are per-request proxies): creating and injecting a request-scoped
 * resource was a quarter of the cost of a detail read (issue 7's profile). Every change goes
 * through {@link #edit}: If-Match read once ({@link IfMatch}), the use case checks it and the
 * caller's rights inside its transaction.
 */
@Path("partnerships")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships", description = "Water Operators' Partnerships")
public class PartnershipResource {
  static final String WRITERS_NOTE =
      " Operator editors change the partnerships their operators take part in, coordinators those"
          + " their organisations support; others get 403.";

  /** Exports stop at this many partnerships (narrow the filters for more). */
  static final int EXPORT_MAX = 10_000;

  @Inject PartnershipReads partnerships;
  @Inject Proposals proposals;
  @Inject PartnershipEditing editing;
  @Inject AgreementAndLifecycle lifecycle;
  @Inject MilestonePlanning milestones;
  @Inject WorkPlanning workPlan;
  @Inject ResultsTracking results;
  @Inject PartnershipAccess access;
  @Inject CurrentViewer viewer;
  @Inject PartnershipDocuments documents;
  @Inject IdempotencyKey once;
  @Inject MilestoneTitles titles;
  @Inject PartnershipImport importer;

  @Context UriInfo uriInfo;
  @Context SecurityContext security;
  @Context HttpHeaders headers;

  /** The caller's language (Accept-Language): template milestones are named in it. */
  private Language language() {
    return RequestLanguage.of(null, headers);
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Identify a new partnership of an installed type",
      description =
          "An operator editor proposes partnerships one of its operators takes part in; a"
              + " coordinator, those its organisation supports.")
  @APIResponse(responseCode = "201", description = "Created; Location names the new partnership")
  @APIResponse(
      responseCode = "400",
      description = "Invalid input or a rule of the Charter or the type is broken")
  @APIResponse(
      responseCode = "200",
      description = "Made before: the same Idempotency-Key created it (a retry); Location names it")
  public Response identify(
      @Parameter(
              description =
                  "A key of the client's (8 to 200 visible ASCII characters, a UUID say): sent"
                      + " again with the same key, the request creates nothing new and answers"
                      + " the partnership the first one created (200)")
          @HeaderParam(IdempotencyKey.HEADER)
          String key,
      @Valid @NotNull(message = "is required") PartnershipInput input) {
    Viewer caller = viewer.get();
    IdempotencyKey.Made made =
        once.create(
            key, caller, "partnerships", () -> proposals.identify(caller, input.toIdentify()));
    Partnership p = made.partnership();
    return made.answer(uriInfo.getAbsolutePathBuilder().path(String.valueOf(p.id())).build())
        .entity(PartnershipView.of(p, partnerships.compliance(p), titles, language()))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "One partnership, with its participants, supporters, extra fields and milestones",
      description =
          "Unpublished partnerships are visible to their participants' editors, coordinators,"
              + " funders and the secretariat; to anyone else they do not exist (404).")
  @APIResponse(responseCode = "200", description = "The partnership; ETag carries its version")
  @APIResponse(
      responseCode = "304",
      description = "Not modified: If-None-Match names the current version")
  @APIResponse(responseCode = "404", description = "No partnership with this id")
  public Response get(
      @PathParam("id") long id,
      @Parameter(
              description =
                  "Language of the template milestones' titles (en, fr, es); else Accept-Language")
          @QueryParam("lang")
          String lang,
      @Context Request request) {
    Viewer v = viewer.get();
    Language language = RequestLanguage.of(lang, headers);
    PartnershipDocuments.Document document;
    if (v.isAnonymous()) {
      // the public reads a published partnership: its version decides, the rest may be kept
      PartnershipStamp stamp =
          partnerships
              .stamp(id)
              .filter(PartnershipStamp::published)
              .orElseThrow(() -> new NotFoundException("partnership", id));
      Response.ResponseBuilder notModified =
          request.evaluatePreconditions(IfMatch.tag(stamp.version()));
      if (notModified != null) {
        return notModified.build();
      }
      document = documents.of(id, stamp.version(), language);
    } else {
      document = documents.of(access.readable(v, id), language);
      Response.ResponseBuilder notModified =
          request.evaluatePreconditions(IfMatch.tag(document.version()));
      if (notModified != null) {
        return notModified.build();
      }
    }
    return Response.ok(document.json(), MediaType.APPLICATION_JSON_TYPE)
        .tag(IfMatch.tag(document.version()))
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
        .build();
  }

  /** The partnership as the caller may see it, with its version as ETag. */
  private Response respond(long id) {
    return respond(access.readable(viewer.get(), id));
  }

  /** The partnership a change answered, with its new version as ETag. */
  private Response respond(Partnership p) {
    return IfMatch.changed(
        PartnershipView.of(p, partnerships.compliance(p), titles, language()), p.version());
  }

  /**
   * A change of the partnership (its id) by the caller, given the version the client expects (or
   * none).
   */
  @FunctionalInterface
  interface Change {
    /** What the change made: the partnership itself, or a part of it. */
    Object apply(long id, Long expectedVersion, Viewer caller);
  }

  /**
   * Makes the change on the condition that If-Match names the current version (the use case checks
   * it, and whether the caller may, inside its transaction; without If-Match, a change that lost a
   * race with a concurrent one is made again on the new state), and answers with the changed
   * partnership and its new ETag.
   */
  private Response edit(PartnershipAtVersion target, Change change) {
    Object made = change.apply(target.id, target.expected(), viewer.get());
    return made instanceof Partnership p ? respond(p) : respond(target.id);
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @PUT
  @Path("{id}/details")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Edit the title, objectives, currency, areas, countries and dates",
      description = WRITERS_NOTE)
  public Response editDetails(
      @BeanParam PartnershipAtVersion change,
      @Valid @NotNull(message = "is required") WorkflowInputs.Details input) {
    return edit(
        change,
        (id, v, caller) ->
            editing.editDetails(
                caller, new PartnershipEditing.EditDetails(id, v, input.toDetails())));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @PUT
  @Path("{id}/participants")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace the participating operators, their roles and contributions",
      description = "The type's role mix and rules apply to the new list." + WRITERS_NOTE)
  public Response replaceParticipants(
      @BeanParam PartnershipAtVersion change,
      @Valid @NotNull(message = "is required") WorkflowInputs.Participants input) {
    return edit(
        change,
        (id, v, caller) ->
            editing.replaceParticipants(
                caller,
                new PartnershipEditing.ReplaceParticipants(
                    id,
                    v,
                    input.participants.stream()
                        .map(PartnershipInput.ParticipantInput::toParticipant)
                        .toList())));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @PUT
  @Path("{id}/supporters")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace the supporting organisations, their roles and contributions",
      description = WRITERS_NOTE)
  public Response replaceSupporters(
      @BeanParam PartnershipAtVersion change,
      @Valid @NotNull(message = "is required") WorkflowInputs.Supporters input) {
    return edit(
        change,
        (id, v, caller) ->
            editing.replaceSupporters(
                caller,
                new PartnershipEditing.ReplaceSupporters(
                    id,
                    v,
                    input.supporters.stream()
                        .map(PartnershipInput.SupporterInput::toSupporter)
                        .toList())));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @PUT
  @Path("{id}/extra-fields")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace the values of the partnership type's extra fields",
      description = WRITERS_NOTE)
  public Response replaceExtraFields(
      @BeanParam PartnershipAtVersion change,
      @Valid @NotNull(message = "is required") WorkflowInputs.ExtraFields input) {
    return edit(
        change,
        (id, v, caller) ->
            editing.replaceExtraValues(
                caller, new PartnershipEditing.ReplaceExtraValues(id, v, input.extraFields)));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/status")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Move the partnership along its lifecycle (under the Charter's rules)",
      description = WRITERS_NOTE)
  @APIResponse(responseCode = "200", description = "The partnership in its new status")
  @APIResponse(responseCode = "400", description = "The move is not allowed, or a rule is not met")
  public Response changeStatus(
      @BeanParam PartnershipAtVersion change,
      @Valid @NotNull(message = "is required") WorkflowInputs.StatusChange input) {
    return edit(
        change,
        (id, v, caller) ->
            lifecycle.changeStatus(
                caller,
                new AgreementAndLifecycle.ChangeStatus(
                    id, v, PartnershipStatus.valueOf(input.status))));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @PUT
  @Path("{id}/agreement")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Write the agreement (rewriting it withdraws the signatures)",
      description = WRITERS_NOTE)
  public Response writeAgreement(
      @BeanParam PartnershipAtVersion change,
      @Valid @NotNull(message = "is required") WorkflowInputs.Agreement input) {
    return edit(
        change,
        (id, v, caller) ->
            lifecycle.writeAgreement(
                caller,
                new AgreementAndLifecycle.WriteAgreement(
                    id,
                    v,
                    new AgreementTerms(
                        input.objectivesAndOutputs, input.cashValue, input.inKindValue))));
  }

  @RolesAllowed({Caller.ADMIN, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/signatures")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "A participating operator signs the agreement",
      description = "Only the operator's own editors (or the secretariat) sign for it.")
  public Response sign(
      @BeanParam PartnershipAtVersion change,
      @Valid @NotNull(message = "is required") WorkflowInputs.Signature input) {
    return edit(
        change,
        (id, v, caller) ->
            lifecycle.sign(
                caller, new AgreementAndLifecycle.Sign(id, v, input.operatorId, input.signedBy)));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/milestones")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a milestone", description = WRITERS_NOTE)
  public Response addMilestone(
      @BeanParam PartnershipAtVersion change,
      @Valid @NotNull(message = "is required") WorkflowInputs.NewMilestone input) {
    return edit(
        change,
        (id, v, caller) ->
            milestones.add(
                caller, new MilestonePlanning.Add(id, v, input.title, input.plannedDate)));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/milestones/{milestoneId}/reached")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Mark a milestone reached on its actual date (not in the future)",
      description = WRITERS_NOTE)
  public Response reachMilestone(
      @BeanParam PartnershipAtVersion change,
      @PathParam("milestoneId") long milestoneId,
      @Valid @NotNull(message = "is required") WorkflowInputs.Reached input) {
    return edit(
        change,
        (id, v, caller) ->
            milestones.reach(
                caller, new MilestonePlanning.Reach(id, v, milestoneId, input.actualDate)));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @PUT
  @Path("{id}/milestones/{milestoneId}/planned-date")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Reschedule a planned milestone",
      description = "A reached or cancelled milestone cannot move." + WRITERS_NOTE)
  public Response rescheduleMilestone(
      @BeanParam PartnershipAtVersion change,
      @PathParam("milestoneId") long milestoneId,
      @Valid @NotNull(message = "is required") WorkflowInputs.Reschedule input) {
    return edit(
        change,
        (id, v, caller) ->
            milestones.reschedule(
                caller, new MilestonePlanning.Reschedule(id, v, milestoneId, input.plannedDate)));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/milestones/{milestoneId}/cancellation")
  @Operation(
      summary = "Cancel a milestone (it stays in the timeline, marked cancelled)",
      description = WRITERS_NOTE)
  public Response cancelMilestone(
      @BeanParam PartnershipAtVersion change, @PathParam("milestoneId") long milestoneId) {
    return edit(
        change,
        (id, v, caller) ->
            milestones.cancel(caller, new MilestonePlanning.Cancel(id, v, milestoneId)));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/costs")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a budgeted cost (costs only: a fee, margin or profit line is refused)",
      description = WRITERS_NOTE)
  public Response addCost(
      @BeanParam PartnershipAtVersion change,
      @Valid @NotNull(message = "is required") WorkflowInputs.Cost input) {
    return edit(
        change,
        (id, v, caller) ->
            workPlan.addCost(
                caller,
                new WorkPlanning.AddCost(id, v, input.category, input.description, input.amount)));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/activities")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add an activity to the work plan", description = WRITERS_NOTE)
  public Response addActivity(
      @BeanParam PartnershipAtVersion change,
      @Valid @NotNull(message = "is required") WorkflowInputs.Activity input) {
    return edit(
        change,
        (id, v, caller) ->
            workPlan.addActivity(
                caller,
                new WorkPlanning.AddActivity(
                    id,
                    v,
                    input.title,
                    input.workingArea,
                    input.startDate,
                    input.endDate,
                    input.budget,
                    input.responsible)));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @PUT
  @Path("{id}/activities/{activityId}/progress")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Report an activity's progress (0 to 100 %)", description = WRITERS_NOTE)
  public Response reportProgress(
      @BeanParam PartnershipAtVersion change,
      @PathParam("activityId") long activityId,
      @Valid @NotNull(message = "is required") WorkflowInputs.Progress input) {
    return edit(
        change,
        (id, v, caller) ->
            workPlan.reportProgress(
                caller, new WorkPlanning.ReportProgress(id, v, activityId, input.percent)));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/indicators")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Follow a KPI of the reference list, from its baseline",
      description = WRITERS_NOTE)
  public Response defineIndicator(
      @BeanParam PartnershipAtVersion change,
      @Valid @NotNull(message = "is required") WorkflowInputs.NewIndicator input) {
    return edit(
        change,
        (id, v, caller) ->
            results.defineIndicator(
                caller,
                new ResultsTracking.DefineIndicator(
                    id, v, input.kpiCode, input.baselineValue, input.baselineDate)));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/indicators/{indicatorId}/targets")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set an indicator's target for a year", description = WRITERS_NOTE)
  public Response setTarget(
      @BeanParam PartnershipAtVersion change,
      @PathParam("indicatorId") long indicatorId,
      @Valid @NotNull(message = "is required") WorkflowInputs.Target input) {
    return edit(
        change,
        (id, v, caller) ->
            results.setTarget(
                caller,
                new ResultsTracking.SetTarget(id, v, indicatorId, input.year, input.value)));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/indicators/{indicatorId}/values")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a measured value, in the indicator's unit",
      description = WRITERS_NOTE)
  public Response recordValue(
      @BeanParam PartnershipAtVersion change,
      @PathParam("indicatorId") long indicatorId,
      @Valid @NotNull(message = "is required") WorkflowInputs.Measure input) {
    return edit(
        change,
        (id, v, caller) ->
            results.recordValue(
                caller,
                new ResultsTracking.RecordValue(
                    id, v, indicatorId, input.measuredOn, input.value, input.unit)));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/outputs")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add an expected output to the work plan", description = WRITERS_NOTE)
  public Response addOutput(
      @BeanParam PartnershipAtVersion change,
      @Valid @NotNull(message = "is required") WorkflowInputs.Output input) {
    return edit(
        change,
        (id, v, caller) ->
            workPlan.addOutput(
                caller,
                new WorkPlanning.AddOutput(
                    id,
                    v,
                    input.title,
                    input.unit,
                    input.quantity,
                    input.completionDate,
                    input.meansOfVerification)));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/assessments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a capacity-change assessment (change -2..+2, the WOP's contribution 0..2)",
      description = WRITERS_NOTE)
  public Response assessCapacity(
      @BeanParam PartnershipAtVersion change,
      @Valid @NotNull(message = "is required") WorkflowInputs.Assessment input) {
    return edit(
        change,
        (id, v, caller) ->
            results.assessCapacity(
                caller,
                new ResultsTracking.AssessCapacity(
                    id,
                    v,
                    input.dimension,
                    input.perceivedChange,
                    input.wopContribution,
                    org.wops.domain.partnership.CapacityAssessment.DecidedBy.valueOf(
                        input.decidedBy),
                    input.assessedOn,
                    input.notes)));
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR, Caller.DONOR})
  @GET
  @Path("{id}/audit")
  @Operation(summary = "The partnership's audit trail: who changed what, when")
  public List<WorkflowViews.AuditView> audit(@PathParam("id") long id) {
    return partnerships.auditTrail(viewer.get(), id).stream()
        .map(WorkflowViews.AuditView::of)
        .toList();
  }

  @GET
  @Operation(
      summary = "Search partnerships",
      description =
          "Text search (q) on title, objectives and the participants' and supporters' names and"
              + " short names, ignoring case and accents, whole words first, then parts of words;"
              + " filters (status, type, country, region,"
              + " working area, operator, funder, year, charter-compliant), sorting and paging;"
              + " X-Total-Count (matches counted up to 1,000; X-Total-Count-Exact says whether"
              + " that is all) and Link headers. total=none skips the count, whose cost grows with"
              + " the matches: the headers then give a total only on a page that shows it (the"
              + " first holding every match, or the last), and a next link while more follow."
              + " Anonymous callers see published partnerships;"
              + " signed-in ones also the unpublished partnerships they take part in, support or"
              + " fund.")
  public Response search(
      @Valid @BeanParam PartnershipFilters filters,
      @Valid @BeanParam Paging paging,
      @QueryParam("total")
          @DefaultValue("bounded")
          @Pattern(regexp = "bounded|none", message = "must be bounded or none")
          String total) {
    Viewer v = viewer.get();
    PageRequest request = paging.request();
    Page<PartnershipSummary> result =
        partnerships.search(
            filters.toCriteria(access.visibility(v)),
            "none".equals(total) ? request.uncounted() : request);
    if (v.isAnonymous()) {
      // bytes, so that PublicResponses can keep the answer
      return PageLinks.respond(result, JsonBytes.of(result.items()), uriInfo);
    }
    return PageLinks.respond(result, uriInfo);
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @Operation(
      summary = "Partnerships as CSV (the search's filters; at most 10,000 rows)",
      description =
          "UTF-8, RFC 4180, a header row; lists joined with ';'; participants as operatorId:ROLE,"
              + " supporters as organisationId:ROLE, stated contributions as id:amount (a party"
              + " whose contribution nobody stated is left out: unknown is not zero). The file goes"
              + " back in through POST /partnerships/import. A cell that a spreadsheet would run as"
              + " a formula is written with a leading ' (the import removes it again).")
  public Response exportCsv(@Valid @BeanParam PartnershipFilters filters) {
    List<Partnership> exported = exported(filters);
    return Response.ok(
            PartnershipCsv.write(exported, partnerships.compliantAmong(ids(exported))),
            "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"partnerships.csv\"")
        .build();
  }

  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @Operation(
      summary = "Import partnerships from CSV (the export's columns)",
      description =
          "Every row is checked first, with the caller's rights and the domain's rules. A row with"
              + " an id changes that partnership, and only what differs (an exported file imported"
              + " again changes nothing: no new version, no audit entry, no mail); its version, when"
              + " given, must still be the partnership's. A row without an id identifies a new"
              + " partnership (status empty or IDENTIFIED), or proposes it (PROPOSED). The status"
              + " column moves a partnership one step along its lifecycle, under the Charter's"
              + " rules; published must stay as exported (the secretariat publishes). Derived"
              + " columns (charterCompliant, fundingType, the sums, the milestone counts) are"
              + " ignored. A file with a refused row stores nothing and answers 400 (403 when a row"
              + " is one the caller may not change) listing every error by line and column, unless"
              + " skipInvalid=true: then the other rows are stored and the refused ones reported."
              + " dryRun=true checks and reports without storing anything. The file is UTF-8 (or"
              + " the charset Content-Type declares), a leading byte-order mark ignored, its cells"
              + " separated by , or by ; as its header line shows; amounts take a point before"
              + " their decimals and no thousands separator (rule number-format otherwise; in a"
              + " file separated by ; an amount like 120.000 is refused as such too). A file that"
              + " is not UTF-8 (csv.encoding), whose first line names no column (csv.header) or"
              + " that is not CSV (csv.malformed) is refused whole, naming the line.")
  @APIResponse(
      responseCode = "200",
      description =
          "Imported (or, with dryRun, what would be): created, updated, unchanged, imported"
              + " (their sum), skipped (rows not stored and why), storedAsText, dryRun")
  @APIResponse(
      responseCode = "400",
      description = "A row is invalid, or the file is not UTF-8 CSV; nothing was stored")
  @APIResponse(
      responseCode = "403",
      description = "A row names a partnership the caller may not change; nothing was stored")
  @APIResponse(responseCode = "413", description = "The file is larger than 5 MB")
  public Response importCsv(
      @Parameter(description = "Store the valid rows and report the others")
          @QueryParam("skipInvalid")
          @DefaultValue("false")
          boolean skipInvalid,
      @Parameter(description = "Check and report only; store nothing")
          @QueryParam("dryRun")
          @DefaultValue("false")
          boolean dryRun,
      InputStream csv)
      throws IOException {
    List<PartnershipCsv.Row> rows;
    try {
      rows = PartnershipCsv.read(CsvText.body(csv, headers.getMediaType()));
    } catch (CsvText.Refused refused) {
      return refused.problem().at(uriInfo.getRequestUri().getRawPath()).toResponse();
    }
    return importRows(rows, PartnershipImportPlan.Format.CSV, skipInvalid, dryRun);
  }

  @POST
  @Path("import")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @Operation(
      summary = "Import partnerships from JSON (an array as export.json writes it)",
      description =
          "The same import as for CSV (the rules, rights, checks and answers of the text/csv"
              + " body), from the JSON export's fields: id, version, typeId, status, published,"
              + " title, objectives, approach, expectedOutcomes, currency, workingAreas, countries,"
              + " the four dates, participants (operatorId, role, cashContribution,"
              + " inKindContribution) and supporters (organisationId, role, contribution); a"
              + " contribution that is absent or null is unknown. The other fields of the export"
              + " (milestones, the work plan, results, extra fields, derived values) are ignored."
              + " Errors name the item (1 for the first) and the field.")
  @APIResponse(
      responseCode = "200",
      description = "As for CSV: created, updated, unchanged, imported, skipped, storedAsText")
  @APIResponse(responseCode = "400", description = "An item is invalid; nothing was stored")
  @APIResponse(
      responseCode = "403",
      description = "An item names a partnership the caller may not change; nothing was stored")
  public Response importJson(
      @Parameter(description = "Store the valid items and report the others")
          @QueryParam("skipInvalid")
          @DefaultValue("false")
          boolean skipInvalid,
      @Parameter(description = "Check and report only; store nothing")
          @QueryParam("dryRun")
          @DefaultValue("false")
          boolean dryRun,
      String json) {
    return importRows(
        PartnershipJson.read(new StringReader(json == null ? "[]" : json)),
        PartnershipImportPlan.Format.JSON,
        skipInvalid,
        dryRun);
  }

  private Response importRows(
      List<PartnershipCsv.Row> rows,
      PartnershipImportPlan.Format format,
      boolean skipInvalid,
      boolean dryRun) {
    Viewer v = viewer.get();
    String actor = v.actor();
    PartnershipImportPlan plan = PartnershipImportPlan.of(rows, format, importer, v, actor);
    if (!plan.errors().isEmpty() && !skipInvalid) {
      return refusal(plan.forbidden(), plan.errors());
    }
    PartnershipImport.Result result;
    if (dryRun) {
      result = plan.wouldDo();
    } else {
      try {
        result = importer.importAll(v, plan.rows(), actor);
      } catch (PartnershipImport.RowRefused r) {
        // the partnership changed between the check and the import: nothing was stored
        return refusal(r.forbidden(), r.withOthers().stream().map(plan::error).toList());
      }
    }
    java.util.Map<String, Object> report = new java.util.LinkedHashMap<>();
    report.put("dryRun", dryRun);
    report.put("created", result.created());
    report.put("updated", result.updated());
    report.put("unchanged", result.unchanged());
    report.put("imported", result.created() + result.updated() + result.unchanged());
    report.put("skipped", plan.errors());
    report.put("storedAsText", plan.storedAsText());
    return Response.ok(report).build();
  }

  private Response refusal(boolean forbidden, List<Problem.FieldError> errors) {
    return Problem.of(
            forbidden ? "access.partnership.import" : "invalid-input",
            forbidden ? Response.Status.FORBIDDEN : Response.Status.BAD_REQUEST,
            errors.size()
                + " error(s) in the file"
                + (forbidden ? ", among them rows you may not change" : "")
                + "; nothing was imported.")
        .withErrors(errors)
        .at(uriInfo.getRequestUri().getRawPath())
        .toResponse();
  }

  @GET
  @Path("export.json")
  @Operation(
      summary = "Partnerships as a JSON array of full views (the search's filters; at most 10,000)")
  public Response exportJson(@Valid @BeanParam PartnershipFilters filters) {
    List<Partnership> exported = exported(filters);
    java.util.Set<Long> compliant = partnerships.compliantAmong(ids(exported));
    List<PartnershipView> views =
        exported.stream()
            .map(
                p ->
                    PartnershipView.of(
                        p,
                        new org.wops.domain.partnership.Compliance(
                            compliant.contains(p.id()), List.of(), basisOf(p)),
                        titles,
                        language()))
            .toList();
    return Response.ok(views, MediaType.APPLICATION_JSON)
        .header("Content-Disposition", "attachment; filename=\"partnerships.json\"")
        .build();
  }

  /** What a partnership's label rests on: its record's assessment, or the platform's rules. */
  private static org.wops.domain.partnership.Compliance.Basis basisOf(Partnership p) {
    return p.history().isRecorded()
        ? org.wops.domain.partnership.Compliance.Basis.valueOf(p.history().compliance().name())
        : org.wops.domain.partnership.Compliance.Basis.PLATFORM_RULES;
  }

  private static List<Long> ids(List<Partnership> exported) {
    return exported.stream().map(Partnership::id).toList();
  }

  private List<Partnership> exported(PartnershipFilters filters) {
    return partnerships.list(filters.toCriteria(access.visibility(viewer.get())), EXPORT_MAX);
  }
}
