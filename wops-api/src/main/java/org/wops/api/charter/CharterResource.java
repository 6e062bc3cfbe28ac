package org.wops.api.charter;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.support.Caller;
import org.wops.domain.charter.CharterService;
import org.wops.domain.charter.CharterVersion;
import org.wops.domain.charter.Endorsement;

/** The WOP Charter: its versions, and operators' endorsements of the current one. */
@Path("charter")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Charter", description = "The Charter's versions and operators' endorsements")
public class CharterResource {
  @Context SecurityContext security;

  @Inject CharterService charter;

  /** A Charter version. */
  public record CharterView(
      int number,
      String title,
      String principles,
      String codeOfConduct,
      OffsetDateTime publishedAt) {
    static CharterView of(CharterVersion v) {
      return new CharterView(
          v.number(), v.title(), v.principles(), v.codeOfConduct(), v.publishedAt());
    }
  }

  /** An operator's endorsement. */
  public record EndorsementView(
      long operatorId, int charterVersion, String endorsedBy, OffsetDateTime endorsedAt) {
    public static EndorsementView of(Endorsement e) {
      return new EndorsementView(
          e.operatorId(), e.charterVersion(), e.endorsedBy(), e.endorsedAt());
    }
  }

  /** A new version of the Charter. */
  public static class NewVersion {
    @NotBlank(message = "is required")
    @Size(max = 200, message = "can be at most {max} characters")
    public String title;

    @NotBlank(message = "is required")
    public String principles;

    @NotBlank(message = "is required")
    public String codeOfConduct;
  }

  /** Who endorses the Charter for the operator. */
  public static class NewEndorsement {
    @NotBlank(message = "is required")
    @Size(max = 200, message = "can be at most {max} characters")
    public String endorsedBy;
  }

  @GET
  @Operation(summary = "The current Charter version")
  public CharterView current() {
    return CharterView.of(charter.current());
  }

  @GET
  @Path("versions")
  @Operation(summary = "Every published Charter version, oldest first")
  public List<CharterView> versions() {
    return charter.versions().stream().map(CharterView::of).toList();
  }

  @RolesAllowed({Caller.ADMIN})
  @POST
  @Path("versions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Publish a new Charter version (endorsements of older ones become stale for unagreed WOPs)")
  public Response publish(@Valid @NotNull(message = "is required") NewVersion input) {
    CharterVersion v =
        charter.publish(input.title, input.principles, input.codeOfConduct, Caller.name(security));
    return Response.status(Response.Status.CREATED).entity(CharterView.of(v)).build();
  }
}
