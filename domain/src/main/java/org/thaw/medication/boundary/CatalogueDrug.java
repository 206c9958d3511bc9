package org.thaw.medication.boundary;

/**
 * An antidepressant of the catalogue, for the course form and the REST API.
 *
 * @param rxnorm the RxNorm ingredient code (RXCUI), or null where the ingredient has none
 *     (agomelatine: chosen by name)
 * @param name the ingredient, lower case ("sertraline")
 * @param drugClass its class
 * @param classLabel the class as clinicians write it ("SSRI", "NaSSA")
 */
public record CatalogueDrug(String rxnorm, String name, DrugClass drugClass, String classLabel) {

    public CatalogueDrug(String rxnorm, String name, DrugClass drugClass) {
        this(rxnorm, name, drugClass, drugClass.label());
    }
}
