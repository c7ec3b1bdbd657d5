/**
 * Fellowships (L-FEL-*, X-FEL-*): the editable list of eligible countries, applications after an
 * approved registration, the per-country and per-person rules, a per-meeting budget, a
 * deterministic allocation proposal that explains itself, and award/decline, published as
 * {@link org.plenary.fellowships.FellowshipDecided} (notifications mails the applicant; the PDF decision
 * letter is the letters module's).
 */
package org.plenary.fellowships;
