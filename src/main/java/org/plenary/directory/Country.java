package org.plenary.directory;

import org.plenary.shared.LocalizedText;

/** An ISO 3166 country with its name in the six languages and its ITU region. */
public record Country(String code, LocalizedText name, ItuRegion region) {
}
