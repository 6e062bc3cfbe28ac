package org.wops.domain.partnership;

/**
 * How an operator takes part: it shares know-how (mentor), receives support (mentee), or exchanges
 * (peer).
 */
public enum ParticipantRole {
  MENTOR,
  MENTEE,
  PEER
}
