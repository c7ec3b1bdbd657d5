/**
 * Sessions and rooms of a meeting, the automatic scheduler (Timefold), published versions of
 * the plan, room-display screens (L-MTG-1) and iCalendar feeds.
 */
package org.plenary.scheduling;
