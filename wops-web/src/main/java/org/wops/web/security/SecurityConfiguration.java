package org.wops.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The identity store (Jakarta Security): user names and PBKDF2 password hashes in the {@code users}
 * table, the caller's groups are its roles. {@link WopsAuthenticationMechanism} decides how the
 * credentials arrive (HTTP Basic, personal API tokens, the login page). Anonymous callers may read
 * what is public.
 */
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = "java:app/jdbc/wops",
    callerQuery = "select password_hash from users where username = ? and enabled = true",
    groupsQuery =
        "select r.role from user_roles r join users u on u.id = r.user_id where u.username = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class,
    hashAlgorithmParameters = {
      "Pbkdf2PasswordHash.Iterations=210000",
      "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256",
      "Pbkdf2PasswordHash.SaltSizeBytes=16"
    })
@DeclareRoles({"ADMIN", "COORDINATOR", "OPERATOR_EDITOR", "DONOR"})
@ApplicationScoped
public class SecurityConfiguration {}
