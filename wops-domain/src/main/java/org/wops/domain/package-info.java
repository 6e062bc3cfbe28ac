/**
 * The WOP domain: the model of Water Operators' Partnerships, the rules of the Charter that it
 * enforces, the use cases (application services) that change it, and the repository interfaces
 * through which it is stored. It depends on nothing of ours; persistence, API, notifications and
 * pages depend on it.
 */
package org.wops.domain;
