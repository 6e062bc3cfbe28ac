/**
 * The web front end: Faces pages and their view beans. A view bean maps domain objects to what a
 * page shows and calls the domain's use cases; no business rule lives here.
 */
package org.wops.web;
