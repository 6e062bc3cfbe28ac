package org.wops.api.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.support.Caller;
import org.wops.api.support.CurrentViewer;
import org.wops.api.validation.OneOf;
import org.wops.domain.notification.Notifications;
import org.wops.domain.partnership.PartnershipAccess;
import org.wops.domain.shared.ContactPerson;
import org.wops.domain.shared.Language;

/**
 * People who follow a partnership's mails without being one of its contacts (coordinators,
 * donors...).
 */
@Path("partnerships/{id}/subscriptions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class SubscriptionResource {
  @Inject Notifications notifications;
  @Inject PartnershipAccess access;
  @Inject CurrentViewer viewer;

  /** Who subscribes. */
  public static class Subscription {
    @NotBlank(message = "is required")
    @Email(message = "must be an e-mail address")
    @Size(max = ContactPerson.EMAIL_MAX, message = "can be at most {max} characters")
    public String email;

    @Size(max = ContactPerson.NAME_MAX, message = "can be at most {max} characters")
    public String name;

    @OneOf(Language.class)
    public String language;
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR, Caller.DONOR})
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Ask an address to confirm that it wants the partnership's mails (double opt-in): 202 and"
              + " a confirmation mail to it; nothing else is sent before it confirms; 200 when it"
              + " is subscribed already")
  public Response subscribe(
      @PathParam("id") long partnershipId,
      @Valid @NotNull(message = "is required") Subscription input) {
    access.readable(viewer.get(), partnershipId);
    Notifications.SubscriptionState state =
        notifications.subscribe(
            partnershipId,
            input.email,
            input.name,
            input.language == null ? Language.EN : Language.valueOf(input.language));
    return Response.status(
            state == Notifications.SubscriptionState.CONFIRMED
                ? Response.Status.OK
                : Response.Status.ACCEPTED)
        .entity(Map.of("email", input.email.strip(), "status", state.name()))
        .build();
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR, Caller.DONOR})
  @DELETE
  @Path("{email}")
  @Operation(
      summary =
          "End a subscription; ADMIN only (a subscriber unsubscribes through the link in its mails)")
  public Response unsubscribe(
      @PathParam("id") long partnershipId, @PathParam("email") String email) {
    access.readable(viewer.get(), partnershipId);
    notifications.unsubscribe(viewer.get(), partnershipId, email);
    return Response.noContent().build();
  }
}
