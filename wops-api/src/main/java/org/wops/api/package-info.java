/**
 * The HTTP API under {@code /api/v1}: JAX-RS resources that map JSON records to the domain's use
 * cases and back, and the mapping of every error to an RFC 9457 problem. Entities never leave this
 * layer; no business rule lives here.
 */
package org.wops.api;
