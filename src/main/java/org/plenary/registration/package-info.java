/**
 * Registration for meetings: the form and its requests (interpretation, captioning, visa support,
 * fellowship), approval by the organisation's focal point, badges and check-in.
 */
package org.plenary.registration;
