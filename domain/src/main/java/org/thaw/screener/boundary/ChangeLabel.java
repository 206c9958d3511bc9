package org.thaw.screener.boundary;

/** How a later total compares with an earlier one, judged against the instrument's meaningful change. */
public enum ChangeLabel {
    IMPROVED,
    WORSE,
    NO_MEANINGFUL_CHANGE
}
