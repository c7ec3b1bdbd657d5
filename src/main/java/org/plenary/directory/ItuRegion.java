package org.plenary.directory;

/** The six ITU regions used for statistics. */
public enum ItuRegion {
    AFRICA, AMERICAS, ARAB_STATES, ASIA_PACIFIC, CIS, EUROPE;

    public String messageKey() {
        return "region." + name();
    }
}
