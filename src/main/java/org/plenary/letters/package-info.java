/**
 * Generated letters: the meeting's collective letter (invitation) as PDF and DOCX in the six ITU
 * languages, the fellowship decision letter, and the layout of the visa-support letter from the facts
 * the visas module froze ({@link org.plenary.letters.VisaLetterPrinting} implements
 * {@link org.plenary.visas.VisaLetterPrinter}); one rendering pipeline
 * ({@link org.plenary.shared.DocumentRenderer}, {@link org.plenary.letters.Docx}). Top floor: it reads
 * the modules below and no module names any of its classes.
 */
package org.plenary.letters;
