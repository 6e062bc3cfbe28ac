/**
 * Organisations that are not operators but support WOPs: donors, development banks, regional
 * platforms, programmes, associations, NGOs and universities. They take part in a partnership as
 * supporting organisations (funder, facilitator, accountable, other).
 */
package org.wops.domain.organisation;
