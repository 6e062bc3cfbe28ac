package org.wops.api.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.problem.Problem;
import org.wops.api.support.CurrentViewer;
import org.wops.domain.user.AccountMailSettings;
import org.wops.domain.user.PasswordResets;
import org.wops.domain.user.UserAccount;

/**
 * A forgotten password, reset by mail, without sign-in: asking for the link (the answer is the same
 * whether an account matched or not), and setting the new password with the link's token.
 */
@Path("password-resets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class PasswordResetResource {
  /** The answer to every accepted request, whether an account matched or not. */
  static final String SENT =
      "If an account matches, a link to set a new password was mailed to its address. It works"
          + " once, for a limited time.";

  @Inject PasswordResets resets;
  @Inject AccountMailSettings settings;
  @Context jakarta.servlet.http.HttpServletRequest request;

  /** Who forgot their password. */
  public static class ResetRequest {
    @NotBlank(message = "is required (your user name or your e-mail address)")
    @Size(max = UserAccount.EMAIL_MAX, message = "can be at most {max} characters")
    public String user;
  }

  /** The link's token and the new password. */
  public static class NewPassword {
    @NotBlank(message = "is required (the t parameter of the mailed link)")
    @Size(max = 200, message = "can be at most {max} characters")
    public String token;

    @NotBlank(message = "is required")
    @Size(max = 200, message = "can be at most {max} characters")
    public String password;
  }

  /** What the request came to (always the same text). */
  public record Accepted(String detail) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Ask for a link to set a forgotten password",
      description =
          "Give the user name or the e-mail address. The answer is the same whether an account"
              + " matched or not; a disabled account, or one without an address, gets no mail."
              + " Requests are limited per client address and per name asked for (429 with"
              + " Retry-After), and mails per account.")
  @APIResponse(responseCode = "202", description = "Taken (a mail went out if an account matched)")
  @APIResponse(responseCode = "429", description = "Too many requests: wait Retry-After seconds")
  public Response request(@Valid @NotNull(message = "is required") ResetRequest input) {
    long started = System.nanoTime();
    Object address = request.getAttribute(CurrentViewer.CLIENT_ADDRESS);
    Optional<Duration> wait =
        resets.request(input.user, address instanceof String a ? a : request.getRemoteAddr());
    if (wait.isPresent()) {
      long seconds = Math.max(1, wait.get().toSeconds());
      return Response.status(429)
          .type(Problem.MEDIA_TYPE)
          .header("Retry-After", seconds)
          .entity(
              Problem.of(
                  "reset.throttled",
                  Response.Status.TOO_MANY_REQUESTS,
                  "Too many password-reset requests from this address or for this account: try"
                      + " again in "
                      + seconds
                      + " s."))
          .build();
    }
    // after the transaction: the answer takes as long whether a mail was queued or not
    settings.awaitAnswerFloor(started);
    return Response.accepted(new Accepted(SENT)).build();
  }

  @POST
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set a new password with the mailed link's token",
      description =
          "The password follows the same policy as any other. The token works once and expires;"
              + " every sign-in of the user on the pages ends.")
  @APIResponse(responseCode = "204", description = "Set: sign in with the new password")
  @APIResponse(
      responseCode = "400",
      description = "A weak password (field password) or a dead link (field token)")
  public Response setPassword(@Valid @NotNull(message = "is required") NewPassword input) {
    resets.reset(input.token, input.password);
    return Response.noContent().build();
  }
}
