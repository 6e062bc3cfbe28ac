/**
 * Partnership types: what kind of WOP a partnership is (mentoring, peer exchange, regional...),
 * which participant mixes that kind accepts, and its default milestones. A type is a plugin; this
 * package holds the extension point, the registry that knows the installed types, and the built-in
 * default type.
 */
package org.wops.domain.type;
