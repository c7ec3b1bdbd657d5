/**
 * Fellowships (L-FEL-*, X-FEL-*): the editable list of eligible countries, applications after an
 * approved registration, the per-country and per-person rules, a per-meeting budget, a
 * deterministic allocation proposal that explains itself, and award/decline with mail and a PDF
 * decision letter.
 */
package org.plenary.fellowships;
