package org.wops.api.user;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wops.api.support.Caller;
import org.wops.api.validation.OneOf;
import org.wops.domain.shared.Language;
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

  /** A user as the API shows it (never the password hash). */
  public record UserView(
      long id, String username, String displayName, String language, Set<String> roles) {
    static UserView of(UserAccount u) {
      return new UserView(
          u.id(),
          u.username(),
          u.displayName(),
          u.language().name(),
          u.roles().stream()
              .map(Enum::name)
              .collect(Collectors.toCollection(java.util.TreeSet::new)));
    }
  }

  /** A new user. */
  public static class NewUser {
    @NotBlank(message = "is required")
    @Size(max = 100, message = "can be at most {max} characters")
    public String username;

    @NotBlank(message = "is required")
    @Size(
        min = UserService.PASSWORD_MIN,
        max = 200,
        message = "must have from {min} to {max} characters")
    public String password;

    @Size(max = 200, message = "can be at most {max} characters")
    public String displayName;

    @OneOf(Language.class)
    public String language;

    @NotEmpty(message = "needs at least one role (ADMIN, COORDINATOR, OPERATOR_EDITOR, DONOR)")
    public Set<@OneOf(Role.class) String> roles;
  }

  @POST
  @RolesAllowed(Caller.ADMIN)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a user (the password is stored as a PBKDF2 hash)")
  public Response create(@Valid @NotNull(message = "is required") NewUser input) {
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
            roles);
    return Response.status(Response.Status.CREATED).entity(UserView.of(u)).build();
  }

  @GET
  @RolesAllowed(Caller.ADMIN)
  @Operation(summary = "Every user")
  public List<UserView> list() {
    return users.all().stream().map(UserView::of).toList();
  }

  @GET
  @Path("me")
  @RolesAllowed({Caller.ADMIN, Caller.COORDINATOR, Caller.OPERATOR_EDITOR, Caller.DONOR})
  @Operation(summary = "Who I am signed in as")
  public UserView me() {
    return users.all().stream()
        .filter(u -> u.username().equals(Caller.name(security)))
        .findFirst()
        .map(UserView::of)
        .orElseThrow(jakarta.ws.rs.NotFoundException::new);
  }
}
