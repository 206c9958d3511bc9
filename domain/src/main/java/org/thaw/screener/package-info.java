/**
 * Screeners: the questionnaires a patient fills in (PHQ-9, GAD-7, PCL-5, WHO-5 and Thaw's own
 * numbness check) and how their answers are checked and scored.
 *
 * <p>Each instrument version is data, a JSON definition under {@code instruments/} on the class
 * path, read once by {@code InstrumentCatalogue} and checked as it is read, so a wrong band or a
 * repeated question fails at start-up rather than in a patient's result. One engine, {@code
 * Scoring}, checks and scores the answers of every instrument; {@code Change} says whether a
 * difference between two totals is clinically meaningful. Wording, codes, bands and thresholds
 * follow {@code docs/clinical-rules.md}; the standardized instruments' items are reproduced
 * exactly, with their notice.
 *
 * <p>Out of scope here: storing responses, the flags they raise (SAFETY, WORSENING, ...; {@code
 * flag}) and FHIR Questionnaire mapping.
 */
package org.thaw.screener;
