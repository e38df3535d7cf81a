package be.antwerpen.lom.model.product;

/** The four themes of counter products ("identiteit, mobiliteit, wonen en levensloop"). */
public enum ProductTheme {
    IDENTITY,
    MOBILITY,
    HOUSING,
    LIFE_EVENTS
}
