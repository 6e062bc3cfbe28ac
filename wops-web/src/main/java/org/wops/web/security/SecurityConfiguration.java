package org.wops.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Who is signed in (Jakarta Security): HTTP Basic for scripts and tools, checked against the {@code
 * users} table whose passwords are PBKDF2 hashes; the caller's groups are its roles. Anonymous
 * callers may read what is public.
 */
@BasicAuthenticationMechanismDefinition(realmName = "WOPs Platform")
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
