package org.wops.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles the platform knows. Passwords (PBKDF2 hashes in the {@code users} table) are checked by
 * {@link org.wops.domain.user.UserService#checkPassword}, which {@link WopsAuthenticationMechanism}
 * calls for HTTP Basic and the login page alike, with the same work for unknown users and wrong
 * passwords. Anonymous callers may read what is public.
 */
@DeclareRoles({"ADMIN", "COORDINATOR", "OPERATOR_EDITOR", "DONOR"})
@ApplicationScoped
public class SecurityConfiguration {}
