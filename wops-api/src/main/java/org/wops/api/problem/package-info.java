/**
 * RFC 9457 problem details: the one shape every API error takes, with a stable type URI, a readable
 * detail and the offending fields. The mappers here are the only place that turns exceptions into
 * HTTP responses; no stack trace ever reaches a client.
 */
package org.wops.api.problem;
