package org.thaw.flag.boundary;

/** How soon a flag needs a look; declared from least to most urgent. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    URGENT;

    public boolean isAbove(Severity other) {
        return compareTo(other) > 0;
    }
}
