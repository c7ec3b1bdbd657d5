/**
 * Visa support (L-VISA-1..3, X-VISA-1): the delegate's request (the Swiss representation named),
 * the secretariat's queue, issuing (the letter's facts and PDFs frozen, V510), withdrawal with the
 * registration, and where a request stands ({@link org.plenary.visas.VisaStatus}). Publishes
 * {@link org.plenary.visas.VisaLetterIssued} (notifications mails the delegate). The letter's layout
 * is the letters module's: it implements {@link org.plenary.visas.VisaLetterPrinter}; this module
 * names no class of letters or notifications.
 */
package org.plenary.visas;
