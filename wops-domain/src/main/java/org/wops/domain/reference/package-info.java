/**
 * Reference lists that ship with the platform and that the alliance secretariat keeps: working
 * areas, outcome KPIs with their units, and capacity-change dimensions, each named in English,
 * French and Spanish. They are loaded by migrations; partnerships refer to them by code.
 */
package org.wops.domain.reference;
