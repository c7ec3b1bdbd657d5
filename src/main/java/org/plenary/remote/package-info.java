/**
 * Remote participation (L-RP-1..4), attendance (L-MTG-2) and the chair's console: requests and
 * grants, tokenised join links, door scans, the speaking queue, the moderated chat and the ITU-T
 * G.107 E-model voice-quality monitor.
 */
package org.plenary.remote;
