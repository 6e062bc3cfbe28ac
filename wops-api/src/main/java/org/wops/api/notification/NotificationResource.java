package org.wops.api.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.support.Caller;
import org.wops.api.support.CurrentViewer;
import org.wops.api.support.PageLinks;
import org.wops.api.support.Paging;
import org.wops.api.validation.OneOf;
import org.wops.domain.notification.NotificationKind;
import org.wops.domain.notification.Notifications;
import org.wops.domain.notification.OutboxMessage;
import org.wops.domain.notification.OutboxStatus;
import org.wops.domain.shared.DomainRuleViolation;

/** The notification outbox (for admins), each person's mail preferences, and the milestone scan. */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "E-mail notifications: outbox, preferences, scan")
public class NotificationResource {
  @Inject Notifications notifications;
  @Inject CurrentViewer viewer;

  @Context UriInfo uriInfo;

  @RolesAllowed({Caller.ADMIN})
  @GET
  @Path("outbox")
  @Operation(
      summary =
          "The outbox, newest first: pending, sent and failed messages, and UNKNOWN ones (no"
              + " answer to the end of their data in time: retried once, late), with the last error")
  public Response outbox(
      @QueryParam("status") @OneOf(OutboxStatus.class) String status,
      @QueryParam("partnership")
          @Pattern(regexp = "\\d{1,18}", message = "must be a partnership id")
          String partnership,
      @Valid @BeanParam Paging paging) {
    return PageLinks.respond(
        notifications.outbox(
            status == null ? null : OutboxStatus.valueOf(status),
            partnership == null ? null : Long.valueOf(partnership),
            paging.request()),
        uriInfo);
  }

  @RolesAllowed({Caller.ADMIN})
  @GET
  @Path("outbox/{id}")
  @Operation(summary = "One message of the outbox")
  public OutboxMessage message(@PathParam("id") long id) {
    return notifications.message(id).orElseThrow(NotFoundException::new);
  }

  @RolesAllowed({Caller.ADMIN})
  @POST
  @Path("outbox/{id}/resend")
  @Operation(summary = "Put a failed message back in the queue for an immediate new attempt")
  public OutboxMessage resend(@PathParam("id") long id) {
    return notifications.resend(id);
  }

  @RolesAllowed({Caller.ADMIN})
  @POST
  @Path("scan")
  @Operation(
      summary =
          "Queue the due-soon and overdue milestone mails now (idempotent; also runs on a schedule)")
  public Map<String, Integer> scan(
      @QueryParam("date")
          @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date (YYYY-MM-DD)")
          String date) {
    LocalDate day;
    try {
      day = date == null ? LocalDate.now() : LocalDate.parse(date);
    } catch (java.time.format.DateTimeParseException e) {
      throw new DomainRuleViolation("date.invalid", "date", "'" + date + "' is not a date.", date);
    }
    return Map.of("queued", notifications.scanMilestones(day));
  }

  @RolesAllowed({Caller.ADMIN})
  @POST
  @Path("dispatch")
  @Operation(summary = "Send what is due in the outbox now (also runs every few seconds)")
  public Map<String, Integer> dispatch() {
    return Map.of("processed", notifications.dispatchNow());
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR, Caller.DONOR})
  @GET
  @Path("preferences/{email}")
  @Operation(
      summary =
          "Which kinds of mail this person receives (every kind is on unless switched off);"
              + " ADMIN only: recipients use the signed link in their mails")
  public Map<NotificationKind, Boolean> preferences(
      @PathParam("email") @Email(message = "must be an e-mail address") String email) {
    return notifications.preferences(viewer.get(), email);
  }

  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR, Caller.DONOR})
  @PUT
  @Path("preferences/{email}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Switch kinds of mail on or off for this person, e.g. {\"MILESTONE_DUE_SOON\": false};"
              + " ADMIN only: recipients use the signed link in their mails")
  public Map<NotificationKind, Boolean> setPreferences(
      @PathParam("email") @Email(message = "must be an e-mail address") String email,
      @NotNull(message = "is required") Map<String, Boolean> changes) {
    Map<NotificationKind, Boolean> kinds = new java.util.EnumMap<>(NotificationKind.class);
    for (Map.Entry<String, Boolean> change : changes.entrySet()) {
      NotificationKind kind =
          NotificationKind.optional().stream()
              .filter(k -> k.name().equals(change.getKey()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new DomainRuleViolation(
                          "notification.kind.unknown",
                          change.getKey(),
                          "'"
                              + change.getKey()
                              + "' is not a kind of mail one can switch off ("
                              + NotificationKind.optional()
                              + ").",
                          change.getKey()));
      if (change.getValue() == null) {
        throw new DomainRuleViolation(
            "notification.preference.required", change.getKey(), "Say true or false.");
      }
      kinds.put(kind, change.getValue());
    }
    return notifications.setPreferences(viewer.get(), email, kinds);
  }
}
