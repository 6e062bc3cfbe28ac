package org.wops.api.partnership;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.support.Caller;
import org.wops.api.support.CurrentViewer;
import org.wops.api.support.IdempotencyKey;
import org.wops.api.support.RequestLanguage;
import org.wops.domain.partnership.MilestoneTitles;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipReads;
import org.wops.domain.partnership.Proposals;
import org.wops.domain.user.Viewer;

/**
 * Partnerships that exist or existed outside the platform, recorded as the evidence says (status,
 * dates at their precision, agreement signed outside the platform, compliance verified, declared or
 * not assessed). Their record is corrected through {@link RecordCorrectionResource}.
 */
@Path("partnerships/recorded")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partnerships", description = "Water Operators' Partnerships")
public class RecordedPartnershipResource {
  @Inject Proposals proposals;
  @Inject IdempotencyKey once;
  @Inject PartnershipReads partnerships;
  @Inject CurrentViewer viewer;
  @Inject MilestoneTitles titles;

  @Context HttpHeaders headers;

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR})
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record a partnership that exists or existed outside the platform",
      description =
          "As the evidence says: status (UNKNOWN too), dates at their precision (2012, 2014-06,"
              + " 2014-06-15), the agreement as signed outside the platform with its evidence,"
              + " when the status was last reported, and the Charter compliance"
              + " (VERIFIED_BY_SECRETARIAT — ADMIN only —, DECLARED_BY_PARTNERS or NOT_ASSESSED)."
              + " The secretariat records any; a coordinator, those its organisation supports. No"
              + " mail is sent and no milestone is invented; the audit trail says it was"
              + " recorded.")
  @APIResponse(responseCode = "201", description = "Recorded; Location names it")
  @APIResponse(responseCode = "400", description = "Invalid input or a rule is broken")
  @APIResponse(responseCode = "403", description = "Not the secretariat or a coordinator of it")
  @APIResponse(
      responseCode = "200",
      description = "Recorded before: the same Idempotency-Key recorded it (a retry)")
  public Response record(
      @Parameter(
              description =
                  "A key of the client's (8 to 200 visible ASCII characters): sent again with the"
                      + " same key, the request records nothing new and answers what the first"
                      + " one recorded (200)")
          @HeaderParam(IdempotencyKey.HEADER)
          String key,
      @Valid @NotNull(message = "is required") RecordInput input) {
    Viewer caller = viewer.get();
    IdempotencyKey.Made made =
        once.create(
            key,
            caller,
            "partnerships/recorded",
            () ->
                proposals.record(
                    caller,
                    new Proposals.Record(
                        input.toIdentify(),
                        input.toStatus(),
                        input.toFacts(),
                        input.toSources(),
                        input.toResults(),
                        input.toBudget())));
    Partnership p = made.partnership();
    return made.answer(UriBuilder.fromPath("partnerships/{id}").build(p.id()))
        .entity(
            PartnershipView.of(
                p, partnerships.compliance(p), titles, RequestLanguage.of(null, headers)))
        .build();
  }
}
