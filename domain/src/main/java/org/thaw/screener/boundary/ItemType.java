package org.thaw.screener.boundary;

/** What kind of answer a question takes, and so which Java value the scoring engine accepts for it. */
public enum ItemType {
    /** One of the options, answered with its integer score; only these items can add to a total. */
    CHOICE,
    /** One of the options, answered with its code (a String). */
    CODE,
    /** Any number of the options, answered with a list of their codes; an empty list is an answer. */
    CODES,
    /** A day, answered as "yyyy-mm-dd", never in the future. */
    DATE
}
