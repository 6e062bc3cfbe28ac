package org.wops.domain.user;

import java.time.Duration;

/**
 * How long mailed account links last, and how many password-reset mails one account or one client
 * address may ask for within a window (so that the form cannot flood a mailbox).
 *
 * @param resetValidity how long a password-reset link works
 * @param confirmationValidity how long the confirmation link of a new address works
 * @param resetsPerAccount reset mails per account within the window (more are silently not sent)
 * @param requestsPerAddress reset requests per client address, or per name or address asked for,
 *     within the window (more are refused with 429, whoever they name)
 * @param window the window of both limits
 */
public record AccountMailSettings(
    Duration resetValidity,
    Duration confirmationValidity,
    int resetsPerAccount,
    int requestsPerAddress,
    Duration window) {}
