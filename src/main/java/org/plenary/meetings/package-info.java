/** Study groups and their meetings: dates, venue, agenda, time plan, practical information, and the deadlines that follow from the dates. */
package org.plenary.meetings;
