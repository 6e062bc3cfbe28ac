/**
 * People who sign in: their accounts (user name, PBKDF2 password hash, roles) and the use cases
 * that create them. The web layer's Jakarta Security identity store reads the same tables.
 */
package org.wops.domain.user;
