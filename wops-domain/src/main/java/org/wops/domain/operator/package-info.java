/**
 * Operators: the water and sanitation service providers (utilities, municipal services, public
 * authorities) that take part in WOPs as mentors, mentees or peers. Holds the Operator aggregate,
 * its value objects and its repository interface, and the use cases that register and read
 * operators.
 */
package org.wops.domain.operator;
