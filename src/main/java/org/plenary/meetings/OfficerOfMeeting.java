package org.plenary.meetings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Method security for the meeting's officers ({@link Officers}): the secretariat, or a person the
 * secretariat named an officer of the meeting. The annotated method's first parameter names the meeting, by its code
 * or its {@link MeetingId}. Anyone else is refused (403; 401 without a login).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("@officers.isOfficer(#p0)")
public @interface OfficerOfMeeting {
}
