package org.wops.domain.partnership;

/**
 * How an operator takes part: it shares know-how (mentor), receives support (mentee), exchanges
 * (peer), or supports the partnership without being a mentor or a mentee (supporting: a second
 * mentor utility that contributes staff time, say). A supporting operator is a participant like any
 * other (it endorses the Charter, signs the agreement, states its contributions), but the types'
 * role mixes do not count it ({@link org.wops.domain.type.RoleMix#matches}).
 */
public enum ParticipantRole {
  MENTOR,
  MENTEE,
  PEER,
  SUPPORTING
}
