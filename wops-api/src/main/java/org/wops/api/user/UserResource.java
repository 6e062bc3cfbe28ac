package org.wops.api.user;

import static org.wops.domain.user.UserAccount.GRANTS_MAX;
import static org.wops.domain.user.UserAccount.ROLES_MAX;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.support.Caller;
import org.wops.api.validation.OneOf;
import org.wops.domain.shared.Language;
import org.wops.domain.user.ApiToken;
import org.wops.domain.user.PasswordPolicy;
import org.wops.domain.user.Role;
import org.wops.domain.user.UserAccount;
import org.wops.domain.user.UserService;

/** User accounts (administrators only), and who the caller is. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Who may sign in, with which roles")
public class UserResource {
  @Inject UserService users;

  @Context SecurityContext security;
  @Context jakarta.servlet.http.HttpServletRequest request;

  /** A user as the API shows it (never the password hash). */
  public record UserView(
      long id,
      String username,
      String displayName,
      String language,
      String email,
      boolean enabled,
      Set<String> roles,
      Set<Long> operatorIds,
      Set<Long> organisationIds) {
    static UserView of(UserAccount u) {
      return new UserView(
          u.id(),
          u.username(),
          u.displayName(),
          u.language().name(),
          u.email().orElse(null),
          u.enabled(),
          u.roles().stream()
              .map(Enum::name)
              .collect(Collectors.toCollection(java.util.TreeSet::new)),
          new java.util.TreeSet<>(u.operatorIds()),
          new java.util.TreeSet<>(u.organisationIds()));
    }
  }

  /** A change to a user: only the fields given change. */
  public static class UserChange {
    @Size(max = ROLES_MAX, message = "can list at most {max} roles")
    public Set<@OneOf(Role.class) String> roles;

    @Size(max = GRANTS_MAX, message = "can list at most {max} operators")
    public Set<Long> operatorIds;

    @Size(max = GRANTS_MAX, message = "can list at most {max} organisations")
    public Set<Long> organisationIds;

    @OneOf(Language.class)
    public String language;

    public Boolean enabled;

    /** The account's address (ADMIN's word, no confirmation); "" removes it. */
    @Size(max = UserAccount.EMAIL_MAX, message = "can be at most {max} characters")
    public String email;
  }

  /** A new address of one's own: it counts once confirmed by the link mailed to it. */
  public static class EmailChange {
    @NotBlank(message = "is required")
    @jakarta.validation.constraints.Email(message = "must be an e-mail address")
    @Size(max = UserAccount.EMAIL_MAX, message = "can be at most {max} characters")
    public String email;
  }

  /** Where one's address stands: the current one, and the one waiting for its confirmation. */
  public record EmailView(String email, String pendingEmail) {}

  /** A new personal API token's name. */
  public static class NewToken {
    @NotBlank(message = "is required (say which script uses the token)")
    @Size(max = ApiToken.NAME_MAX, message = "can be at most {max} characters")
    public String name;
  }

  /** A personal API token as listed (never the secret, which is shown once, when issued). */
  public record TokenView(
      long id,
      String name,
      OffsetDateTime createdAt,
      OffsetDateTime lastUsedAt,
      OffsetDateTime revokedAt,
      boolean active,
      String token) {
    static TokenView of(ApiToken t, String secret) {
      return new TokenView(
          t.id(),
          t.name(),
          t.createdAt(),
          t.lastUsedAt().orElse(null),
          t.revokedAt().orElse(null),
          t.active(),
          secret);
    }
  }

  /** A change of one's own password: the current one, and the new one. */
  public static class PasswordChange {
    @NotBlank(message = "is required")
    @Size(max = PasswordPolicy.MAX_LENGTH, message = "can be at most {max} characters")
    public String currentPassword;

    @NotBlank(message = "is required")
    @Size(
        min = UserService.PASSWORD_MIN,
        max = PasswordPolicy.MAX_LENGTH,
        message = "must have from {min} to {max} characters")
    public String password;
  }

  /** A new user. */
  public static class NewUser {
    @NotBlank(message = "is required")
    @Size(max = UserAccount.USERNAME_MAX, message = "can be at most {max} characters")
    public String username;

    @NotBlank(message = "is required")
    @Size(
        min = UserService.PASSWORD_MIN,
        max = PasswordPolicy.MAX_LENGTH,
        message = "must have from {min} to {max} characters")
    public String password;

    @Size(max = UserAccount.DISPLAY_NAME_MAX, message = "can be at most {max} characters")
    public String displayName;

    @OneOf(Language.class)
    public String language;

    /** Where a forgotten password's reset link goes (ADMIN's word, no confirmation). */
    @jakarta.validation.constraints.Email(message = "must be an e-mail address")
    @Size(max = UserAccount.EMAIL_MAX, message = "can be at most {max} characters")
    public String email;

    @NotEmpty(message = "needs at least one role (ADMIN, COORDINATOR, OPERATOR_EDITOR, DONOR)")
    @Size(max = ROLES_MAX, message = "can list at most {max} roles")
    public Set<@OneOf(Role.class) String> roles;

    @Size(max = GRANTS_MAX, message = "can list at most {max} operators")
    public Set<Long> operatorIds;

    @Size(max = GRANTS_MAX, message = "can list at most {max} organisations")
    public Set<Long> organisationIds;
  }

  @POST
  @RolesAllowed(Caller.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a user (the password is stored as a PBKDF2 hash)")
  public Response create(@Valid @NotNull(message = "is required") NewUser input) {
    refuseUsersByToken();
    Set<Role> roles =
        input.roles.stream()
            .map(Role::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    UserAccount u =
        users.create(
            input.username,
            input.password,
            input.displayName,
            input.language == null ? Language.EN : Language.valueOf(input.language),
            roles,
            input.operatorIds,
            input.organisationIds,
            input.email);
    return Response.status(Response.Status.CREATED).entity(UserView.of(u)).build();
  }

  @GET
  @RolesAllowed(Caller.ADMIN)
  @Operation(summary = "Every user")
  public List<UserView> list() {
    return users.all().stream().map(UserView::of).toList();
  }

  @PUT
  @Path("{username}")
  @RolesAllowed(Caller.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Change a user's roles, operators, organisations, language, e-mail address or whether it"
              + " may sign in",
      description = "Only the fields given change.")
  public UserView change(
      @PathParam("username") String username,
      @Valid @NotNull(message = "is required") UserChange input) {
    refuseUsersByToken();
    return UserView.of(
        users.change(
            username,
            input.roles == null ? null : roles(input.roles),
            input.operatorIds,
            input.organisationIds,
            input.language == null ? null : Language.valueOf(input.language),
            input.enabled,
            input.email));
  }

  private static Set<Role> roles(Set<String> names) {
    return names.stream()
        .map(Role::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
  }

  @GET
  @Path("me")
  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR, Caller.DONOR})
  @Operation(summary = "Who I am signed in as")
  public UserView me() {
    return UserView.of(users.get(Caller.name(security)));
  }

  @GET
  @Path("me/tokens")
  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR, Caller.DONOR})
  @Operation(summary = "My personal API tokens (without their secrets), newest first")
  public List<TokenView> tokens() {
    return users.tokens(Caller.name(security)).stream().map(t -> TokenView.of(t, null)).toList();
  }

  @POST
  @Path("me/tokens")
  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR, Caller.DONOR})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Issue a personal API token",
      description =
          "The answer carries the token, once: send it as 'Authorization: Bearer <token>'. Only"
              + " its hash is kept.")
  @APIResponse(responseCode = "201", description = "Issued; the body's token is shown only now")
  @APIResponse(
      responseCode = "403",
      description = "The caller authenticated with a token: tokens are issued to a password only")
  public Response issueToken(@Valid @NotNull(message = "is required") NewToken input) {
    // a stolen token must not outlive its revocation through tokens it minted
    refuseToken(
        "access.token.issue-by-token",
        "A personal API token cannot issue tokens: sign in with your password (HTTP Basic) to"
            + " issue one.");
    UserService.IssuedToken issued = users.issueToken(Caller.name(security), input.name);
    return Response.status(Response.Status.CREATED)
        .entity(TokenView.of(issued.token(), issued.secret()))
        .build();
  }

  @PUT
  @Path("me/password")
  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR, Caller.DONOR})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change my password",
      description =
          "Needs the current password. The new one has at least "
              + UserService.PASSWORD_MIN
              + " characters and is neither built on the user name nor a common or leaked"
              + " password. Every sign-in on the pages ends.")
  @APIResponse(responseCode = "204", description = "Changed")
  public Response changePassword(@Valid @NotNull(message = "is required") PasswordChange input) {
    users.changePassword(Caller.name(security), input.currentPassword, input.password, null);
    return Response.noContent().build();
  }

  @GET
  @Path("me/email")
  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR, Caller.DONOR})
  @Operation(summary = "My e-mail address, and the new one waiting for its confirmation")
  public EmailView email() {
    String me = Caller.name(security);
    return new EmailView(users.get(me).email().orElse(null), users.pendingEmail(me).orElse(null));
  }

  @PUT
  @Path("me/email")
  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR, Caller.DONOR})
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change my e-mail address",
      description =
          "Mails a confirmation link to the new address; the account keeps its current address"
              + " until the link is followed.")
  @APIResponse(responseCode = "202", description = "The confirmation link is on its way")
  @APIResponse(
      responseCode = "403",
      description = "The caller authenticated with a token: the address is changed with a password")
  public Response changeEmail(@Valid @NotNull(message = "is required") EmailChange input) {
    // the address receives the password-reset links: a stolen token that could set it would
    // take the account over for good (confirm the attacker's address, reset the password)
    refuseToken(
        "access.token.email-by-token",
        "A personal API token cannot change the account's e-mail address: sign in with your"
            + " password (HTTP Basic, or on the pages) to change it.");
    String me = Caller.name(security);
    users.requestEmailChange(me, input.email);
    return Response.accepted(
            new EmailView(users.get(me).email().orElse(null), users.pendingEmail(me).orElse(null)))
        .build();
  }

  @DELETE
  @Path("me/tokens/{tokenId}")
  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR, Caller.DONOR})
  @Operation(summary = "Revoke one of my tokens (it stops working at once)")
  @APIResponse(responseCode = "204", description = "Revoked")
  public Response revokeToken(@PathParam("tokenId") long tokenId) {
    users.revokeToken(Caller.name(security), tokenId);
    return Response.noContent().build();
  }

  /**
   * Accounts are made and changed by a password sign-in only: a stolen ADMIN token that could make
   * an administrator would outlive its own revocation.
   */
  private void refuseUsersByToken() {
    refuseToken(
        "access.token.users-by-token",
        "A personal API token cannot create or change accounts: sign in with your password (HTTP"
            + " Basic, or on the admin page) to manage users.");
  }

  /** Refuses (403) what a caller authenticated by a personal API token may not do. */
  private void refuseToken(String code, String message) {
    if (request.getAttribute(org.wops.api.support.CurrentViewer.BY_TOKEN) != null) {
      throw new org.wops.domain.shared.AccessDenied(code, message);
    }
  }
}
