/**
 * The partnership (WOP) aggregate: participants and their roles and contributions, supporting
 * organisations, the agreement and its signatures, milestones, the work plan (activities, outputs,
 * cost lines), results (indicators and capacity-change assessments), and the lifecycle with the
 * Charter's rules that guard it. The partnership type (a plugin) decides which participant mixes
 * are valid.
 */
package org.wops.domain.partnership;
