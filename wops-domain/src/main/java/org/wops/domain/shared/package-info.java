/**
 * Building blocks shared by every aggregate: the rule-violation error that carries a stable code,
 * "not found", and the page of a listing. Nothing here knows about a particular aggregate.
 */
package org.wops.domain.shared;
