package org.wops.api.operator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.charter.CharterResource;
import org.wops.api.problem.Problem;
import org.wops.api.support.Caller;
import org.wops.api.support.ContactInput;
import org.wops.api.support.CsvText;
import org.wops.api.support.CurrentViewer;
import org.wops.api.support.IfMatch;
import org.wops.api.support.PageLinks;
import org.wops.api.support.Paging;
import org.wops.domain.charter.CharterService;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorMerge;
import org.wops.domain.operator.OperatorService;
import org.wops.domain.operator.OtherName;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.shared.Page;

/** Operators: the utilities and other service providers that take part in WOPs. */
@Path("operators")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Operators",
    description = "Water and sanitation service providers that take part in WOPs")
public class OperatorResource {
  @Inject OperatorService operators;
  @Inject CharterService charter;
  @Inject OperatorMerge merge;

  @Context UriInfo uriInfo;

  @Inject PartnershipAccess access;
  @Inject org.wops.domain.partnership.PartnershipReads partnerships;
  @Inject CurrentViewer viewer;

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register an operator")
  @APIResponse(
      responseCode = "201",
      description =
          "Registered; Location names the new operator. likelyDuplicates lists the operators of the"
              + " same country that share one of its names (name, short name, former or alternative"
              + " names; accents, case, umlauts written out, a legal form and a part in brackets"
              + " aside): it is registered all the same, and the secretariat may merge them.")
  @APIResponse(
      responseCode = "400",
      description = "Invalid input (problem+json naming each field and rule)")
  public Response register(@Valid @NotNull(message = "is required") OperatorInput input) {
    Operator operator = operators.register(input.toDetails());
    URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(operator.id())).build();
    return Response.created(location)
        .entity(OperatorView.of(operator, operators.likelyDuplicates(operator)))
        .build();
  }

  @RolesAllowed({Caller.ADMIN, Caller.OPERATOR_EDITOR})
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Replace an operator's details, its former and alternative names with them",
      description =
          "The operator's own editors and the secretariat (else 403). The answer lists its likely"
              + " duplicates, as registering does. With If-Match (the ETag of the read the edit is"
              + " based on), an operator changed since is refused with 412.")
  @APIResponse(responseCode = "200", description = "The operator as it is now; ETag its version")
  @APIResponse(responseCode = "400", description = "Invalid input")
  @APIResponse(responseCode = "404", description = "No operator with this id")
  @APIResponse(responseCode = "412", description = "Changed since the version If-Match names")
  public Response edit(
      @PathParam("id") long id,
      @BeanParam IfMatch ifMatch,
      @Valid @NotNull(message = "is required") OperatorInput input) {
    Operator operator = operators.edit(viewer.get(), id, ifMatch.expected(), input.toDetails());
    return IfMatch.changed(
        OperatorView.of(operator, operators.likelyDuplicates(operator)), operator.version());
  }

  /** What a merge did: the operator as it is now, the one it absorbed, and what moved. */
  public record MergeView(
      OperatorView operator,
      long absorbedId,
      String absorbedName,
      List<Long> partnerships,
      int contacts,
      int endorsements,
      int users) {}

  /** An operator as a merge's preview names it. */
  public record OperatorRef(long id, String name, String shortName, String city, String country) {
    static OperatorRef of(Operator o) {
      return new OperatorRef(
          o.id(), o.name(), o.shortName().orElse(null), o.city(), o.country().code());
    }
  }

  /** A partnership as a merge's preview names it: by its title. */
  public record PartnershipRef(long id, String title) {}

  /**
   * What a merge would do now: the duplicate's partnerships (by title), those both take part in
   * (the merge is refused while there are any), whether the two are in different countries, the
   * contacts that would move, whether the duplicate endorsed the Charter, how many users act for it
   * (they will act for the kept one), and the digest of it all (also the ETag): the merge's
   * If-Match.
   */
  public record MergePreviewView(
      OperatorRef kept,
      OperatorRef duplicate,
      List<PartnershipRef> partnerships,
      List<PartnershipRef> conflicts,
      boolean otherCountry,
      int contacts,
      boolean endorsed,
      int users,
      String digest) {}

  @RolesAllowed(Caller.ADMIN)
  @GET
  @Path("{id}/merge")
  @Operation(
      summary = "Preview the merge of a duplicate into this operator (the secretariat only)",
      description =
          "What the merge would move now, the partnerships both take part in (by title: the merge"
              + " is refused while there are any), whether the two are in different countries, and"
              + " the digest of it all as the ETag: give it as If-Match to the merge, which answers"
              + " 412 when anything moved since. Refused as the merge is (400 naming duplicate).")
  @APIResponse(responseCode = "200", description = "The preview, its digest as the ETag")
  @APIResponse(responseCode = "400", description = "No such duplicate, or the operator itself")
  @APIResponse(responseCode = "403", description = "Not the secretariat")
  @APIResponse(responseCode = "404", description = "No operator with this id")
  public Response mergePreview(@PathParam("id") long id, @QueryParam("duplicate") Long duplicate) {
    OperatorMerge.Preview p = merge.preview(viewer.get(), id, duplicate);
    List<org.wops.domain.partnership.Partnership> moving =
        partnerships.list(
            org.wops.domain.partnership.PartnershipCriteria.builder()
                .operator(p.duplicate().id())
                .visibility(access.visibility(viewer.get()))
                .sort(org.wops.domain.partnership.PartnershipCriteria.Sort.NEWEST)
                .build(),
            1000);
    List<PartnershipRef> refs =
        moving.stream().map(x -> new PartnershipRef(x.id(), x.title())).toList();
    MergePreviewView view =
        new MergePreviewView(
            OperatorRef.of(p.kept()),
            OperatorRef.of(p.duplicate()),
            refs,
            refs.stream().filter(r -> p.conflicts().contains(r.id())).toList(),
            p.otherCountry(),
            (int)
                p.duplicate().contacts().stream()
                    .filter(c -> !p.kept().contactList().has(c.email()))
                    .count(),
            !p.duplicateStanding().endorsedVersions().isEmpty(),
            p.duplicateStanding().users().size(),
            p.digest());
    return Response.ok(view).tag(new jakarta.ws.rs.core.EntityTag(p.digest())).build();
  }

  @RolesAllowed(Caller.ADMIN)
  @POST
  @Path("{id}/merge")
  @Operation(
      summary = "Merge a duplicate into this operator (the secretariat only)",
      description =
          "In one transaction: the duplicate's partnerships (as participant and signatory),"
              + " contacts, Charter endorsements and users' access move to this operator; its name,"
              + " short name and other names become names of this one, of the kind as (ALTERNATIVE"
              + " unless FORMER); the duplicate is removed; every partnership that moved records"
              + " operator.merged in its audit trail. With If-Match (the ETag of GET"
              + " /operators/{id}/merge?duplicate=…), refused with 412 when anything moved since"
              + " that preview. Refused (400, nothing changed) when both take"
              + " part in a partnership (rule operator.merge.both-take-part: an operator takes part"
              + " once), for the operator itself (operator.merge.itself), an unknown duplicate"
              + " (operator.merge.duplicate.unknown) or one already merged"
              + " (operator.merge.already-merged).")
  @APIResponse(responseCode = "200", description = "Merged: the operator and what moved")
  @APIResponse(responseCode = "400", description = "Refused; nothing changed")
  @APIResponse(responseCode = "403", description = "Not the secretariat")
  @APIResponse(responseCode = "404", description = "No operator with this id")
  @APIResponse(responseCode = "412", description = "Changed since the preview; nothing changed")
  public MergeView merge(
      @PathParam("id") long id,
      @QueryParam("duplicate") Long duplicate,
      @QueryParam("as")
          @DefaultValue("ALTERNATIVE")
          @org.wops.api.validation.OneOf(OtherName.Kind.class)
          String as,
      @BeanParam IfMatch ifMatch) {
    OperatorMerge.Result r =
        merge.merge(
            viewer.get(), id, duplicate, OtherName.Kind.valueOf(as), previewed(ifMatch.header));
    return new MergeView(
        OperatorView.of(r.kept(), operators.likelyDuplicates(r.kept())),
        r.absorbedId(),
        r.absorbedName(),
        r.partnerships(),
        r.contacts(),
        r.endorsements(),
        r.users());
  }

  /** The preview's digest an If-Match names (null: absent or *, merge what is there now). */
  static String previewed(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    return ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/contacts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a contact person (mails go to contacts, in their language)",
      description = "The operator's own editors, coordinators and the secretariat (else 403).")
  public OperatorView addContact(
      @PathParam("id") long id, @Valid @NotNull(message = "is required") ContactInput input) {
    return OperatorView.of(operators.addContact(viewer.get(), id, input.toContact()));
  }

  @RolesAllowed({Caller.ADMIN, Caller.OPERATOR_EDITOR})
  @POST
  @Path("{id}/endorsements")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The operator endorses the current Charter version",
      description = "Only the operator's own editors (or the secretariat) endorse for it (403).")
  @APIResponse(responseCode = "201", description = "Endorsed")
  @APIResponse(responseCode = "400", description = "Already endorsed")
  public Response endorse(
      @PathParam("id") long id,
      @Valid @NotNull(message = "is required") CharterResource.NewEndorsement input) {
    access.requireActFor(viewer.get(), id);
    return Response.status(Response.Status.CREATED)
        .entity(CharterResource.EndorsementView.of(charter.endorseCurrent(id, input.endorsedBy)))
        .build();
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @Operation(
      summary = "Every operator as CSV (UTF-8, RFC 4180, with a header row)",
      description =
          "The first column is the operator's id, so that the file imported again updates the same"
              + " operators. A cell that a spreadsheet would run as a formula (starting with = + - @,"
              + " a tab or a carriage return, other than a plain number) is written with a leading '"
              + " (OWASP's advice against CSV injection); the import removes it again.")
  public Response exportCsv() {
    return Response.ok(OperatorCsv.write(operators.all()), "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"operators.csv\"")
        .build();
  }

  @GET
  @Path("export.json")
  @Operation(summary = "Every operator as a JSON array (with contacts, figures and coordinates)")
  public Response exportJson() {
    return Response.ok(operators.all().stream().map(OperatorView::of).toList())
        .header("Content-Disposition", "attachment; filename=\"operators.json\"")
        .build();
  }

  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR})
  @Operation(
      summary = "Import operators from CSV (the export's columns)",
      description =
          "Every row is checked. A row with an id updates that operator (an exported file imported"
              + " again changes nothing and creates nothing); a row without one creates an operator,"
              + " unless its name and country match an operator that exists (accents and case aside):"
              + " that row is reported as a likely duplicate (rule likely-duplicate) and created only"
              + " with createDuplicates=true. A file with an invalid row stores nothing and answers"
              + " 400 listing every error by line, unless skipInvalid=true: then the valid rows are"
              + " stored and the others reported. Cells the export wrote with a leading ' (because a"
              + " spreadsheet would run them as a formula) are read without it; storedAsText lists"
              + " every formula-like cell, stored as text. The file is UTF-8 (or the charset"
              + " Content-Type declares), a leading byte-order mark ignored, its cells separated"
              + " by , or by ; as its header line shows; numbers take a point before their"
              + " decimals and no thousands separator (rule number-format otherwise). A file that"
              + " is not UTF-8 (csv.encoding), whose first line names no column (csv.header) or"
              + " that is not CSV (csv.malformed) is refused whole, naming the line.")
  @APIResponse(
      responseCode = "200",
      description =
          "Imported: created, updated, unchanged, imported (their sum), skipped (rows not stored"
              + " and why), storedAsText")
  @APIResponse(
      responseCode = "400",
      description =
          "A row is invalid or a likely duplicate, or the file is not UTF-8 CSV; nothing was"
              + " stored")
  @APIResponse(responseCode = "413", description = "The file is larger than 5 MB")
  public Response importCsv(
      @QueryParam("skipInvalid") @DefaultValue("false") boolean skipInvalid,
      @QueryParam("createDuplicates") @DefaultValue("false") boolean createDuplicates,
      @Context HttpHeaders headers,
      InputStream csv)
      throws IOException {
    List<OperatorCsv.Row> rows;
    try {
      rows = OperatorCsv.read(CsvText.body(csv, headers.getMediaType()));
    } catch (CsvText.Refused refused) {
      return refused.problem().at(uriInfo.getRequestUri().getRawPath()).toResponse();
    }
    OperatorImportPlan plan = OperatorImportPlan.of(rows, operators.all(), createDuplicates);
    if (!plan.errors().isEmpty() && !skipInvalid) {
      return Problem.of(
              "invalid-input",
              Response.Status.BAD_REQUEST,
              plan.errors().size() + " error(s) in the file; nothing was imported.")
          .withErrors(plan.errors())
          .at(uriInfo.getRequestUri().getRawPath())
          .toResponse();
    }
    OperatorService.ImportResult result = operators.importAll(viewer.get(), plan.changes());
    java.util.Map<String, Object> report = new java.util.LinkedHashMap<>();
    report.put("created", result.created());
    report.put("updated", result.updated());
    report.put("unchanged", result.unchanged());
    report.put("imported", result.created() + result.updated() + result.unchanged());
    report.put("skipped", plan.errors());
    report.put("storedAsText", plan.storedAsText());
    return Response.ok(report).build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One operator")
  @APIResponse(responseCode = "200", description = "The operator")
  @APIResponse(responseCode = "404", description = "No operator with this id")
  public Response get(@PathParam("id") long id, @Context Request request) {
    Operator operator;
    try {
      operator = operators.get(id);
    } catch (org.wops.domain.shared.NotFoundException e) {
      java.util.Optional<Operator> kept = merge.keptInsteadOf(id);
      if (kept.isEmpty()) {
        throw e;
      }
      // 404, naming the operator it was merged into: a client holding the old id updates it
      // knowingly rather than being carried to another record
      return Response.fromResponse(
              Problem.of(
                      "operator-merged",
                      Response.Status.NOT_FOUND,
                      "Operator "
                          + id
                          + " was merged into operator "
                          + kept.get().id()
                          + " ("
                          + kept.get().name()
                          + "): it is at /operators/"
                          + kept.get().id()
                          + ".")
                  .toResponse())
          .header("Link", "<" + kept.get().id() + ">; rel=\"alternate\"")
          .build();
    }
    Response.ResponseBuilder notModified =
        request.evaluatePreconditions(IfMatch.tag(operator.version()));
    if (notModified != null) {
      return notModified.build();
    }
    return Response.ok(OperatorView.of(operator, operators.likelyDuplicates(operator)))
        .tag(IfMatch.tag(operator.version()))
        .build();
  }

  @GET
  @Operation(
      summary = "Operators, sorted by name, one page at a time",
      description =
          "The total is in the X-Total-Count header; Link headers name the first, previous, next and"
              + " last pages. q: only the operators one of whose names (name, short name, former or"
              + " alternative names) or whose city contains the text, any case.")
  public Response list(@Valid @BeanParam Paging paging, @Valid @BeanParam OperatorSearch search) {
    Page<Operator> result = operators.search(search.q, paging.request());
    return PageLinks.respond(result.map(OperatorView::of), uriInfo);
  }
}
