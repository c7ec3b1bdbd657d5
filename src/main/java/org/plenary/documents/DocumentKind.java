package org.plenary.documents;

/** Contributions (C) come from members; temporary documents (TD) from chairs, rapporteurs and the secretariat. */
public enum DocumentKind {
    C, TD
}
