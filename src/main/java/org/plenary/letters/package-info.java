/**
 * Generated letters: the meeting's collective letter (invitation) as PDF and DOCX in the six ITU
 * languages, and the one rendering pipeline ({@link org.plenary.shared.DocumentRenderer},
 * {@link org.plenary.letters.Docx}) that visa-support and fellowship letters use as well.
 */
package org.plenary.letters;
