package org.plenary.visas;

import java.util.Locale;

/**
 * Prints an issued visa-support letter from its frozen facts, in one language. The letters module
 * implements it (it lays out every printed letter), so that this module names no class of letters:
 * it hands over the facts and stores the bytes it gets back, once per language (V510 keeps them).
 */
public interface VisaLetterPrinter {

    byte[] print(VisaLetterFacts facts, Locale language);
}
