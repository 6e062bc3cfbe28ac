/**
 * The steps of the wizard that proposes a partnership ({@code ProposeWizard} holds them in one
 * view): each step keeps what the proposer typed on it, checks what it can check on its own, turns
 * its part into the domain's command, and knows which of the domain's fields it enters, so that a
 * rule broken at the end is shown on its step. One row type per thing listed: participants,
 * supporting organisations, milestones. Nothing here needs a container: no Faces, no CDI.
 */
package org.wops.web.pages.propose;
