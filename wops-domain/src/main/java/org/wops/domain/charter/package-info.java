/**
 * The WOP Charter: its versions (guiding principles and code of conduct; exactly one is current,
 * the latest published) and operators' endorsements of a version. A partnership may carry the WOP
 * label only while its operators have endorsed the version that applies to it.
 */
package org.wops.domain.charter;
